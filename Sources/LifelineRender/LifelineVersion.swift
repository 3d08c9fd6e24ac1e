/// Lifeline's version, written in this one place: `lifeline --version` prints it, and a build writes it into
/// `report.html` (the page template's `{{version}}`) and into `data/analysis.json` (its `generator` field).
public enum LifelineVersion {
    /// The version number, `MAJOR.MINOR.PATCH`.
    public static let number = "0.2.0"

    /// The program and version that made a file, for a `generator` field: `Lifeline 0.2.0`.
    public static var generator: String { "Lifeline \(number)" }
}

/// The sheet a PDF is printed on: `lifeline build --paper a4|letter`.
public enum PaperSize: String, Sendable, CaseIterable {
    /// ISO A4, 210 × 297 mm (the default).
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// The CSS `@page { size: … }` keyword.
    var cssSize: String {
        switch self {
        case .a4: "A4"
        case .letter: "letter"
        }
    }
}

import LifelineData

/// Why a report could not be rendered. Each case carries located diagnostics.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A template is missing, unreadable, malformed, or names something that does not exist.
    case templates(Diagnostic)
    /// Several template problems at once.
    case templateProblems([Diagnostic])
    /// The analysis could not run on this registry.
    case analysis(String)
    /// No chart has this name.
    case unknownChart(name: String, known: [String])
    /// PNG output needs `rsvg-convert`, which is not installed.
    case rasterizerMissing
    /// `rsvg-convert` failed.
    case rasterizer(String)

    /// The diagnostics, one a line.
    public var description: String {
        switch self {
        case .templates(let diagnostic): diagnostic.description
        case .templateProblems(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .analysis(let message): "error: \(message)"
        case .unknownChart(let name, let known): "error: there is no chart called `\(name)`. Charts: \(known.joined(separator: ", "))."
        case .rasterizerMissing:
            "error: PNG output needs rsvg-convert, which is not installed. Install it (Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg) or use --format svg."
        case .rasterizer(let message): "error: \(message)"
        }
    }
}

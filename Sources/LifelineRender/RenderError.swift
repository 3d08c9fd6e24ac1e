import LifelineData

/// Why a report could not be rendered. Each case carries located diagnostics.
public enum RenderError: Error, Sendable, CustomStringConvertible {
    /// A template is missing, unreadable, malformed, or names something that does not exist.
    case templates(Diagnostic)
    /// Several template problems at once.
    case templateProblems([Diagnostic])
    /// The analysis could not run on this registry.
    case analysis(String)

    /// The diagnostics, one a line.
    public var description: String {
        switch self {
        case .templates(let diagnostic): diagnostic.description
        case .templateProblems(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        case .analysis(let message): "error: \(message)"
        }
    }
}

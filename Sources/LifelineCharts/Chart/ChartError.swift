/// Why a chart could not be created.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name is not lowercase letters, digits and hyphens starting with a letter (it prefixes SVG ids).
    case invalidName(String)

    /// A readable explanation.
    public var description: String {
        switch self {
        case .invalidName(let name):
            "Invalid chart name \"\(name)\": use 1–64 characters from a–z, 0–9 and '-', starting with a letter."
        }
    }
}

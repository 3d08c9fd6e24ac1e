/// What colour a mark is drawn in, resolved by the theme so that every theme keeps its contrast targets.
public enum Ink: Sendable, Hashable {
    /// The n-th palette colour, counting from 1.
    case series(Int)
    /// The main text colour (for reference lines and emphasis).
    case text
    /// The secondary text colour (for context such as a pooled or "other" value).
    case muted

    /// The class name used in the inline flavour: `series-1`, `ink-text` or `ink-muted`.
    public var className: String {
        switch self {
        case .series(let index): "series-\(max(index, 1))"
        case .text: "ink-text"
        case .muted: "ink-muted"
        }
    }
}

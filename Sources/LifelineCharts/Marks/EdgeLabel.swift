/// A label a mark places outside the plot area, where the chart can reserve room and keep labels apart.
public struct EdgeLabel: Sendable, Equatable {
    /// The side of the plot the label sits on.
    public enum Edge: Sendable, Hashable {
        /// Right of the plot, at a vertical position; labels are nudged apart vertically.
        case right
        /// Above the plot, centred on a horizontal position; labels that would overlap move to another row.
        case top
    }

    /// Which side.
    public var edge: Edge
    /// Screen coordinate along that side: y for `.right`, x for `.top`.
    public var position: Double
    /// The label text.
    public var text: String
    /// Its colour.
    public var ink: Ink
    /// Bold weight, for emphasis.
    public var bold: Bool

    /// Creates an edge label.
    public init(edge: Edge, position: Double, text: String, ink: Ink, bold: Bool = false) {
        self.edge = edge
        self.position = position
        self.text = text
        self.ink = ink
        self.bold = bold
    }
}

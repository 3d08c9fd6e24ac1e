/// A point of a line: x and y numbers.
public struct DataPoint: Sendable, Equatable {
    /// Horizontal value.
    public var x: Double
    /// Vertical value.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// Creates a point from unlabeled values.
    public init(_ x: Double, _ y: Double) {
        self.init(x: x, y: y)
    }
}

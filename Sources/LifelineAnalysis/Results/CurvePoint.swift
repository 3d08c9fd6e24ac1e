/// One point of a curve: the input's value and the model's value there.
///
/// JSON keys: `x`, `y`.
public struct CurvePoint: Codable, Sendable, Equatable {
    /// The input's value (every copy of it).
    public var x: Double
    /// The model's value.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

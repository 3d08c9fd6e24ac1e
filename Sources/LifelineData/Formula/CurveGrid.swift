/// The values a curve's input takes: `from`, `from + step`, `from + 2 × step`, … up to `to`. The last value is
/// `to` itself when the range is a whole number of steps (within a millionth of a step); otherwise the grid stops at
/// the last step below `to`. Each value is `from + i × step` (not a running sum), so no rounding accumulates.
public struct CurveGrid: Sendable, Equatable {
    /// The first value.
    public var from: Double
    /// The largest value.
    public var to: Double
    /// The distance between neighbouring values.
    public var step: Double
    /// Where `to` is written, for a message about the range.
    public var toPosition: TextPosition
    /// Where `step` is written, for a message about the step or the number of points.
    public var stepPosition: TextPosition

    /// The most values a grid may have.
    public static let maximumCount = 10_001

    /// Creates a grid.
    public init(from: Double, to: Double, step: Double, toPosition: TextPosition, stepPosition: TextPosition) {
        self.from = from
        self.to = to
        self.step = step
        self.toPosition = toPosition
        self.stepPosition = stepPosition
    }

    /// How many values the grid has (0 when `step` is not positive or `from` is not below `to`); at most
    /// `Int.max / 2` however large the range, so a huge range cannot overflow.
    public var count: Int {
        guard step > 0, from < to, step.isFinite else { return 0 }
        let steps = ((to - from) / step + 1e-6).rounded(.down)
        return steps < Double(Int.max / 2) ? Int(steps) + 1 : Int.max / 2
    }

    /// The values, in increasing order; empty for a grid the compiler rejects.
    public var values: [Double] {
        let count = self.count
        guard count <= Self.maximumCount else { return [] }
        return (0..<count).map { min(from + Double($0) * step, to) }
    }
}

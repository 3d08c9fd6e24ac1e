/// A figure's number: a single value or a reported range.
public enum FigureValue: Sendable, Equatable {
    /// One number, e.g. `34000` people.
    case point(Double)
    /// A range the source reports, e.g. `0.2 ... 0.6`; `low <= high`.
    case range(low: Double, high: Double)

    /// The smallest number the figure allows.
    public var low: Double {
        switch self {
        case .point(let value): value
        case .range(let low, _): low
        }
    }

    /// The largest number the figure allows.
    public var high: Double {
        switch self {
        case .point(let value): value
        case .range(_, let high): high
        }
    }

    /// The middle of the range, or the point itself.
    public var midpoint: Double { (low + high) / 2 }
}

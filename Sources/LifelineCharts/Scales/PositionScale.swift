/// A scale placed along one side of a plot: what a chart hands to its marks.
public enum PositionScale: Sendable, Equatable {
    /// Numbers on a linear scale.
    case linear(LinearScale)
    /// Positive numbers on a logarithmic scale.
    case log(LogScale)
    /// Categories in bands.
    case band(BandScale)

    /// The screen position of a number; NaN on a band scale or for an invalid value.
    public func position(_ value: Double) -> Double {
        switch self {
        case .linear(let scale): scale(value)
        case .log(let scale): scale(value)
        case .band: .nan
        }
    }

    /// The centre of `category`'s band; nil on a numeric scale or for an unknown category.
    public func position(category: String) -> Double? {
        if case .band(let scale) = self { return scale.center(of: category) }
        return nil
    }

    /// Where `value` lands: a number on a numeric scale, a category's band centre on a band scale.
    public func position(_ value: PlotValue) -> Double? {
        switch value {
        case .number(let number):
            let position = position(number)
            return position.isFinite ? position : nil
        case .category(let category):
            return position(category: category)
        }
    }

    /// The start and width of `category`'s band; nil on a numeric scale or for an unknown category.
    public func band(_ category: String) -> (start: Double, width: Double)? {
        guard case .band(let scale) = self, let start = scale(category) else { return nil }
        return (start, scale.bandwidth)
    }

    /// True for a band (categorical) scale.
    public var isBand: Bool {
        if case .band = self { return true }
        return false
    }

    /// The output interval.
    public var range: ScreenRange {
        switch self {
        case .linear(let scale): scale.range
        case .log(let scale): scale.range
        case .band(let scale): scale.range
        }
    }
}

extension PositionScale {
    /// True when `value` lies inside a numeric scale's domain; false on a band scale.
    public func contains(_ value: Double) -> Bool {
        switch self {
        case .linear(let scale): scale.domain.contains(value)
        case .log(let scale): scale.domain.contains(value)
        case .band: false
        }
    }
}

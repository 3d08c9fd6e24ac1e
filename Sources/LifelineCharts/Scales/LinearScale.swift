/// A continuous linear map from a numeric domain to a screen range, as d3-scale's scaleLinear.
///
/// ```swift
/// let y = LinearScale(domain: 26e6...91e6, range: ScreenRange(300, 0)).nice()
/// y.domain        // 25e6...95e6
/// y.ticks(5)      // 30M, 40M … 90M
/// ```
public struct LinearScale: Sendable, Equatable {
    /// The input interval; it may have zero width (every value then maps to the range's midpoint).
    public var domain: ClosedRange<Double>
    /// The output interval.
    public var range: ScreenRange
    /// When true, values outside the domain map to the nearest end of the range.
    public var clamped: Bool

    /// Creates a scale.
    public init(domain: ClosedRange<Double> = 0...1, range: ScreenRange = .unit, clamped: Bool = false) {
        self.domain = domain
        self.range = range
        self.clamped = clamped
    }

    /// The screen position of `value`; NaN for a non-finite value, so marks can skip it.
    public func callAsFunction(_ value: Double) -> Double {
        guard value.isFinite else { return .nan }
        let width = domain.upperBound - domain.lowerBound
        guard width > 0, width.isFinite else { return range.midpoint }
        var t = (value - domain.lowerBound) / width
        if clamped { t = min(max(t, 0), 1) }
        return range.interpolate(t)
    }

    /// The domain value at screen position `position`.
    public func invert(_ position: Double) -> Double {
        let span = range.end - range.start
        guard span != 0, position.isFinite else { return domain.lowerBound }
        let t = (position - range.start) / span
        return domain.lowerBound + t * (domain.upperBound - domain.lowerBound)
    }

    /// About `count` round values inside the domain (steps of 1, 2 or 5 × 10^k).
    public func ticks(_ count: Int = 10) -> [Double] {
        TickMath.ticks(from: domain.lowerBound, to: domain.upperBound, count: count)
    }

    /// The distance between ticks for `count`.
    public func tickStep(_ count: Int = 10) -> Double {
        TickMath.tickStep(from: domain.lowerBound, to: domain.upperBound, count: count)
    }

    /// The scale with its domain extended to round values at the tick step for `count`, as d3's nice().
    /// A zero-width domain is first widened (see `widened`).
    public func nice(_ count: Int = 10) -> LinearScale {
        var copy = self
        copy.domain = Self.nice(Self.widened(domain), count: count)
        return copy
    }

    /// `domain` extended to multiples of the tick increment, repeating until the increment settles.
    public static func nice(_ domain: ClosedRange<Double>, count: Int = 10) -> ClosedRange<Double> {
        var start = domain.lowerBound
        var stop = domain.upperBound
        guard start.isFinite, stop.isFinite, start < stop else { return domain }
        var previous = 0.0
        for _ in 0..<10 {
            let step = TickMath.tickIncrement(from: start, to: stop, count: count)
            if step == previous || step == 0 { break }
            if step > 0 {
                start = (start / step).rounded(.down) * step
                stop = (stop / step).rounded(.up) * step
            } else {
                start = (start * step).rounded(.up) / step
                stop = (stop * step).rounded(.down) / step
            }
            previous = step
        }
        return start...stop
    }

    /// A domain of zero width made usable: 0 becomes 0…1, any other value v becomes v ± 10 % of |v|.
    /// Non-finite bounds become 0…1. Wider domains are returned unchanged.
    public static func widened(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        guard domain.lowerBound.isFinite, domain.upperBound.isFinite else { return 0...1 }
        guard domain.lowerBound == domain.upperBound else { return domain }
        let value = domain.lowerBound
        if value == 0 { return 0...1 }
        let pad = abs(value) * 0.1
        return (value - pad)...(value + pad)
    }

    /// The smallest interval holding every finite value, or nil when there is none.
    public static func extent(of values: [Double]) -> ClosedRange<Double>? {
        let finite = values.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return nil }
        return low...high
    }
}

import Foundation

/// A base-10 logarithmic map from a positive domain to a screen range, as d3-scale's scaleLog.
public struct LogScale: Sendable, Equatable {
    /// The input interval, always positive.
    public private(set) var domain: ClosedRange<Double>
    /// The output interval.
    public var range: ScreenRange
    /// When true, values outside the domain map to the nearest end of the range.
    public var clamped: Bool

    /// Creates a scale. A domain that is not positive is repaired: a non-positive lower bound becomes
    /// upper ÷ 1000 (or 1 when the upper bound is not positive either, giving 1…10).
    public init(domain: ClosedRange<Double> = 1...10, range: ScreenRange = .unit, clamped: Bool = false) {
        self.domain = Self.positive(domain)
        self.range = range
        self.clamped = clamped
    }

    /// The screen position of `value`; NaN for a value that is not positive and finite.
    public func callAsFunction(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return .nan }
        let low = log10(domain.lowerBound)
        let width = log10(domain.upperBound) - low
        guard width > 0 else { return range.midpoint }
        var t = (log10(value) - low) / width
        if clamped { t = min(max(t, 0), 1) }
        return range.interpolate(t)
    }

    /// Ticks at 1, 2 and 5 × 10^k while the domain spans few decades, at powers of ten when it spans
    /// more, and plain linear ticks when it is too narrow for either to give two values.
    public func ticks(_ count: Int = 10) -> [Double] {
        let low = domain.lowerBound, high = domain.upperBound
        let first = log10(low), last = log10(high)
        let decades = last - first
        var values: [Double]
        if decades * 3 <= Double(max(count, 1)) {
            values = []
            for power in Int(first.rounded(.down))...Int(last.rounded(.up)) {
                for multiple in [1.0, 2, 5] {
                    let value = power < 0 ? multiple / pow(10, Double(-power)) : multiple * pow(10, Double(power))
                    if value >= low * (1 - 1e-12), value <= high * (1 + 1e-12) { values.append(value) }
                }
            }
        } else {
            let powers = TickMath.ticks(from: first.rounded(.up), to: last.rounded(.down), count: min(Int(decades), count))
            values = powers.filter { $0 == $0.rounded() }.map { $0 < 0 ? 1 / pow(10, -$0) : pow(10, $0) }
        }
        if values.count < 2 { values = TickMath.ticks(from: low, to: high, count: count).filter { $0 > 0 } }
        return values
    }

    /// The scale with its domain widened to whole powers of ten.
    public func nice() -> LogScale {
        var copy = self
        let low = pow(10, log10(domain.lowerBound).rounded(.down))
        let high = pow(10, log10(domain.upperBound).rounded(.up))
        copy.domain = low < high ? low...high : low...(low * 10)
        return copy
    }

    private static func positive(_ domain: ClosedRange<Double>) -> ClosedRange<Double> {
        var high = domain.upperBound
        guard high > 0, high.isFinite else { return 1...10 }
        var low = domain.lowerBound
        if !(low > 0) || !low.isFinite { low = high / 1000 }
        if low == high {
            low /= 10
            high *= 10
        }
        return low...high
    }
}

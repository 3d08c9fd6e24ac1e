import Foundation

/// A closed interval of values a quantity can take, for finding divisors that can be zero.
///
/// Arithmetic on intervals bounds every value an expression can take when each input stays in its support.
/// An interval that cannot be bounded (a NaN bound, an unusual power) is the whole line.
public struct ValueInterval: Sendable, Equatable, Codable {
    /// The smallest value.
    public var low: Double
    /// The largest value.
    public var high: Double

    /// Creates `[low, high]`; a NaN bound makes the whole line.
    public init(_ low: Double, _ high: Double) {
        if low.isNaN || high.isNaN {
            self.low = -.infinity
            self.high = .infinity
        } else {
            self.low = low
            self.high = high
        }
    }

    /// Every value.
    public static let everything = ValueInterval(-.infinity, .infinity)

    /// Whether 0 is in the interval.
    public var containsZero: Bool { low <= 0 && high >= 0 }

    /// The interval spanned by candidate values (corners of an operation); the whole line if any is NaN.
    static func span(_ values: [Double]) -> ValueInterval {
        guard !values.contains(where: \.isNaN) else { return .everything }
        return ValueInterval(values.min()!, values.max()!)
    }

    /// `a + b`.
    public static func + (a: ValueInterval, b: ValueInterval) -> ValueInterval { ValueInterval(a.low + b.low, a.high + b.high) }
    /// `a - b`.
    public static func - (a: ValueInterval, b: ValueInterval) -> ValueInterval { ValueInterval(a.low - b.high, a.high - b.low) }
    /// `-a`.
    public static prefix func - (a: ValueInterval) -> ValueInterval { ValueInterval(-a.high, -a.low) }

    /// `a * b`.
    public static func * (a: ValueInterval, b: ValueInterval) -> ValueInterval {
        span([a.low * b.low, a.low * b.high, a.high * b.low, a.high * b.high].map { $0.isNaN ? 0 : $0 })
    }

    /// `a / b`, for a divisor that does not contain 0 (the whole line otherwise).
    public static func / (a: ValueInterval, b: ValueInterval) -> ValueInterval {
        guard !b.containsZero else { return .everything }
        return span([a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high])
    }

    /// `min(a, b)`.
    public static func minimum(_ a: ValueInterval, _ b: ValueInterval) -> ValueInterval {
        ValueInterval(Swift.min(a.low, b.low), Swift.min(a.high, b.high))
    }

    /// `max(a, b)`.
    public static func maximum(_ a: ValueInterval, _ b: ValueInterval) -> ValueInterval {
        ValueInterval(Swift.max(a.low, b.low), Swift.max(a.high, b.high))
    }

    /// `a ^ b`: bounded by its corners where the power is monotone in each argument (a base that cannot be
    /// negative); the whole line otherwise.
    public static func power(_ a: ValueInterval, _ b: ValueInterval) -> ValueInterval {
        guard a.low >= 0, a.low > 0 || b.low >= 0 else { return .everything }
        return span([pow(a.low, b.low), pow(a.low, b.high), pow(a.high, b.low), pow(a.high, b.high)])
    }
}

import Foundation

/// A tabulated distribution on [low, high]: its CDF on a fine grid and its quantile function at evenly spaced
/// probabilities, both read by linear interpolation. Used for Beta-PERT, whose quantile function has no closed
/// form, so that a draw costs one table look-up instead of two gamma variates.
///
/// Accuracy: the density is integrated with Simpson's rule on ``gridSize`` intervals (error far below 1e-6 for
/// the PERT shapes, whose exponents are between 1 and 5); the quantile table has ``quantileCount`` + 1 knots,
/// so a draw's value is exact at each knot and linear in between. Only the outermost 1/``quantileCount`` of
/// each tail is visibly straightened; percentiles from 0.1 % to 99.9 % are unaffected at the 0.1 % level.
///
/// `@unchecked Sendable`: every property is set once, in `init`, and only read afterwards.
public final class QuantileTable: @unchecked Sendable {
    /// Number of intervals of the CDF grid.
    public static let gridSize = 8192
    /// Number of intervals of the quantile table.
    public static let quantileCount = 4096

    /// The smallest value.
    public let low: Double
    /// The largest value.
    public let high: Double
    /// CDF at `low + i (high − low) / gridSize`, for i = 0 … gridSize.
    public let cdfGrid: [Double]
    /// Quantile at probability `i / quantileCount`, for i = 0 … quantileCount: the table in memory that samplers
    /// read without reference counting; freed with the table.
    let storage: UnsafeMutableBufferPointer<Double>
    /// The mean, integrated with the same rule as the CDF.
    public let mean: Double
    /// The variance, integrated with the same rule.
    public let variance: Double

    /// Tabulates the distribution with the given unnormalised `density` on [low, high] (low < high).
    public init(low: Double, high: Double, density: (Double) -> Double) {
        self.low = low
        self.high = high
        let n = Self.gridSize
        let h = (high - low) / Double(n)
        var cumulative = [Double](repeating: 0, count: n + 1)
        var first = 0.0, second = 0.0
        for i in 0..<n {
            let a = low + Double(i) * h, m = a + h / 2, b = a + h
            let fa = density(a), fm = density(m), fb = density(b)
            cumulative[i + 1] = cumulative[i] + h / 6 * (fa + 4 * fm + fb)
            first += h / 6 * (a * fa + 4 * m * fm + b * fb)
            second += h / 6 * (a * a * fa + 4 * m * m * fm + b * b * fb)
        }
        let total = cumulative[n]
        for i in 0...n { cumulative[i] /= total }
        cumulative[n] = 1
        cdfGrid = cumulative
        mean = first / total
        variance = max(0, second / total - mean * mean)
        let m = Self.quantileCount
        var table = [Double](repeating: 0, count: m + 1)
        var j = 0
        for k in 0...m {
            let p = Double(k) / Double(m)
            while j < n - 1 && cumulative[j + 1] < p { j += 1 }
            let c0 = cumulative[j], c1 = cumulative[j + 1]
            let fraction = c1 > c0 ? min(max((p - c0) / (c1 - c0), 0), 1) : 0
            table[k] = low + (Double(j) + fraction) * h
        }
        table[0] = low
        table[m] = high
        storage = .allocate(capacity: m + 1)
        _ = storage.initialize(from: table)
    }

    deinit { storage.deallocate() }

    /// The value at probability `p`, interpolated between knots.
    public func quantile(_ p: Double) -> Double {
        Self.interpolate(UnsafePointer(storage.baseAddress!), p)
    }

    /// The quantile at `p` read from a table of ``quantileCount`` + 1 knots.
    @inline(__always)
    static func interpolate(_ knots: UnsafePointer<Double>, _ p: Double) -> Double {
        let x = min(max(p, 0), 1) * Double(quantileCount)
        let i = min(Int(x), quantileCount - 1)
        let f = x - Double(i)
        return knots[i] + f * (knots[i + 1] - knots[i])
    }

    /// The probability of a value at most `x`, interpolated on the CDF grid.
    public func cdf(_ x: Double) -> Double {
        if x <= low { return 0 }
        if x >= high { return 1 }
        let position = (x - low) / (high - low) * Double(Self.gridSize)
        let i = min(Int(position), Self.gridSize - 1)
        let f = position - Double(i)
        return cdfGrid[i] + f * (cdfGrid[i + 1] - cdfGrid[i])
    }

    /// The Beta-PERT distribution on [low, high] with the given mode: a Beta(α, β) with
    /// α = 1 + 4 (mode − low)/(high − low) and β = 1 + 4 (high − mode)/(high − low).
    public static func pert(low: Double, mode: Double, high: Double) -> QuantileTable {
        let width = high - low
        let alpha = 1 + 4 * (mode - low) / width
        let beta = 1 + 4 * (high - mode) / width
        return QuantileTable(low: low, high: high) { x in
            let t = min(max((x - low) / width, 0), 1)
            return power(t, alpha - 1) * power(1 - t, beta - 1)
        }
    }

    /// `base` to the power `exponent`, by multiplication when the exponent is a small whole number (a PERT whose
    /// mode is the middle of its range has exponents 2 and 2; `pow` costs as much as the rest of the table).
    @inline(__always)
    static func power(_ base: Double, _ exponent: Double) -> Double {
        guard exponent >= 0, exponent <= 8, exponent == exponent.rounded(.towardZero) else { return pow(base, exponent) }
        var result = 1.0
        for _ in 0..<Int(exponent) { result *= base }
        return result
    }
}

import Foundation

/// The standard normal distribution's CDF and its inverse, used by the log-normal inputs.
public enum StandardNormal {
    /// The 95th percentile of the standard normal, 1.6448536…: a range read as a 90 % interval spans
    /// ±`z95` standard deviations around its centre.
    public static let z95 = 1.6448536269514722

    /// Φ(x), the probability that a standard normal variable is at most `x` (from `erfc`, accurate to
    /// about 1e-16 relative).
    @inlinable
    public static func cdf(_ x: Double) -> Double {
        0.5 * erfc(-x / 2.0.squareRoot())
    }

    /// Φ⁻¹(p) for 0 < p < 1, by Wichura's algorithm AS 241 (PPND16), accurate to about 1e-16 relative.
    /// The central region (|p − ½| ≤ 0.425, 85 % of draws) needs no logarithm. Returns −∞ for p ≤ 0 and
    /// +∞ for p ≥ 1.
    @inlinable
    public static func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 { return central(q) }
        return tail(p, q)
    }

    /// Φ⁻¹(p) in place for `count` probabilities in (0, 1), the same values as ``quantile(_:)``: the central region
    /// first for every value without a branch (a value outside it is kept and its index noted), then the tails.
    /// The branch of ``quantile(_:)`` goes one way or the other at random for 15 % of draws; this way it is not taken.
    /// The central formula takes two values at a time in SSE lanes, or four in AVX lanes where the processor has
    /// them (the same operations on each, so the same bits).
    static func quantiles(_ values: UnsafeMutablePointer<Double>, count: Int, tails: UnsafeMutablePointer<Int>) {
        quantiles(values, count: count, tails: tails, packed: PackedKernels.available)
    }

    /// ``quantiles(_:count:tails:)`` with the central formula four values at a time in AVX lanes where `packed`
    /// (`PackedKernels`; tests compare the two).
    static func quantiles(_ values: UnsafeMutablePointer<Double>, count: Int, tails: UnsafeMutablePointer<Int>, packed: Bool) {
        if packed {
            let found = PackedKernels.normalCentral(values, count: count, tails: tails)
            for t in 0..<found { values[tails[t]] = quantile(values[tails[t]]) }
            return
        }
        var found = 0
        let raw = UnsafeMutableRawPointer(values)
        var j = 0
        while j + 2 <= count {
            let p = raw.loadUnaligned(fromByteOffset: j * 8, as: SIMD2<Double>.self)
            let q = p - 0.5
            // |q| ≤ 0.425 lane by lane, so that the lanes stay together (a value outside is kept for the tails).
            let inside = q.replacing(with: -q, where: q .< 0) .<= 0.425
            raw.storeBytes(of: p.replacing(with: central(q), where: inside), toByteOffset: j * 8, as: SIMD2<Double>.self)
            tails[found] = j
            found += inside[0] ? 0 : 1
            tails[found] = j + 1
            found += inside[1] ? 0 : 1
            j += 2
        }
        for t in 0..<found { values[tails[t]] = quantile(values[tails[t]]) }
        if j < count { values[j] = quantile(values[j]) }
    }

    /// AS 241's central region, |q| ≤ 0.425 with q = p − ½: the formula below in both lanes (mulpd and divpd round
    /// each lane as mulsd and divsd do, and nothing is fused, so a lane's bits are the scalar formula's).
    @inlinable @inline(__always)
    static func central(_ q: Double) -> Double { central(SIMD2(repeating: q))[0] }

    /// AS 241's central region for two values at once, each in its SSE lane.
    @inlinable @inline(__always)
    static func central(_ q: SIMD2<Double>) -> SIMD2<Double> {
        let r = 0.180625 - q * q
        // Horner's rule, highest coefficient first: ((c₇ r + c₆) r + …) r + c₀.
        func polynomial(_ c: (Double, Double, Double, Double, Double, Double, Double, Double)) -> SIMD2<Double> {
            var sum = c.0 * r + c.1
            sum = sum * r + c.2
            sum = sum * r + c.3
            sum = sum * r + c.4
            sum = sum * r + c.5
            sum = sum * r + c.6
            return sum * r + c.7
        }
        let num = polynomial(
            (
                2509.0809287301226727, 33430.575583588128105, 67265.770927008700853, 45921.953931549871457,
                13731.693765509461125, 1971.5909503065514427, 133.14166789178437745, 3.387132872796366608
            ))
        let den = polynomial(
            (
                5226.495278852545925, 28729.085735721942674, 39307.89580009271061, 21213.794301586595867,
                5394.1960214247511077, 687.1870074920579083, 42.313330701600911252, 1.0
            ))
        return q * num / den
    }

    /// AS 241's tails, |q| > 0.425 with q = p − ½.
    @inlinable
    static func tail(_ p: Double, _ q: Double) -> Double {
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        var value: Double
        if r <= 5 {
            r -= 1.6
            value =
                (((((((7.7454501427834140764e-4 * r + 0.0227238449892691845833) * r + 0.24178072517745061177) * r
                    + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r
                    + 4.6303378461565452959) * r + 1.42343711074968357734)
                / (((((((1.05075007164441684324e-9 * r + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r
                    + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r
                    + 2.05319162663775882187) * r + 1.0)
        } else {
            r -= 5
            value =
                (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r
                    + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r
                    + 5.4637849111641143699) * r + 6.6579046435011037772)
                / (((((((2.04426310338993978564e-15 * r + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r
                    + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r
                    + 0.59983220655588793769) * r + 1.0)
        }
        return q < 0 ? -value : value
    }
}

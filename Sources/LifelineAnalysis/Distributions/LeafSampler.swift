import Foundation

/// One distribution's sampler with every constant precomputed and no reference-counted payload, so that a
/// per-draw `switch` over it costs a jump and a few arithmetic instructions.
///
/// Methods: uniform by scaling the generator's unit value; triangular by its closed-form inverse CDF (one
/// square root); PERT by the interpolated quantile table (see ``QuantileTable``); log-normal as
/// exp(μ + σ Φ⁻¹(u)) with Wichura's AS 241 (no logarithm for 85 % of draws); a clipped normal (a share measured
/// in a sample) as μ + σ Φ⁻¹(u) clipped to its ends; discrete by Lemire's multiply-shift.
/// `@unchecked Sendable`: the table pointer is only read, and the table outlives every run that uses it.
enum LeafSampler: @unchecked Sendable {
    case constant(Double)
    case uniform(low: Double, width: Double)
    case triangular(low: Double, high: Double, cut: Double, lowScale: Double, highScale: Double)
    /// Knots of a quantile table (``QuantileTable/quantileCount`` + 1 values), owned by the distribution.
    case table(UnsafePointer<Double>)
    case lognormal(mu: Double, sigma: Double)
    case discrete(low: Double, count: UInt64)
    /// A normal N(`mean`, `sd`²) with values beyond `low` or `high` set to that end.
    case clippedNormal(mean: Double, sd: Double, low: Double, high: Double)

    /// One draw, using 53 random bits (or 64 for discrete).
    @inline(__always)
    func draw(using rng: inout Xoshiro256StarStar) -> Double {
        switch self {
        case .constant(let value):
            return value
        case .uniform(let low, let width):
            return low + rng.nextUnit() * width
        case .triangular(let low, let high, let cut, let lowScale, let highScale):
            return Self.triangular(rng.nextUnit(), low: low, high: high, cut: cut, lowScale: lowScale, highScale: highScale)
        case .table(let knots):
            return QuantileTable.interpolate(knots, rng.nextUnit())
        case .lognormal(let mu, let sigma):
            return exp(mu + sigma * StandardNormal.quantile(rng.nextOpenUnit()))
        case .discrete(let low, let n):
            return low + Double(Int64(bitPattern: rng.next().multipliedFullWidth(by: n).high))
        case .clippedNormal(let mean, let sd, let low, let high):
            return Self.clippedNormal(StandardNormal.quantile(rng.nextOpenUnit()), mean: mean, sd: sd, low: low, high: high)
        }
    }

    /// The triangular distribution's value at the unit value `u`, by its closed-form inverse CDF.
    @inline(__always)
    static func triangular(_ u: Double, low: Double, high: Double, cut: Double, lowScale: Double, highScale: Double) -> Double {
        u < cut ? low + (u * lowScale).squareRoot() : high - ((1 - u) * highScale).squareRoot()
    }

    /// The clipped normal's value for the standard normal value `z`.
    @inline(__always)
    static func clippedNormal(_ z: Double, mean: Double, sd: Double, low: Double, high: Double) -> Double {
        min(max(mean + sd * z, low), high)
    }
}

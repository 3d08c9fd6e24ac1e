import Foundation

/// The engine's representation of an input's distribution, with every constant a draw needs precomputed, so
/// that filling a column of draws is one tight loop (the `switch` is taken once per column of
/// ``MonteCarlo/chunkSize`` draws, not once per draw).
///
/// Column fills of uniform and discrete inputs take two draws from each 64-bit generator output (32 bits each;
/// a uniform value is the midpoint of one of 2³² equal slices of its range, so it is unbiased and its
/// resolution, 2.3e-10 of the range, is far below the 0.1 % the percentiles are reported to). Other
/// distributions draw through ``LeafSampler`` with 53 random bits; a mixture through ``MixtureSampler``.
enum Sampler: Sendable {
    /// A single distribution.
    case leaf(LeafSampler)
    /// A weighted mixture of distributions.
    case mixture(MixtureSampler)

    /// Whether every draw is the same number (no random numbers are used).
    var isConstant: Bool {
        if case .leaf(.constant) = self { return true }
        return false
    }

    /// Writes `count` draws to `output`.
    @inline(__always)
    func fill(_ output: UnsafeMutablePointer<Double>, count: Int, using generator: inout Xoshiro256StarStar) {
        // A local copy stays in registers: the compiler cannot prove that `generator` does not alias `output`.
        var rng = generator
        defer { generator = rng }
        switch self {
        case .leaf(.constant(let value)):
            output.update(repeating: value, count: count)
        case .leaf(.uniform(let low, let width)):
            // Two draws per 64-bit output: each half is a 32-bit integer u, and the value is
            // low + (u + ½) × width / 2³², the midpoint of one of 2³² equal slices of the range (unbiased).
            let scale = width * 0x1p-32
            let offset = low + 0.5 * scale
            var j = 0
            while j + 2 <= count {
                let bits = rng.next()
                output[j] = offset + Self.double(bits >> 32) * scale
                output[j + 1] = offset + Self.double(bits & 0xFFFF_FFFF) * scale
                j += 2
            }
            if j < count { output[j] = offset + Self.double(rng.next() >> 32) * scale }
        case .leaf(.discrete(let low, let n)) where n.nonzeroBitCount == 1 && n <= 1 << 32:
            // A power of two (e.g. "once or twice"): the top bits of each 32-bit half, exactly uniform.
            let shift = UInt64(32 - n.trailingZeroBitCount)
            var j = 0
            while j + 2 <= count {
                let bits = rng.next()
                output[j] = low + Self.double(bits >> (32 + shift))
                output[j + 1] = low + Self.double((bits & 0xFFFF_FFFF) >> shift)
                j += 2
            }
            if j < count { output[j] = low + Self.double(rng.next() >> (32 + shift)) }
        case .leaf(.discrete(let low, let n)) where n <= 1 << 32:
            // Two draws per 64-bit output, each by Lemire's multiply-shift on 32 bits (bias below n / 2³²).
            var j = 0
            while j + 2 <= count {
                let bits = rng.next()
                output[j] = low + Self.double(((bits >> 32) &* n) >> 32)
                output[j + 1] = low + Self.double(((bits & 0xFFFF_FFFF) &* n) >> 32)
                j += 2
            }
            if j < count { output[j] = low + Self.double(((rng.next() >> 32) &* n) >> 32) }
        case .leaf(.triangular(let low, let high, let cut, let lowScale, let highScale)):
            // The common leaves with their `switch` taken once a column; the same draws as `LeafSampler.draw`.
            for j in 0..<count {
                output[j] = LeafSampler.triangular(rng.nextUnit(), low: low, high: high, cut: cut, lowScale: lowScale, highScale: highScale)
            }
        case .leaf(.table(let knots)):
            for j in 0..<count { output[j] = QuantileTable.interpolate(knots, rng.nextUnit()) }
        case .leaf(.clippedNormal(let mean, let sd, let low, let high)):
            // The uniforms first, then their normal quantiles a column at a time (see `StandardNormal.quantiles`).
            for j in 0..<count { output[j] = rng.nextOpenUnit() }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { tails in
                StandardNormal.quantiles(output, count: count, tails: tails.baseAddress!)
            }
            for j in 0..<count { output[j] = LeafSampler.clippedNormal(output[j], mean: mean, sd: sd, low: low, high: high) }
        case .leaf(let leaf):
            for j in 0..<count { output[j] = leaf.draw(using: &rng) }
        case .mixture(let mixture):
            mixture.fill(output, count: count, using: &rng)
        }
    }

    /// An integer below 2⁵² as a `Double`, by placing it in the mantissa of 2⁵² and subtracting 2⁵² (exact,
    /// and cheaper than an integer-to-float conversion on x86-64's baseline instruction set).
    @inline(__always)
    static func double(_ integer: UInt64) -> Double {
        Double(bitPattern: 0x4330_0000_0000_0000 | integer) - 0x1p52
    }
}

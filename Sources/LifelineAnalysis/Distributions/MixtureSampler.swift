/// A flattened mixture: cumulative probabilities and the parts' samplers in memory that a draw reads without
/// reference counting.
///
/// When every part is a point or a uniform range (as the fee sources are), a draw is branchless: one 64-bit
/// generator output gives 32 bits that pick the part (by counting the thresholds it passes) and 32 bits for
/// the value, `offset[part] + scale[part] × u`. Otherwise a draw picks the part with one uniform, then draws
/// from it through ``LeafSampler``.
///
/// `@unchecked Sendable`: the memory is written once, in `init`, and only read afterwards.
final class MixtureSampler: @unchecked Sendable {
    /// Cumulative probability after each part; the last is 1.
    let cumulative: UnsafeMutableBufferPointer<Double>
    /// The parts.
    let parts: UnsafeMutableBufferPointer<LeafSampler>
    /// For the branchless path: cumulative probabilities × 2³² of all but the last part, padded with 2³³
    /// (never reached) to a multiple of four.
    let thresholds: UnsafeMutableBufferPointer<UInt64>
    /// For the branchless path: each part's lowest value.
    let offsets: UnsafeMutableBufferPointer<Double>
    /// For the branchless path: each part's width (0 for a point).
    let scales: UnsafeMutableBufferPointer<Double>
    /// Whether every part is a point or a uniform range.
    let isAffine: Bool
    /// Each part's quantile table when every part draws from one (PERT ranges), for a draw without the per-part
    /// `switch`; nil otherwise.
    let tables: UnsafeMutableBufferPointer<UnsafePointer<Double>>?

    /// Flattens `parts` (weights need not sum to 1; parts with weight 0 are dropped).
    init(_ weighted: [(weight: Double, leaf: LeafSampler)]) {
        let kept = weighted.filter { $0.weight > 0 }
        precondition(!kept.isEmpty, "a mixture needs a part with positive weight")
        let total = kept.reduce(0) { $0 + $1.weight }
        cumulative = .allocate(capacity: kept.count)
        parts = .allocate(capacity: kept.count)
        let padded = (kept.count - 1 + 3) / 4 * 4
        thresholds = .allocate(capacity: max(padded, 4))
        thresholds.initialize(repeating: 1 << 33)
        offsets = .allocate(capacity: kept.count)
        scales = .allocate(capacity: kept.count)
        var running = 0.0
        var affine = true
        for (index, part) in kept.enumerated() {
            running += part.weight / total
            cumulative[index] = index == kept.count - 1 ? 1 : running
            if index < kept.count - 1 { thresholds[index] = UInt64(min(cumulative[index] * 0x1p32, 0x1p32)) }
            parts[index] = part.leaf
            switch part.leaf {
            case .constant(let value):
                offsets[index] = value
                scales[index] = 0
            case .uniform(let low, let width):
                offsets[index] = low
                scales[index] = width
            default:
                affine = false
                offsets[index] = 0
                scales[index] = 0
            }
        }
        isAffine = affine
        let knots = kept.compactMap { part -> UnsafePointer<Double>? in
            if case .table(let knots) = part.leaf { return knots }
            return nil
        }
        if knots.count == kept.count {
            let tables = UnsafeMutableBufferPointer<UnsafePointer<Double>>.allocate(capacity: knots.count)
            _ = tables.initialize(from: knots)
            self.tables = tables
        } else {
            tables = nil
        }
    }

    deinit {
        cumulative.deallocate()
        parts.deallocate()
        thresholds.deallocate()
        offsets.deallocate()
        scales.deallocate()
        tables?.deallocate()
    }

    /// Fills `count` draws.
    @inline(__always)
    func fill(_ output: UnsafeMutablePointer<Double>, count: Int, using generator: inout Xoshiro256StarStar) {
        // A local copy stays in registers: the compiler cannot prove that `generator` does not alias `output`.
        var rng = generator
        defer { generator = rng }
        let last = parts.count - 1
        if isAffine {
            let thresholds = UnsafePointer(self.thresholds.baseAddress!), groups = (last + 3) / 4
            let offsets = UnsafePointer(self.offsets.baseAddress!), scales = UnsafePointer(self.scales.baseAddress!)
            if last == 1 {
                // Two parts: one threshold (the padding ones are never passed).
                let t0 = thresholds[0]
                for j in 0..<count {
                    let bits = rng.next()
                    let index = (t0 &- (bits >> 32) &- 1) >> 63
                    let u = (Sampler.double(bits & 0xFFFF_FFFF) + 0.5) * 0x1p-32
                    output[j] = offsets[Int(index)] + scales[Int(index)] * u
                }
                return
            }
            if groups <= 1 {
                // Up to five parts: four thresholds, no inner loop.
                let t0 = thresholds[0], t1 = thresholds[1], t2 = thresholds[2], t3 = thresholds[3]
                for j in 0..<count {
                    let bits = rng.next()
                    let pick = bits >> 32
                    let index =
                        ((t0 &- pick &- 1) >> 63) &+ ((t1 &- pick &- 1) >> 63) &+ ((t2 &- pick &- 1) >> 63)
                        &+ ((t3 &- pick &- 1) >> 63)
                    let u = (Sampler.double(bits & 0xFFFF_FFFF) + 0.5) * 0x1p-32
                    output[j] = offsets[Int(index)] + scales[Int(index)] * u
                }
                return
            }
            for j in 0..<count {
                let bits = rng.next()
                let pick = bits >> 32
                // pick ≥ threshold exactly when threshold − pick − 1 wraps below zero (both are below 2³⁴),
                // which sets the top bit: arithmetic, not a branch the processor would mispredict.
                var index: UInt64 = 0
                for group in 0..<groups {
                    let t = thresholds + 4 * group
                    index &+=
                        ((t[0] &- pick &- 1) >> 63) &+ ((t[1] &- pick &- 1) >> 63)
                        &+ ((t[2] &- pick &- 1) >> 63) &+ ((t[3] &- pick &- 1) >> 63)
                }
                let u = (Sampler.double(bits & 0xFFFF_FFFF) + 0.5) * 0x1p-32
                output[j] = offsets[Int(index)] + scales[Int(index)] * u
            }
            return
        }
        let cumulative = UnsafePointer(self.cumulative.baseAddress!), parts = UnsafePointer(self.parts.baseAddress!)
        if let tables = tables.map({ UnsafePointer($0.baseAddress!) }) {
            // The same draws as through `parts[index].draw`, with the table read directly.
            for j in 0..<count {
                let u = rng.nextUnit()
                var index = 0
                while index < last && u >= cumulative[index] { index += 1 }
                output[j] = QuantileTable.interpolate(tables[index], rng.nextUnit())
            }
            return
        }
        for j in 0..<count {
            let u = rng.nextUnit()
            var index = 0
            while index < last && u >= cumulative[index] { index += 1 }
            output[j] = parts[index].draw(using: &rng)
        }
    }
}

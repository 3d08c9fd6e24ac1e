import CKernels

/// The simulation's column loops in 256-bit AVX lanes (`Sources/CKernels`), on processors that have AVX2: four
/// values an instruction where the compiler's own loops take two. Each does, lane by lane, exactly what the Swift
/// loop it stands for does, in the same order and with nothing fused, so the draws' results do not change with the
/// processor (tests compare the two on random columns).
enum PackedKernels {
    /// Whether this processor runs the AVX2 loops (read once).
    static let available = lifeline_kernels_avx2() == 1

    /// Runs `op` over `count` draws into `target` and returns true, or returns false for an operation or a shape the
    /// loops leave to Swift (the power, which calls `pow` each draw; two constants).
    static func run(
        _ op: ColumnOp, target: UnsafeMutablePointer<Double>, x: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>,
        stride: Int, count: Int
    ) -> Bool {
        func constant(_ operand: ColumnOperand) -> Double {
            if case .constant(let value) = operand { return value }
            return 0
        }
        let a = op.left.column(inputs: x, outputs: y, stride: stride), b = op.right.column(inputs: x, outputs: y, stride: stride)
        guard op.code != .power, a != nil || b != nil else { return false }
        return lifeline_column_op(op.code.rawValue, target, a, b, constant(op.left), constant(op.right), count) == 1
    }

    /// AS 241's central formula four values at a time, in place; returns how many indices it wrote to `tails` (values
    /// outside the central region, and the last `count % 4`), for ``StandardNormal/quantile(_:)`` to finish.
    static func normalCentral(_ values: UnsafeMutablePointer<Double>, count: Int, tails: UnsafeMutablePointer<Int>) -> Int {
        lifeline_normal_central(values, count, tails)
    }

    /// Four two-part mixtures of points and uniform ranges (``MixtureSampler/isAffine``) drawn side by side by
    /// `lifeline_mixtures2`, each from its own generator in an AVX lane, exactly as ``MixtureSampler/fill(_:count:using:)``
    /// draws each. (Uniform ranges drawn so gained nothing measurable: they take one output for two draws.)
    struct DrawGroup {
        /// The inputs, in order.
        let inputs: [Int]
        /// Each mixture's threshold × 2³², then its parts' two offsets and two scales.
        let thresholds: [UInt64], offsets: [Double], scales: [Double]

        /// The groups of four among `samplers`, in input order (the last one to three are left to Swift).
        static func groups(of samplers: [Sampler]) -> [DrawGroup] {
            let mixtures = samplers.indices.compactMap { input -> (Int, MixtureSampler)? in
                guard case .mixture(let mixture) = samplers[input], mixture.isAffine, mixture.parts.count == 2 else { return nil }
                return (input, mixture)
            }
            return Swift.stride(from: 0, to: mixtures.count - 3, by: 4).map { start in
                let four = mixtures[start..<start + 4]
                return DrawGroup(
                    inputs: four.map(\.0), thresholds: four.map { $0.1.thresholds[0] },
                    offsets: four.flatMap { [$0.1.offsets[0], $0.1.offsets[1]] }, scales: four.flatMap { [$0.1.scales[0], $0.1.scales[1]] })
            }
        }

        /// Fills `count` draws of each input into `columns + input × stride`, advancing their generators.
        func fill(
            _ columns: UnsafeMutablePointer<Double>, stride: Int, count: Int, generators: UnsafeMutableBufferPointer<Xoshiro256StarStar>
        ) {
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16) { states in
                for (m, input) in inputs.enumerated() {
                    let generator = generators[input]
                    states[4 * m] = generator.s0
                    states[4 * m + 1] = generator.s1
                    states[4 * m + 2] = generator.s2
                    states[4 * m + 3] = generator.s3
                }
                let outputs = (
                    columns + inputs[0] * stride, columns + inputs[1] * stride, columns + inputs[2] * stride, columns + inputs[3] * stride
                )
                withUnsafePointer(to: outputs) { outputs in
                    outputs.withMemoryRebound(to: UnsafeMutablePointer<Double>?.self, capacity: 4) { outputs in
                        lifeline_mixtures2(states.baseAddress!, thresholds, offsets, scales, outputs, count)
                    }
                }
                for (m, input) in inputs.enumerated() {
                    generators[input].s0 = states[4 * m]
                    generators[input].s1 = states[4 * m + 1]
                    generators[input].s2 = states[4 * m + 2]
                    generators[input].s3 = states[4 * m + 3]
                }
            }
        }
    }

    /// ``WorkerState/moments(_:count:shift:)`` in AVX lanes.
    @inline(__always)
    static func moments(_ values: UnsafePointer<Double>, count: Int, shift: Double)
        -> (sum: Double, squares: Double, minimum: Double, maximum: Double)
    {
        var out = (0.0, 0.0, 0.0, 0.0)
        withUnsafeMutableBytes(of: &out) { lifeline_moments(values, count, shift, $0.baseAddress!.assumingMemoryBound(to: Double.self)) }
        return out
    }
}

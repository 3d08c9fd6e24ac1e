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
        func column(_ operand: ColumnOperand) -> UnsafeMutablePointer<Double>? {
            switch operand {
            case .input(let i): x + i * stride
            case .output(let k): y + k * stride
            case .constant: nil
            }
        }
        func constant(_ operand: ColumnOperand) -> Double {
            if case .constant(let value) = operand { return value }
            return 0
        }
        let a = column(op.left), b = column(op.right)
        guard op.code != .power, a != nil || b != nil else { return false }
        return lifeline_column_op(op.code.rawValue, target, a, b, constant(op.left), constant(op.right), count) == 1
    }

    /// AS 241's central formula four values at a time, in place; returns how many indices it wrote to `tails` (values
    /// outside the central region, and the last `count % 4`), for ``StandardNormal/quantile(_:)`` to finish.
    static func normalCentral(_ values: UnsafeMutablePointer<Double>, count: Int, tails: UnsafeMutablePointer<Int>) -> Int {
        lifeline_normal_central(values, count, tails)
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

/// The models of a data file compiled to one column program for the Monte Carlo engine.
///
/// Its inputs are the leaves the formulas reach (one per figure, parameter, pool and copy, each drawn once per
/// draw and shared by every model that reads it: common random numbers); its outputs are the models, in
/// declaration order. ``evaluate(_:stride:count:into:)`` runs a straight list of operations, each a tight loop over
/// the chunk's columns: one `switch` per operation and chunk, none per draw. Models that use models read their
/// column, computed earlier (the operations follow a topological order), and every operation follows the formula's
/// own order, so `a * b * c * d` gives the same bits as `((a * b) * c) * d` written by hand.
public struct CompiledProgram: SimulationModel {
    /// The inputs, in the order of first use.
    public let inputs: [ModelInput]
    /// The figure, parameter or pool id each input draws from (a copy `id@k` names `id`), in input order.
    public let inputIDs: [String]
    /// The models, one per output, in declaration order.
    public let models: [CompiledModel]
    /// Scratch columns for intermediate results.
    public let scratchCount: Int
    /// The operations, in the order they run.
    let operations: [ColumnOp]

    /// Creates a program.
    init(inputs: [ModelInput], inputIDs: [String], models: [CompiledModel], scratchCount: Int, operations: [ColumnOp]) {
        self.inputs = inputs
        self.inputIDs = inputIDs
        self.models = models
        self.scratchCount = scratchCount
        self.operations = operations
    }

    /// One output per model.
    public var outputCount: Int { models.count }

    /// How many operations run per chunk (for tests and benchmarks).
    public var operationCount: Int { operations.count }

    /// The inputs the model of output `k` reaches.
    public func inputsReached(byOutput k: Int) -> [Int]? { models.first { $0.output == k }?.inputs }

    /// The output index of the model `id`.
    public func output(of id: String) -> Int? { models.firstIndex { $0.id == id } }

    /// Runs every operation over `count` draws.
    public func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        evaluate(x, stride: stride, count: count, into: y, packed: PackedKernels.available)
    }

    /// ``evaluate(_:stride:count:into:)`` with the AVX2 loops where `packed` (tests compare the two).
    func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>, packed: Bool) {
        for op in operations {
            let target = y + op.target * stride
            if packed, PackedKernels.run(op, target: target, x: x, y: y, stride: stride, count: count) { continue }
            switch op.code {
            case .add: Self.run(AddKernel.self, target, op.left, op.right, x, y, stride, count)
            case .subtract: Self.run(SubtractKernel.self, target, op.left, op.right, x, y, stride, count)
            case .multiply: Self.run(MultiplyKernel.self, target, op.left, op.right, x, y, stride, count)
            case .divide: Self.run(DivideKernel.self, target, op.left, op.right, x, y, stride, count)
            case .power: Self.run(PowerKernel.self, target, op.left, op.right, x, y, stride, count)
            case .minimum: Self.run(MinimumKernel.self, target, op.left, op.right, x, y, stride, count)
            case .maximum: Self.run(MaximumKernel.self, target, op.left, op.right, x, y, stride, count)
            case .negate: Self.run(NegateKernel.self, target, op.left, op.right, x, y, stride, count)
            case .copy: Self.run(CopyKernel.self, target, op.left, op.right, x, y, stride, count)
            }
        }
    }

    /// `target[j] = K(left[j], right[j])` for `j < count`, with one loop per shape of operands.
    @inline(__always)
    static func run<K: ColumnKernel>(
        _ kernel: K.Type, _ target: UnsafeMutablePointer<Double>, _ left: ColumnOperand, _ right: ColumnOperand,
        _ x: UnsafeMutablePointer<Double>, _ y: UnsafeMutablePointer<Double>, _ stride: Int, _ count: Int
    ) {
        switch (left.column(inputs: x, outputs: y, stride: stride), right.column(inputs: x, outputs: y, stride: stride), left, right) {
        case (let a?, let b?, _, _):
            for j in 0..<count { target[j] = K.apply(a[j], b[j]) }
        case (let a?, nil, _, .constant(let c)):
            for j in 0..<count { target[j] = K.apply(a[j], c) }
        case (nil, let b?, .constant(let c), _):
            for j in 0..<count { target[j] = K.apply(c, b[j]) }
        case (nil, nil, .constant(let c), .constant(let d)):
            target.update(repeating: K.apply(c, d), count: count)
        default:
            preconditionFailure("an operand is a column or a constant")
        }
    }
}

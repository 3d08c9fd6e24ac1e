/// A ``CompiledProgram`` run with fully dependent (comonotonic) inputs: each draw takes ONE uniform number `u`
/// from the stream `key`, and every input of the program, independent copies `id@k` included, is its
/// distribution's exact quantile at `u` (``InputDistribution/quantile(_:)``). The engine draws `u` like any
/// input (its own stream, split in blocks), so a run is deterministic and the same for any number of threads.
///
/// Inputs with equal distributions (the copies of one pool, say) take their quantile once per draw; a mixture of
/// points, uniforms, triangulars and whole numbers takes it from a ``PiecewiseQuantile`` (the same values,
/// without bisecting its CDF in every draw).
struct ComonotonicProgram: SimulationModel {
    /// The program whose inputs are made dependent.
    let program: CompiledProgram
    /// The one shared uniform input.
    let inputs: [ModelInput]
    /// For each distinct distribution, the program inputs that have it.
    let groups: [(distribution: InputDistribution, inputs: [Int])]
    /// For each group, the fast quantile function of its mixture, when it has one.
    let piecewise: [PiecewiseQuantile?]

    /// `program` with one shared uniform drawn from the stream `key` (e.g. `reading:full-dependence`).
    init(_ program: CompiledProgram, key: String) {
        self.program = program
        inputs = [
            ModelInput(
                name: key, figureID: nil, unit: "share", distribution: InputDistribution(.uniform(low: 0, high: 1)), sourced: false,
                key: key)
        ]
        var groups: [(distribution: InputDistribution, inputs: [Int])] = []
        for (index, input) in program.inputs.enumerated() {
            if let group = groups.firstIndex(where: { $0.distribution == input.distribution }) {
                groups[group].inputs.append(index)
            } else {
                groups.append((input.distribution, [index]))
            }
        }
        self.groups = groups
        piecewise = groups.map { PiecewiseQuantile($0.distribution) }
    }

    /// The program's outputs.
    var outputCount: Int { program.outputCount }

    /// The program's scratch columns, then one column per program input.
    var scratchCount: Int { program.scratchCount + program.inputs.count }

    /// Fills each program input's column with its quantile at the shared uniform, then runs the program.
    func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        let columns = y + (program.outputCount + program.scratchCount) * stride
        for (group, piecewise) in zip(groups, piecewise) {
            let first = columns + group.inputs[0] * stride
            if let piecewise {
                for j in 0..<count { first[j] = piecewise.quantile(x[j]) }
            } else {
                for j in 0..<count { first[j] = group.distribution.quantile(x[j]) }
            }
            for other in group.inputs.dropFirst() { (columns + other * stride).update(from: first, count: count) }
        }
        program.evaluate(columns, stride: stride, count: count, into: y)
    }
}

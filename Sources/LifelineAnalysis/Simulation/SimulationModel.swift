/// A model the Monte Carlo engine can run: a fixed list of uncertain inputs and a pure, vectorisable function
/// from one draw of the inputs to one or more outputs.
///
/// The engine draws inputs column by column (`count` draws of input `i` at `inputs + i × stride`) and asks the
/// model to fill its output columns the same way (output `k` at `outputs + k × stride`). Behind the outputs lie
/// ``scratchCount`` more columns the model may use freely (`outputs + (outputCount + s) × stride`); the input
/// columns may be overwritten too (they are drawn afresh for every chunk). Writing the model as loops over columns lets the compiler
/// vectorise it and keeps the per-draw cost to a few arithmetic instructions.
public protocol SimulationModel: Sendable {
    /// The inputs, in the order of the input columns.
    var inputs: [ModelInput] { get }
    /// How many values the model computes per draw.
    var outputCount: Int { get }
    /// How many scratch columns the model needs behind its outputs.
    var scratchCount: Int { get }
    /// Computes `count` draws: reads `inputs[i × stride + j]`, writes `outputs[k × stride + j]`.
    func evaluate(_ inputs: UnsafeMutablePointer<Double>, stride: Int, count: Int, into outputs: UnsafeMutablePointer<Double>)
    /// The inputs output `k` depends on, when the model knows them (nil: any input may matter). The engine
    /// counts an output whose inputs are all constants without adding each draw.
    func inputsReached(byOutput k: Int) -> [Int]?
}

extension SimulationModel {
    /// No scratch columns unless a model asks for them.
    public var scratchCount: Int { 0 }

    /// Unknown unless a model says: every input may matter to every output.
    public func inputsReached(byOutput k: Int) -> [Int]? { nil }

    /// Evaluates one set of input values (one per input), e.g. every input at its median.
    public func evaluate(_ values: [Double]) -> [Double] {
        precondition(values.count == inputs.count, "one value per input")
        var result = [Double](repeating: 0, count: outputCount + scratchCount)
        var scratch = values
        scratch.withUnsafeMutableBufferPointer { x in
            result.withUnsafeMutableBufferPointer { y in
                evaluate(x.baseAddress!, stride: 1, count: 1, into: y.baseAddress!)
            }
        }
        return Array(result.prefix(outputCount))
    }

    /// The outputs with every input at its median.
    public var medianOutputs: [Double] { evaluate(inputs.map { $0.distribution.quantile(0.5) }) }
}

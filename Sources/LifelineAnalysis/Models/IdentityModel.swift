/// A model that returns its inputs: used to summarise a distribution (e.g. the pooled fee) by simulation, with
/// the same percentile method as every other output.
public struct IdentityModel: SimulationModel {
    /// The distributions to summarise.
    public let inputs: [ModelInput]
    /// One output per input.
    public var outputCount: Int { inputs.count }

    /// Creates the model.
    public init(inputs: [ModelInput]) { self.inputs = inputs }

    /// Copies each input column to its output column.
    public func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        for i in 0..<inputs.count { (y + i * stride).update(from: x + i * stride, count: count) }
    }
}

/// A model whose single output is the product of its inputs, e.g. model 1's
/// population × share who send × USD per transfer × transfers per year.
public struct ProductModel: SimulationModel {
    /// The factors.
    public let inputs: [ModelInput]
    /// One output: the product.
    public var outputCount: Int { 1 }

    /// Creates the product of `inputs` (at least one).
    public init(inputs: [ModelInput]) {
        precondition(!inputs.isEmpty, "a product needs a factor")
        self.inputs = inputs
    }

    /// `output[j] = Π inputs[i][j]`.
    public func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        y.update(from: x, count: count)
        for i in 1..<inputs.count {
            let column = x + i * stride
            for j in 0..<count { y[j] *= column[j] }
        }
    }
}

/// Where an operation of the column program reads a value from.
enum ColumnOperand: Sendable, Equatable {
    /// Input column `i` (a figure, parameter, pool or copy).
    case input(Int)
    /// Output column `k`: a model's result, or scratch column `k − outputCount`.
    case output(Int)
    /// The same number for every draw.
    case constant(Double)
}

extension ColumnOperand {
    /// The column this operand reads in a chunk whose input columns start at `x` and output columns at `y`, each
    /// `stride` values apart; nil for a constant.
    func column(inputs x: UnsafeMutablePointer<Double>, outputs y: UnsafeMutablePointer<Double>, stride: Int)
        -> UnsafeMutablePointer<Double>?
    {
        switch self {
        case .input(let i): x + i * stride
        case .output(let k): y + k * stride
        case .constant: nil
        }
    }
}

/// Where an operation of the column program reads a value from.
enum ColumnOperand: Sendable, Equatable {
    /// Input column `i` (a figure, parameter, pool or copy).
    case input(Int)
    /// Output column `k`: a model's result, or scratch column `k − outputCount`.
    case output(Int)
    /// The same number for every draw.
    case constant(Double)
}

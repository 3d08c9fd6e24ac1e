import LifelineData

/// What an id in a formula names.
enum FormulaSymbol {
    /// A registry figure.
    case figure(Figure)
    /// Parameter `i` of the declarations.
    case parameter(Int)
    /// Pool `i` of the declarations.
    case pool(Int)
    /// Model `i` of the declarations.
    case model(Int)

    /// The word messages use for it: `figure`, `parameter`, `pool`, `model`.
    var noun: String {
        switch self {
        case .figure: "figure"
        case .parameter: "parameter"
        case .pool: "pool"
        case .model: "model"
        }
    }
}

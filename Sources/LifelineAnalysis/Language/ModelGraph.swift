import LifelineData

/// Which models use which, as the formulas name them, and every id any formula names.
struct ModelGraph {
    /// For each model, the models its formula names (first reference each), in the order written.
    var uses: [[(model: Int, node: FormulaNode)]]
    /// Every id a formula names.
    var referenced: Set<String>
}

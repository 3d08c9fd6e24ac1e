/// What the compiler learns about one model while checking it.
struct ModelFacts {
    /// The leaves it reaches, through the models it uses too, in the order of first use.
    var leaves: [FormulaLeaf]
    /// The models it rests on: itself and every model its formula reaches, in the order of first use.
    var models: [String] = []
    /// The values it can take, or `nil` when not known (an error upstream).
    var interval: ValueInterval?
}

import LifelineData

extension FormulaCompiler {
    /// Reports two inputs that would draw from one random stream (a `stream:` set to another input's name): the
    /// engine needs one stream per input.
    mutating func checkStreams(_ facts: [ModelFacts?]) {
        var owners: [String: FormulaLeaf] = [:]
        for leaf in facts.compactMap({ $0?.leaves }).joined() {
            let key = stream(of: leaf)
            guard let owner = owners[key] else {
                owners[key] = leaf
                continue
            }
            guard owner != leaf else { continue }
            let position = (declarationPosition(of: leaf.id) ?? declarationPosition(of: owner.id))!
            report(
                at: position,
                "`\(owner)` and `\(leaf)` would draw from the same random stream `\(key)`",
                hint: "Give one of them another `stream`.")
        }
    }

    /// Where a parameter or pool is declared; `nil` for a figure.
    func declarationPosition(of id: String) -> TextPosition? {
        switch symbols[id] {
        case .parameter(let index): declarations.parameters[index].position
        case .pool(let index): declarations.pools[index].position
        default: nil
        }
    }
}

import Yams

extension NodeReader {
    static let curveKeys = ["id", "name", "over", "from", "to", "step", "models"]

    /// The curve in `node`: `over` an input id, the grid `from`, `to`, `step`, and the `models` drawn; every key
    /// checked, each problem recorded, nil when one leaves no curve. Whether the ids exist, the models reach
    /// `over` and the grid is usable is checked when the models are compiled.
    mutating func readCurve(_ node: Node) -> CurveDeclaration? {
        guard let entries = entries(of: node, what: "curve", allowed: Self.curveKeys, shown: "id, over, from, to, step, models")
        else { return nil }
        let id = identifier(entries, in: node, what: "curve")
        let name = optionalText(entries["name"], key: "name")
        let over = entries["over"].flatMap { reference($0, key: "over") }
        if entries["over"] == nil {
            fail(node, "the key `over` is missing", "Add `over:` with the figure, parameter or pool the curve runs along.")
        }
        var bounds: [String: (value: Double, position: TextPosition)] = [:]
        for key in ["from", "to", "step"] {
            guard let value = entries[key] else {
                fail(node, "the key `\(key)` is missing", "Give the grid as `from: 0`, `to: 0.8` and `step: 0.01`.")
                continue
            }
            if let number = number(value, key: key) { bounds[key] = (number, position(value)) }
        }
        var models: [DeclaredReference]?
        let example = "Write `models: [first-model, second-model]` with the models the curve draws."
        if let list = entries["models"] {
            if let items = list.sequence.map(Array.init), !items.isEmpty {
                let references = items.compactMap { reference($0, key: "models") }
                if references.count == items.count { models = references }
            } else {
                fail(list, "`models` must list the models the curve draws", example)
            }
        } else {
            fail(node, "the key `models` is missing", example)
        }
        guard let id, let over, let models, let from = bounds["from"], let to = bounds["to"], let step = bounds["step"] else {
            return nil
        }
        let grid = CurveGrid(from: from.value, to: to.value, step: step.value, toPosition: to.position, stepPosition: step.position)
        return CurveDeclaration(id: id, name: name, over: over, grid: grid, models: models, position: position(node))
    }
}

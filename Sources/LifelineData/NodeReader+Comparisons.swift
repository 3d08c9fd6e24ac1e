import Yams

extension NodeReader {
    static let comparisonKeys = ["id", "name", "estimates", "model", "claim"]

    /// The comparison in `node`: `estimates: [a, b]`, or `model: m` with `claim: figure-id`; nil when a problem
    /// leaves no comparison. Whether the ids exist and share a unit is checked when the models are compiled.
    mutating func readComparison(_ node: Node) -> ComparisonDeclaration? {
        let shown = "id, estimates or model and claim"
        guard let entries = entries(of: node, what: "comparison", allowed: Self.comparisonKeys, shown: shown) else { return nil }
        let id = identifier(entries, in: node, what: "comparison")
        let name = optionalText(entries["name"], key: "name")
        let forms = "Write either `estimates: [first-id, second-id]`, or `model: model-id` and `claim: figure-id`."
        var sides: (ComparisonForm, DeclaredReference, DeclaredReference)?
        switch (entries["estimates"], entries["model"], entries["claim"]) {
        case (let estimates?, nil, nil):
            let pair = estimates.sequence.map(Array.init) ?? []
            guard pair.count == 2 else {
                fail(estimates, "`estimates` must list exactly two ids", forms)
                break
            }
            if let first = reference(pair[0], key: "estimates"), let second = reference(pair[1], key: "estimates") {
                sides = (.estimates, first, second)
            }
        case (nil, let model?, let claim?):
            if let first = reference(model, key: "model"), let second = reference(claim, key: "claim") {
                sides = (.claim, first, second)
            }
        case (nil, nil, nil):
            fail(node, "the comparison compares nothing", forms)
        case (let estimates?, _, _):
            fail(estimates, "the comparison has both `estimates` and a model or claim", forms)
        case (nil, let model?, nil):
            fail(model, "the comparison has `model` but no `claim`", forms)
        case (nil, nil, let claim?):
            fail(claim, "the comparison has `claim` but no `model`", forms)
        }
        guard let id, let sides else { return nil }
        return ComparisonDeclaration(id: id, name: name, form: sides.0, first: sides.1, second: sides.2, position: position(node))
    }

    /// The id written in `node`, with its position.
    mutating func reference(_ node: Node, key: String) -> DeclaredReference? {
        guard let id = text(node, key: key) else { return nil }
        return DeclaredReference(id: id, position: formulaText(node).position)
    }
}

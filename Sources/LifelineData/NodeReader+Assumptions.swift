import Yams

extension NodeReader {
    static let assumptionKeys = ["id", "name", "value", "why", "about"]

    /// The assumption in `node`: a stated assumption with its name, optional value text, reason and the ids it is
    /// about (none for `about: method`, an assumption of the whole method); every key checked, each problem recorded, nil when one leaves no assumption. Whether the ids exist is
    /// checked when the models are compiled.
    mutating func readAssumption(_ node: Node) -> AssumptionDeclaration? {
        guard let entries = entries(of: node, what: "assumption", allowed: Self.assumptionKeys, shown: "id, name, why, about")
        else { return nil }
        let id = identifier(entries, in: node, what: "assumption")
        let name = requiredText(entries, "name", in: node)
        let value = optionalText(entries["value"], key: "value")
        let why = requiredText(entries, "why", in: node)
        var about: [DeclaredReference]?
        let example =
            "Write `about: [figure-id, parameter-id]` with the figures, parameters, pools or models it concerns, "
            + "or `about: method` for an assumption of the whole method (it makes no result a scenario)."
        if let list = entries["about"], list.scalar?.string == "method" {
            about = []
        } else if let list = entries["about"] {
            if let items = list.sequence.map(Array.init), !items.isEmpty {
                let references = items.compactMap { item in
                    text(item, key: "about").map { DeclaredReference(id: $0, position: formulaText(item).position) }
                }
                if references.count == items.count { about = references }
            } else {
                fail(list, "`about` must list the ids the assumption concerns", example)
            }
        } else {
            fail(node, "the key `about` is missing", example)
        }
        guard let id, let name, let why, let about else { return nil }
        return AssumptionDeclaration(id: id, name: name, value: value, why: why, about: about, position: position(node))
    }
}

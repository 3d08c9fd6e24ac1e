import Yams

extension NodeReader {
    static let poolKeys = ["id", "name", "unit", "mix", "stream", "copy_stream", "why"]

    /// The pool in `node`: a mixture whose `mix` maps figure or parameter ids to weights, in order, and the optional
    /// `why` of its weights; every key
    /// checked, each problem recorded, nil when one leaves no pool.
    mutating func readPool(_ node: Node) -> PoolDeclaration? {
        guard let entries = entries(of: node, what: "pool", allowed: Self.poolKeys, shown: "id, mix") else { return nil }
        let id = identifier(entries, in: node, what: "pool")
        let name = optionalText(entries["name"], key: "name")
        let unit = optionalText(entries["unit"], key: "unit")
        let why = optionalText(entries["why"], key: "why")
        let streams = readStreams(entries)
        var components: [PoolComponent]?
        if let mix = entries["mix"] {
            components = readMix(mix)
        } else {
            fail(
                node, "the key `mix` is missing",
                "Add `mix:` with the figures or parameters to pool and their weights, e.g. `mix: {a: 1, b: 1}`.")
        }
        guard let id, let components else { return nil }
        return PoolDeclaration(
            id: id, name: name, components: components, unit: unit, stream: streams.stream, copyStream: streams.copyStream,
            why: why, position: position(node))
    }

    /// The parts of a pool's `mix`: a mapping from id to weight, each weight a finite number of 0 or more, one above 0.
    private mutating func readMix(_ node: Node) -> [PoolComponent]? {
        readWeights(
            node, key: "mix", what: "`mix`", parts: "pooled figure or parameter",
            example: "Write `mix: {first-id: 1, second-id: 1}`, or one `id: weight` a line below `mix:`.")
    }

    /// Weights by id, in the order written: `node` maps each id to a finite number of 0 or more, one above 0 (a
    /// repeated id is a YAML error already). `key` is the data file's key, `what` names the mapping in messages, `parts`
    /// what its ids name.
    mutating func readWeights(_ node: Node, key name: String, what: String, parts: String, example: String) -> [PoolComponent]? {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(node, "\(what) must map each \(parts) id to its weight", example)
            return nil
        }
        var components: [PoolComponent] = []
        var complete = true
        for (key, value) in mapping {
            guard let id = text(key, key: name), let weight = number(value, key: "weight of \(Excerpt.of(id))") else {
                complete = false
                continue
            }
            guard weight >= 0 else {
                fail(
                    value, "the weight of `\(Excerpt.of(id))` is \(format(weight)), below 0", "Weights are 0 or more; 0 leaves a part out.")
                complete = false
                continue
            }
            components.append(PoolComponent(id: id, weight: weight, position: position(key)))
        }
        guard complete else { return nil }
        guard components.contains(where: { $0.weight > 0 }) else {
            fail(node, "every weight in \(what) is 0", "Give at least one part a weight above 0; weights are normalised.")
            return nil
        }
        return components
    }
}

import Yams

extension NodeReader {
    static let readingKeys = ["id", "name", "why", "ranges", "dependence", "weights", "models"]

    /// The reading in `node`: its id, name, optional `why`, one or more changes (`ranges`, `dependence`, `weights`)
    /// and optional `models`; every key checked, each problem recorded, nil when one leaves no reading. Whether the
    /// pools, parts and models it names exist is checked when the models are compiled.
    mutating func readReading(_ node: Node) -> ReadingDeclaration? {
        let shown = "id, name, ranges, dependence, weights"
        guard let entries = entries(of: node, what: "reading", allowed: Self.readingKeys, shown: shown) else { return nil }
        let id = identifier(entries, in: node, what: "reading")
        let name = requiredText(entries, "name", in: node)
        let why = optionalText(entries["why"], key: "why")
        var complete = true
        var ranges: RangeShape?, dependence: ReadingDependence?, weights: [PoolWeights] = [], models: [DeclaredReference] = []
        if let node = entries["ranges"] {
            ranges = choice(node, key: "shape of ranges", options: RangeShape.allCases.map(\.rawValue)).flatMap(RangeShape.init)
            complete = complete && ranges != nil
        }
        if let node = entries["dependence"] {
            dependence = choice(node, key: "dependence", options: ReadingDependence.allCases.map(\.rawValue))
                .flatMap(ReadingDependence.init)
            complete = complete && dependence != nil
        }
        if let node = entries["weights"] {
            let read = readPoolWeights(node)
            weights = read ?? []
            complete = complete && read != nil
        }
        if let node = entries["models"] {
            let read = readReportedModels(node)
            models = read ?? []
            complete = complete && read != nil
        }
        if entries["ranges"] == nil, entries["dependence"] == nil, entries["weights"] == nil {
            fail(
                node, "the reading changes nothing",
                "Give at least one change: `ranges: triangular` or `ranges: pert`, `dependence: full`, or `weights: {pool-id: {part-id: 1}}`."
            )
            complete = false
        }
        guard let id, let name, complete else { return nil }
        return ReadingDeclaration(
            id: id, name: name, why: why, ranges: ranges, dependence: dependence, weights: weights, models: models,
            position: position(node))
    }

    /// A reading's `weights`: a mapping from pool id to a mapping from part id to weight (see ``readWeights(_:key:what:parts:example:)``).
    private mutating func readPoolWeights(_ node: Node) -> [PoolWeights]? {
        guard let mapping = node.mapping, !mapping.isEmpty else {
            fail(
                node, "`weights` must map each pool id to the weights of its parts",
                "Write `weights: {pool-id: {part-id: 1, other-part-id: 1}}`; a part left out weighs 0.")
            return nil
        }
        var pools: [PoolWeights] = []
        for (key, value) in mapping {
            guard let id = text(key, key: "weights") else { continue }
            let example = "Write `\(Excerpt.of(id)): {part-id: 1, other-part-id: 1}`; a part left out weighs 0."
            let what = "the reading's weights for pool `\(Excerpt.of(id))`"
            guard let parts = readWeights(value, key: "weights", what: what, parts: "part", example: example) else { continue }
            pools.append(PoolWeights(pool: DeclaredReference(id: id, position: position(key)), parts: parts))
        }
        return pools.count == mapping.count ? pools : nil
    }

    /// The model (or pool) ids a reading reports, with where each is written.
    private mutating func readReportedModels(_ node: Node) -> [DeclaredReference]? {
        guard let items = node.sequence.map(Array.init), !items.isEmpty else {
            fail(
                node, "`models` must list the model ids the reading reports",
                "Write `models: [first-model-id, second-model-id]`, or remove `models` to report every model.")
            return nil
        }
        let references = items.compactMap { item in
            text(item, key: "models").map { DeclaredReference(id: $0, position: formulaText(item).position) }
        }
        return references.count == items.count ? references : nil
    }
}

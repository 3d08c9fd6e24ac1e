import Yams

extension NodeReader {
    /// The keys of `paper:`.
    static let paperKeys = ["title", "subtitle", "authors", "institute", "date", "version", "citation", "yardstick"]
    /// The keys of `paper: yardstick:`.
    static let yardstickKeys = ["name", "terms"]
    /// The keys of one yardstick term.
    static let termKeys = ["words", "low", "high"]

    /// The front matter in `node`: a title is required, the rest optional; the yardstick's terms are shares in
    /// order, each with `low` ≤ `high`.
    mutating func readPaper(_ node: Node) -> Paper? {
        guard let mapping = node.mapping else {
            fail(node, "`paper` must be a mapping (title, authors, …)", "Write `paper:` with `title:` and the other keys indented below.")
            return nil
        }
        let entries = keyed(mapping, allowed: Self.paperKeys, what: "`paper`")
        let title = requiredText(entries, "title", in: node)
        var yardstick: String?
        var terms: [Paper.Term] = []
        if let scale = entries["yardstick"] {
            if let scaleMapping = scale.mapping {
                let scaleEntries = keyed(scaleMapping, allowed: Self.yardstickKeys, what: "`yardstick`")
                yardstick = requiredText(scaleEntries, "name", in: scale)
                terms = scaleEntries["terms"].map { list($0, key: "terms").compactMap { readTerm($0) } } ?? []
            } else {
                fail(scale, "`yardstick` must be a mapping with `name` and `terms`", "Write `yardstick:` with `name:` and `terms:` below.")
            }
        }
        guard let title else { return nil }
        return Paper(
            title: title, subtitle: optionalText(entries["subtitle"], key: "subtitle"),
            authors: textList(entries["authors"], key: "authors"), institute: optionalText(entries["institute"], key: "institute"),
            date: optionalText(entries["date"], key: "date"), version: optionalText(entries["version"], key: "version"),
            citation: optionalText(entries["citation"], key: "citation"), yardstick: yardstick, terms: terms, line: line(node))
    }

    /// One yardstick term: its words and the probabilities (0–1) they stand for.
    private mutating func readTerm(_ node: Node) -> Paper.Term? {
        guard let entries = entries(of: node, what: "yardstick term", allowed: Self.termKeys, shown: "words, low, high") else { return nil }
        let words = requiredText(entries, "words", in: node)
        let low = entries["low"].flatMap { number($0, key: "low") }
        let high = entries["high"].flatMap { number($0, key: "high") }
        guard let words else { return nil }
        guard let low, let high else {
            fail(
                node, "the yardstick term `\(Excerpt.of(words))` needs `low:` and `high:`",
                "Give the probabilities the words stand for, e.g. `low: 0.55` and `high: 0.8`.")
            return nil
        }
        guard 0 <= low, low <= high, high <= 1 else {
            fail(
                node, "the yardstick term `\(Excerpt.of(words))` must have 0 ≤ low ≤ high ≤ 1",
                "Write probabilities as fractions: 55% is 0.55.")
            return nil
        }
        return Paper.Term(words: words, low: low, high: high)
    }
}

import LifelineData

/// Numbered citations: each source gets the number of its place in the references list.
struct Citations {
    let registry: Registry

    /// The 1-based reference number of a source.
    func number(of sourceID: String) -> Int? {
        registry.sources.firstIndex { $0.id == sourceID }.map { $0 + 1 }
    }

    /// The anchor id of a source's entry in the references.
    static func anchor(of sourceID: String) -> String { "source-\(sourceID)" }

    /// `[n]` linking to the source's reference.
    func cite(_ sourceID: String) -> [Inline] {
        guard let number = number(of: sourceID) else { return [.text("[?]")] }
        return [.link([.text("[\(number)]")], target: "#" + Self.anchor(of: sourceID))]
    }

    /// `[1][3]` for several sources, each once, in reference order.
    func cite(sources: [String]) -> [Inline] {
        let unique = Array(Set(sources)).sorted { (number(of: $0) ?? 0) < (number(of: $1) ?? 0) }
        return unique.flatMap(cite)
    }

    /// One reference entry: title, publisher, authors, date, URL, and how the date is known; `unnamedPublisher`
    /// and `undated` (the templates' words) stand in for a publisher or date the source does not give.
    func reference(_ source: Source, unnamedPublisher: String, undated: String) -> [Inline] {
        var parts: [Inline] = [.emphasis([.text(source.title)]), .text(". ")]
        if !source.authors.isEmpty { parts.append(.text(source.authors.joined(separator: ", ") + ". ")) }
        parts.append(.text((source.publisher ?? unnamedPublisher) + ", " + (source.date ?? undated) + ". "))
        if let url = source.url { parts += [.link([.text(url)], target: url), .text(". ")] }
        parts.append(.text(source.dateNote))
        return parts
    }
}

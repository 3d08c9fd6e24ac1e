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

    /// The templates' words a reference entry uses for what a source does not give, and for its archived copy.
    struct ReferenceWords {
        /// Stands in for a publisher the source does not name.
        var unnamedPublisher: String
        /// Stands in for a date the source does not give.
        var undated: String
        /// Said when the source has no URL (the archived copies do not keep one).
        var noURL: String
        /// Introduces the archived copy's file name.
        var archivedCopy: String
    }

    /// One reference entry: title, publisher, authors, date, URL (or the words that none was kept), the archived
    /// copy, and how the date is known.
    func reference(_ source: Source, words: ReferenceWords) -> [Inline] {
        var parts: [Inline] = [.emphasis([.text(source.title)]), .text(". ")]
        if !source.authors.isEmpty { parts.append(.text(source.authors.joined(separator: ", ") + ". ")) }
        parts.append(.text((source.publisher ?? words.unnamedPublisher) + ", " + (source.date ?? words.undated) + ". "))
        if let url = source.url {
            parts += [.link([.text(url)], target: url), .text(". ")]
        } else {
            parts.append(.text(words.noURL + ". "))
        }
        if let archive = source.archive { parts.append(.text(words.archivedCopy + " " + archive + ". ")) }
        parts.append(.text(source.dateNote))
        return parts
    }
}

import Yams

/// Checks that keep a hostile data file from exhausting the stack, the memory or the clock.
///
/// The raw text is checked before the YAML parser sees it: nesting (the composer recurses once per
/// level), size in entries (each node costs the composer about 150 bytes), and anchors with aliases
/// (`&a` … `*a`: a few lines of them name billions of nodes, and Yams compares mapping keys in full,
/// so an alias used as a key never finishes). A registry needs none of these. Anchors alone are
/// harmless to parse and are refused once the document is composed, where their place is exact.
enum YAMLGuard {
    /// Nesting deeper than this is refused; a registry nests four levels (file, list, entry, authors).
    static let maximumDepth = 64
    /// More separators than this (line breaks, `,` `[` `{` `-` `:` `?`) are refused: the default
    /// registry has about 2,100 in 21 KB, and this many bounds the composed document to about 100 MB.
    static let maximumSeparators = 500_000

    /// The reason not to parse `text` at all, if there is one, located.
    static func refusal(of text: String, census: TokenCensus, file: String) -> Diagnostic? {
        if let place = census.overLimit {
            return Diagnostic(
                file: file, line: place.line, column: place.column,
                message:
                    "the file is too large to be a registry: by this point it holds over \(maximumSeparators) YAML separators (line breaks, commas, colons, hyphens and brackets)",
                hint: "A registry of sourced figures has a few thousand entries; check that this is the right file.")
        }
        if let excess = NestingScanner.firstExcess(in: text, limit: maximumDepth) {
            return depthDiagnostic(file: file, line: excess.line, column: excess.column)
        }
        if let alias = census.firstAlias, let anchor = census.firstAnchor {
            return Diagnostic(
                file: file, line: alias.line, column: alias.column,
                message:
                    "`*\(alias.name)` is a YAML alias (and `&\(anchor.name)` on line \(anchor.line) an anchor); a registry allows neither",
                hint: "Write each value out in full where it is used: aliases let a few lines stand for billions of entries.")
        }
        return nil
    }

    /// The message for nesting that is too deep.
    static func depthDiagnostic(file: String, line: Int?, column: Int?) -> Diagnostic {
        Diagnostic(
            file: file, line: line, column: column,
            message: "the data nests more than \(maximumDepth) levels deep",
            hint:
                "A registry needs four levels (the file, its lists, each entry, a list of authors); check the brackets and indentation here."
        )
    }

    /// The first value in `root` that carries an explicit tag (`!!str 34000`, `!!float 1`, `! 5`, `!custom x`): the
    /// schema decides every type, and a tag would overrule it. Mapping keys are not searched (Yams resolves their
    /// tags while checking for duplicates, and only their text is read); a quoted `!!str "…"` is text anyway.
    static func firstTag(in root: Node, file: String) -> Diagnostic? {
        var pending = [root]
        while let node = pending.popLast() {
            let tag: Tag
            switch node {
            case .scalar(let scalar):
                if scalar.tag.rawValue.isEmpty || scalar.tag.rawValue == Tag.Name.str.rawValue && scalar.style != .plain { continue }
                tag = scalar.tag
            case .mapping(let mapping):
                pending += mapping.map(\.value).reversed()
                if mapping.tag.rawValue.isEmpty { continue }
                tag = mapping.tag
            case .sequence(let sequence):
                pending += sequence.reversed()
                if sequence.tag.rawValue.isEmpty { continue }
                tag = sequence.tag
            case .alias: continue
            }
            let prefix = "tag:yaml.org,2002:"
            let name = tag.rawValue.hasPrefix(prefix) ? "!!" + tag.rawValue.dropFirst(prefix.count) : tag.rawValue
            return Diagnostic(
                file: file, line: node.mark?.line, column: node.mark?.column,
                message: "this value carries the YAML tag `\(Excerpt.of(name))`, and a registry allows no tags",
                hint: "Remove the tag: the schema decides what each value is. Quote text that looks like a number, e.g. `\"034000\"`.")
        }
        return nil
    }

    /// The first node in `root` that carries an anchor. Call it while the `Parser` that composed `root`
    /// is alive: Yams holds anchors weakly.
    static func firstAnchor(in root: Node, file: String) -> Diagnostic? {
        var pending = [root]
        while let node = pending.popLast() {
            if let anchor = node.anchor {
                return Diagnostic(
                    file: file, line: node.mark?.line, column: node.mark?.column,
                    message: "this value carries the YAML anchor `&\(Excerpt.of(anchor.rawValue))`, and a registry allows no anchors",
                    hint: "Remove the anchor; write each value out in full where it is used.")
            }
            switch node {
            case .mapping(let mapping): pending += mapping.flatMap { [$0.key, $0.value] }.reversed()
            case .sequence(let sequence): pending += sequence.reversed()
            case .scalar, .alias: break
            }
        }
        return nil
    }
}

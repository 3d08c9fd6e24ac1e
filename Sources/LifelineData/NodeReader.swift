import Foundation
import Yams

/// Walks a composed YAML document against the registry schema, recording every problem it finds.
///
/// It never stops at the first problem: a figure with a bad unit is still checked for its quote,
/// its source and its range, so that one run of `lifeline validate` lists everything to fix.
///
/// Scalars are typed by the schema, not by a YAML resolver: where a number is wanted, a plain scalar must be a
/// ``PlainNumber``; where text is wanted, anything but a null, a YAML 1.1 boolean word or a number. This file holds
/// the entry point and the building blocks; sources, figures, distributions, parameters, pools, models,
/// comparisons, assumptions, curves and readings each have an extension file.
struct NodeReader {
    let file: String
    /// Every problem kept so far, with the order it was found in; trimmed to the first `maximumDiagnostics` in
    /// file order whenever it grows to twice that, so a hostile file's millions of problems cannot fill memory.
    private var kept: [(order: Int, diagnostic: Diagnostic)] = []
    /// How many problems were found in all.
    private var found = 0

    /// How many problems are kept and listed; a file with more is not worth listing in full.
    static let maximumDiagnostics = 100

    /// The line of each figure's `source:` value, for precise messages about unknown sources.
    var sourceLines: [String: Int] = [:]

    /// The `sample:` of each figure drawn as a `sample-share`, resolved once every figure is read.
    var samples: [PendingSample] = []

    /// The file's lines, to find where a block scalar's text starts (see ``formulaText(_:)``).
    let lines: [Substring]

    /// A reader that names `file` in its diagnostics; `text` is the file's text, for the positions of formulas.
    init(file: String, text: String = "") {
        self.file = file
        self.lines = text.splitLines()
    }

    /// The first `maximumDiagnostics` problems in file order (by line and column; ties in the order found).
    var diagnostics: [Diagnostic] {
        kept.sorted {
            ($0.diagnostic.line ?? 0, $0.diagnostic.column ?? 0, $0.order) < ($1.diagnostic.line ?? 0, $1.diagnostic.column ?? 0, $1.order)
        }
        .prefix(Self.maximumDiagnostics).map(\.diagnostic)
    }

    /// Problems found beyond `maximumDiagnostics`, counted but not listed.
    var omitted: Int { max(0, found - Self.maximumDiagnostics) }

    static let topLevelKeys = [
        "paper", "sources", "figures", "parameters", "pools", "models", "comparisons", "assumptions", "curves", "readings",
        "archive",
    ]
    static let sourceKeys = [
        "id", "publisher", "title", "authors", "date", "date_note", "url", "archive", "note", "assessment", "sha256",
    ]
    static let figureKeys = [
        "id", "measures", "value", "low", "high", "unit", "year", "source", "quote", "note", "qualifier",
        "distribution", "mode", "name", "sample", "reading", "quote_before", "quote_after",
    ]

    // MARK: - Registry

    /// The registry in `root`, or nil when a problem leaves nothing to return; the problems are in `diagnostics`.
    mutating func readRegistry(_ root: Node) -> Registry? {
        guard let mapping = root.mapping else {
            fail(
                root, "the top level must be a mapping with the keys `sources` and `figures`",
                "Start the file with `sources:` and `figures:`.")
            return nil
        }
        let entries = keyed(mapping, allowed: Self.topLevelKeys, what: "the top level")
        var sources: [Source] = []
        var figures: [Figure] = []
        if let node = entries["sources"] {
            sources = list(node, key: "sources").compactMap { readSource($0) }
        } else {
            fail(root, "the key `sources` is missing", "Add a `sources:` list.")
        }
        if let node = entries["figures"] {
            figures = list(node, key: "figures").compactMap { readFigure($0) }
        } else {
            fail(root, "the key `figures` is missing", "Add a `figures:` list.")
        }
        resolveSamples(&figures)
        let declarations = ModelDeclarations(
            parameters: entries["parameters"].map { list($0, key: "parameters").compactMap { readParameter($0) } } ?? [],
            pools: entries["pools"].map { list($0, key: "pools").compactMap { readPool($0) } } ?? [],
            models: entries["models"].map { list($0, key: "models").compactMap { readModel($0) } } ?? [],
            comparisons: entries["comparisons"].map { list($0, key: "comparisons").compactMap { readComparison($0) } } ?? [],
            assumptions: entries["assumptions"].map { list($0, key: "assumptions").compactMap { readAssumption($0) } } ?? [],
            curves: entries["curves"].map { list($0, key: "curves").compactMap { readCurve($0) } } ?? [],
            readings: entries["readings"].map { list($0, key: "readings").compactMap { readReading($0) } } ?? [])
        checkUnique(sources.map { ($0.id, $0.line, "source") })
        checkUnique(
            figures.map { ($0.id, $0.line, "figure") } + declarations.parameters.map { ($0.id, $0.position.line, "parameter") }
                + declarations.pools.map { ($0.id, $0.position.line, "pool") }
                + declarations.models.map { ($0.id, $0.position.line, "model") })
        checkUnique(declarations.comparisons.map { ($0.id, $0.position.line, "comparison") })
        checkUnique(declarations.assumptions.map { ($0.id, $0.position.line, "assumption") })
        checkUnique(declarations.curves.map { ($0.id, $0.position.line, "curve") })
        checkUnique(declarations.readings.map { ($0.id, $0.position.line, "reading") })
        let known = Set(sources.map(\.id))
        for figure in figures where !known.contains(figure.source) {
            let hint =
                known.isEmpty
                ? "Add the source to `sources:`."
                : "Use one of the source ids (\(Excerpt.list(known.sorted()))) or add the source."
            record(
                Diagnostic(
                    file: file, line: sourceLines[figure.id], column: nil,
                    message: "figure `\(figure.id)` cites the source `\(Excerpt.of(figure.source))`, which does not exist", hint: hint))
        }
        var registry = Registry(sources: sources, figures: figures, declarations: declarations, origin: file)
        registry.paper = entries["paper"].flatMap { readPaper($0) }
        registry.archive = optionalText(entries["archive"], key: "archive")
        return registry
    }

    // MARK: - Building blocks

    /// The 1-based line of `node` (0 when it has no mark).
    func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    /// Where `node` starts in the file.
    func position(_ node: Node) -> TextPosition {
        TextPosition(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// Records a problem located at `node`.
    mutating func fail(_ node: Node, _ message: String, _ hint: String) {
        record(Diagnostic(file: file, line: node.mark?.line, column: node.mark?.column, message: message, hint: hint))
    }

    /// Keeps a problem, trimming the kept ones to the first `maximumDiagnostics` in file order when they pile up.
    mutating func record(_ diagnostic: Diagnostic) {
        kept.append((found, diagnostic))
        found += 1
        if kept.count >= 2 * Self.maximumDiagnostics {
            let first = diagnostics
            kept = first.enumerated().map { ($0.offset, $0.element) }
        }
    }

    /// The mapping's entries by key, reporting unknown, non-text and repeated keys.
    mutating func keyed(_ mapping: Node.Mapping, allowed: [String], what: String) -> [String: Node] {
        var entries: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string else {
                fail(key, "a key must be plain text", "Write keys as `name: value`.")
                continue
            }
            guard allowed.contains(name) else {
                let suggestion = Suggestion.didYouMean(name, in: allowed)
                fail(key, "unknown key `\(Excerpt.of(name))` in \(what)", "\(suggestion)Allowed keys: \(allowed.joined(separator: ", ")).")
                continue
            }
            if entries[name] != nil {
                fail(key, "the key `\(name)` appears twice", "Keep one of them.")
                continue
            }
            entries[name] = value
        }
        return entries
    }

    /// The keys of a list entry, a source or a figure: nil when `node` is not a mapping, unknown keys reported.
    mutating func entries(of node: Node, what: String, allowed: [String], shown: String) -> [String: Node]? {
        guard let mapping = node.mapping else {
            fail(node, "a \(what) must be a mapping of keys (\(shown), …)", "Write each \(what) as `- id: …` with its keys indented below.")
            return nil
        }
        return keyed(mapping, allowed: allowed, what: "a \(what)")
    }

    /// The entries of the list `node` (none for `null`), reporting anything that is not a list.
    mutating func list(_ node: Node, key: String) -> [Node] {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else {
            fail(node, "`\(key)` must be a list", "Write each entry on its own line starting with `- `.")
            return []
        }
        return Array(sequence)
    }

    /// The entry's `id`, checked to be a link anchor: lowercase letters, digits and hyphens.
    mutating func identifier(_ entries: [String: Node], in node: Node, what: String) -> String? {
        guard let id = requiredText(entries, "id", in: node), let idNode = entries["id"] else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, id.first != "-", !id.isEmpty else {
            fail(
                idNode, "the \(what) id `\(Excerpt.of(id))` may only hold lowercase letters, digits and hyphens",
                "Ids become link anchors in the report; write e.g. `dailynk-2021-crackdown`.")
            return nil
        }
        return id
    }

    /// The text under `key`, reporting it when missing.
    mutating func requiredText(_ entries: [String: Node], _ key: String, in node: Node) -> String? {
        guard let value = entries[key] else {
            fail(node, "the key `\(key)` is missing", "Add `\(key):`.")
            return nil
        }
        return text(value, key: key)
    }

    /// The text in `node`, or nil when it is absent or `null`.
    mutating func optionalText(_ node: Node?, key: String) -> String? {
        guard let node, !isNull(node) else { return nil }
        return text(node, key: key)
    }

    /// The text in `node`: a quoted scalar, or a plain one that YAML readers would not take for a boolean or a number.
    mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            fail(
                node, "`\(key)` must be text, not a \(node.mapping != nil ? "mapping" : "list")",
                "Write `\(key):` followed by the text on the same line, quoted if it contains `: ` or `#`.")
            return nil
        }
        if scalar.style == .plain {
            switch PlainNumber(scalar.string) {
            case .leadingZero(let corrected):
                failLeadingZero(node, key: key, corrected: corrected)
                return nil
            case .number, .notFinite:
                fail(node, "`\(key)` must be text, not `\(Excerpt.of(scalar.string))`", "Put the text in quotes.")
                return nil
            case .notANumber
            where Self.booleanWords.contains(scalar.string) || Self.nullWords.contains(scalar.string) && !scalar.string.isEmpty:
                fail(node, "`\(key)` must be text, not `\(Excerpt.of(scalar.string))`", "Put the text in quotes.")
                return nil
            case .notANumber: break
            }
        }
        guard !scalar.string.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            fail(node, "`\(key)` is empty", "Write the \(key), or remove the key if it is optional.")
            return nil
        }
        return scalar.string
    }

    /// The texts of the list `node` (none when absent or `null`).
    mutating func textList(_ node: Node?, key: String) -> [String] {
        guard let node, !isNull(node) else { return [] }
        guard let sequence = node.sequence else {
            fail(node, "`\(key)` must be a list of names", "Write `\(key): [First Author, Second Author]`.")
            return []
        }
        return sequence.compactMap { text($0, key: key) }
    }

    /// The text in `node` when it is one of `options`, reporting it (with a "did you mean") otherwise.
    mutating func choice(_ node: Node, key: String, options: [String]) -> String? {
        guard let name = node.scalar?.string, options.contains(name) else {
            let given = node.scalar.map { "`\(Excerpt.of($0.string))`" } ?? "a \(node.mapping != nil ? "mapping" : "list")"
            let suggestion = node.scalar.map { Suggestion.didYouMean($0.string, in: options) } ?? ""
            fail(node, "\(given) is not a known \(key)", "\(suggestion)Use one of: \(options.joined(separator: ", ")).")
            return nil
        }
        return name
    }

    /// The finite number in `node`: a plain scalar in ``PlainNumber``'s decimal grammar.
    mutating func number(_ node: Node, key: String) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain else {
            let given =
                node.scalar.map { "the quoted text \"\(Excerpt.of($0.string))\"" } ?? "a \(node.mapping != nil ? "mapping" : "list")"
            fail(node, "`\(key)` must be a number, not \(given)", "Write the number without quotes, e.g. `\(key): 0.3`.")
            return nil
        }
        switch PlainNumber(scalar.string) {
        case .number(let number) where number.isFinite:
            return number
        case .number, .notFinite:
            fail(
                node, "`\(key)` is `\(Excerpt.of(scalar.string))`, which is not a finite number",
                "Give a real number; an unknown bound is not data.")
        case .leadingZero(let corrected):
            failLeadingZero(node, key: key, corrected: corrected)
        case .notANumber:
            fail(
                node, "`\(key)` must be a number, not `\(Excerpt.of(scalar.string))`",
                "Write it in decimal digits, e.g. `34000`, `-5`, `0.3` or `1.5e6` (no % sign, thousands separators, `_`, `:` or `0x`/`0o`/`0b` prefix)."
            )
        }
        return nil
    }

    /// Reports a plain scalar with a leading zero, which YAML 1.1 readers take for octal (`034000` is 14336).
    private mutating func failLeadingZero(_ node: Node, key: String, corrected: String) {
        fail(
            node, "`\(key)` is `\(Excerpt.of(node.scalar?.string ?? ""))`, a number with a leading zero, which YAML may read as octal",
            "Remove the leading zero: `\(Excerpt.of(corrected))` (or quote it if it is text).")
    }

    /// Reports each id used more than once, at its second and later uses, naming the line (and the kind, when it
    /// differs) of the first.
    mutating func checkUnique(_ ids: [(id: String, line: Int, what: String)]) {
        var first: [String: (line: Int, what: String)] = [:]
        for (id, line, what) in ids {
            guard let earlier = first[id] else {
                first[id] = (line, what)
                continue
            }
            let kind = earlier.what == what ? "" : ", by a \(earlier.what)"
            let hint =
                earlier.what == what
                ? "Give each \(what) its own id."
                : "Figures, parameters, pools and models share one set of ids, as formulas name them all; rename one."
            record(
                Diagnostic(
                    file: file, line: line, message: "the \(what) id `\(id)` is used twice (first on line \(earlier.line)\(kind))",
                    hint: hint))
        }
    }

    /// The plain scalars YAML reads as null: `~`, `null`, `Null`, `NULL` and nothing at all.
    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
    /// The plain scalars YAML 1.1 reads as booleans; where text is wanted they must be quoted.
    static let booleanWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// Whether `node` is a plain null: `year: null`, `note: ~` or a key with no value.
    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return Self.nullWords.contains(scalar.string)
    }

    /// A number as the data file would write it, for messages.
    func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

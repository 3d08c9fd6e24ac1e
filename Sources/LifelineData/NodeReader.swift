import Foundation
import Yams

/// Walks a composed YAML document against the registry schema, recording every problem it finds.
///
/// It never stops at the first problem: a figure with a bad unit is still checked for its quote,
/// its source and its range, so that one run of `lifeline validate` lists everything to fix.
struct NodeReader {
    let file: String
    /// The problems found, in the order they were found; at most `maximumDiagnostics`.
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems found beyond `maximumDiagnostics`, counted but not kept: a hostile file can hold millions.
    private(set) var omitted = 0

    /// How many problems are kept and listed; a file with more is not worth listing in full.
    static let maximumDiagnostics = 100

    /// Whether the document was parsed with Yams' `basic` resolver, so that a plain scalar's tag is decided here
    /// (``PlainScalarTag``) rather than read from the node.
    let typesPlainScalars: Bool

    init(file: String, typesPlainScalars: Bool = false) {
        self.file = file
        self.typesPlainScalars = typesPlainScalars
    }

    static let sourceKeys = ["id", "publisher", "title", "authors", "date", "date_note", "url", "archive", "note"]
    static let figureKeys = [
        "id", "measures", "value", "low", "high", "unit", "year", "source", "quote", "note", "qualifier",
        "distribution", "mode",
    ]

    // MARK: - Registry

    mutating func readRegistry(_ root: Node) -> Registry? {
        guard let mapping = root.mapping else {
            fail(root, "the top level must be a mapping with the keys `sources` and `figures`",
                 "Start the file with `sources:` and `figures:`.")
            return nil
        }
        let entries = keyed(mapping, allowed: ["sources", "figures"], what: "the top level")
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
        checkUnique(sources.map { ($0.id, $0.line) }, what: "source")
        checkUnique(figures.map { ($0.id, $0.line) }, what: "figure")
        let known = Set(sources.map(\.id))
        for figure in figures where !known.contains(figure.source) {
            let hint = known.isEmpty ? "Add the source to `sources:`."
                : "Use one of the source ids (\(Excerpt.list(known.sorted()))) or add the source."
            record(Diagnostic(
                file: file, line: sourceLines[figure.id], column: nil,
                message: "figure `\(figure.id)` cites the source `\(Excerpt.of(figure.source))`, which does not exist", hint: hint))
        }
        return Registry(sources: sources, figures: figures, origin: file)
    }

    /// The line of each figure's `source:` value, for precise messages about unknown sources.
    private var sourceLines: [String: Int] = [:]

    // MARK: - Sources

    private mutating func readSource(_ node: Node) -> Source? {
        guard let mapping = node.mapping else {
            fail(node, "a source must be a mapping of keys (id, title, …)", "Write each source as `- id: …` with its keys indented below.")
            return nil
        }
        let entries = keyed(mapping, allowed: Self.sourceKeys, what: "a source")
        let id = identifier(entries, in: node, what: "source")
        let title = requiredText(entries, "title", in: node)
        let dateNote = requiredText(entries, "date_note", in: node)
        let date = optionalDate(entries["date"])
        guard let id, let title, let dateNote else { return nil }
        return Source(
            id: id, publisher: optionalText(entries["publisher"], key: "publisher"), title: title,
            authors: textList(entries["authors"], key: "authors"), date: date, dateNote: dateNote,
            url: optionalText(entries["url"], key: "url"), archive: optionalText(entries["archive"], key: "archive"),
            note: optionalText(entries["note"], key: "note"), line: line(node))
    }

    // MARK: - Figures

    private mutating func readFigure(_ node: Node) -> Figure? {
        guard let mapping = node.mapping else {
            fail(node, "a figure must be a mapping of keys (id, measures, value, …)", "Write each figure as `- id: …` with its keys indented below.")
            return nil
        }
        let entries = keyed(mapping, allowed: Self.figureKeys, what: "a figure")
        let id = identifier(entries, in: node, what: "figure")
        let measures = requiredText(entries, "measures", in: node)
        let quote = requiredText(entries, "quote", in: node)
        let source = requiredText(entries, "source", in: node)
        if let id, let sourceNode = entries["source"] { sourceLines[id] = line(sourceNode) }
        let unit = readUnit(entries, in: node)
        let year = readYear(entries, in: node)
        let value = readValue(entries, unit: unit, in: node)
        let qualifier: Qualifier? = entries["qualifier"].flatMap {
            choice($0, key: "qualifier", options: Qualifier.allCases.map(\.rawValue)).flatMap(Qualifier.init(rawValue:))
        }
        let distribution = readDistribution(entries, value: value, in: node)
        guard let id, let measures, let quote, let source, let unit, let year, let value else { return nil }
        return Figure(
            id: id, measures: measures, value: value, unit: unit, year: year, source: source, quote: quote,
            qualifier: qualifier, distribution: distribution, note: optionalText(entries["note"], key: "note"),
            line: line(node))
    }

    private mutating func readUnit(_ entries: [String: Node], in node: Node) -> MeasureUnit? {
        guard let unitNode = entries["unit"] else {
            fail(node, "the figure has no `unit`", "Add `unit:` with one of: \(MeasureUnit.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        return choice(unitNode, key: "unit", options: MeasureUnit.allCases.map(\.rawValue)).flatMap(MeasureUnit.init(rawValue:))
    }

    /// The figure's year: `nil` when invalid, `.some(nil)` for `year: null` (the source does not let one establish it).
    private mutating func readYear(_ entries: [String: Node], in node: Node) -> Int?? {
        guard let yearNode = entries["year"] else {
            fail(node, "the figure has no `year`", "Add `year:` with the year the number refers to, or `year: null` when the source does not say.")
            return nil
        }
        if isNull(yearNode) { return .some(nil) }
        guard let number = number(yearNode, key: "year") else { return nil }
        guard number == number.rounded(), (1900...2100).contains(number) else {
            fail(yearNode, "`year` must be a whole year between 1900 and 2100, not \(yearNode.scalar.map { Excerpt.of($0.string) } ?? "this")",
                 "Write the year as four digits, e.g. `year: 2018`.")
            return nil
        }
        return .some(Int(number))
    }

    private mutating func readValue(_ entries: [String: Node], unit: MeasureUnit?, in node: Node) -> FigureValue? {
        let point = entries["value"]
        let low = entries["low"]
        let high = entries["high"]
        let value: FigureValue
        switch (point, low, high) {
        case (let point?, nil, nil):
            guard let number = number(point, key: "value") else { return nil }
            value = .point(number)
        case (nil, let low?, let high?):
            let lowNumber = number(low, key: "low")
            let highNumber = number(high, key: "high")
            guard let lowNumber, let highNumber else { return nil }
            guard lowNumber <= highNumber else {
                fail(low, "`low` (\(format(lowNumber))) is above `high` (\(format(highNumber)))", "Swap them, or correct the one that is wrong.")
                return nil
            }
            value = .range(low: lowNumber, high: highNumber)
        case (nil, nil, nil):
            fail(node, "the figure has no number", "Give either `value:` or both `low:` and `high:`.")
            return nil
        case (_?, _, _):
            fail(point!, "the figure has both `value` and a range", "Give either `value:` or both `low:` and `high:`, not both.")
            return nil
        case (nil, let low?, nil):
            fail(low, "the figure has `low` but no `high`", "Add `high:`, or use `value:` for a single number.")
            return nil
        case (nil, nil, let high?):
            fail(high, "the figure has `high` but no `low`", "Add `low:`, or use `value:` for a single number.")
            return nil
        }
        let place = low ?? point!
        guard let unit else {
            if value.low < 0 { fail(place, "a figure cannot be negative, got \(format(value.low))", "Every unit counts people, things, money, time or shares; correct the sign.") }
            return value
        }
        if unit == .share, value.low < 0 || value.high > 1 {
            fail(place, "a share must lie between 0 and 1, got \(format(value.low))\(value.low == value.high ? "" : "–\(format(value.high))")",
                 "Shares are stored as fractions: write 30 % as 0.3.")
            return nil
        }
        if unit.isNonNegative, value.low < 0 {
            fail(place, "a \(unit == .people || unit == .count ? "count" : "amount") in \(unit.rawValue) cannot be negative, got \(format(value.low))",
                 "Correct the sign.")
            return nil
        }
        return value
    }

    private mutating func readDistribution(_ entries: [String: Node], value: FigureValue?, in node: Node) -> DistributionSpec? {
        let modeNode = entries["mode"]
        guard let distributionNode = entries["distribution"] else {
            if let modeNode {
                fail(modeNode, "`mode` is given without a distribution that uses it", "Add `distribution: triangular` or `distribution: pert`, or remove `mode`.")
            }
            return nil
        }
        guard let name = choice(distributionNode, key: "distribution", options: DistributionSpec.names) else { return nil }
        guard let value else { return nil }
        let isRange: Bool = if case .range = value { true } else { false }
        switch name {
        case "point":
            if isRange { fail(distributionNode, "`distribution: point` needs a single `value`, not a range", "Use `value:`, or another distribution for a range.") }
            return .point
        case "triangular", "pert":
            guard isRange else {
                fail(distributionNode, "`distribution: \(name)` needs a range (`low` and `high`)", "Give `low:` and `high:`.")
                return nil
            }
            guard let modeNode else {
                fail(distributionNode, "`distribution: \(name)` needs a `mode`", "Add `mode:` with the most likely value between low and high.")
                return nil
            }
            guard let mode = number(modeNode, key: "mode") else { return nil }
            guard mode >= value.low, mode <= value.high else {
                fail(modeNode, "`mode` (\(format(mode))) lies outside the range \(format(value.low))–\(format(value.high))", "Choose a mode between low and high.")
                return nil
            }
            return name == "pert" ? .pert(mode: mode) : .triangular(mode: mode)
        case "lognormal":
            guard isRange, value.low > 0 else {
                fail(distributionNode, "`distribution: lognormal` needs a range with `low` above 0", "Give a positive range, or use `uniform`.")
                return nil
            }
            return .lognormal
        case "discrete":
            guard isRange, value.low == value.low.rounded(), value.high == value.high.rounded() else {
                fail(distributionNode, "`distribution: discrete` needs a range of whole numbers", "Give whole-number `low:` and `high:`, e.g. 1 and 2 for \"once or twice a year\".")
                return nil
            }
            return .discrete
        default:
            if modeNode != nil { fail(modeNode!, "`mode` is only used by triangular and pert distributions", "Remove `mode`.") }
            return .uniform
        }
    }

    // MARK: - Building blocks

    private func line(_ node: Node) -> Int { node.mark?.line ?? 0 }

    private mutating func fail(_ node: Node, _ message: String, _ hint: String) {
        record(Diagnostic(file: file, line: node.mark?.line, column: node.mark?.column, message: message, hint: hint))
    }

    /// Keeps the first `maximumDiagnostics` problems and counts the rest.
    private mutating func record(_ diagnostic: Diagnostic) {
        if diagnostics.count < Self.maximumDiagnostics { diagnostics.append(diagnostic) } else { omitted += 1 }
    }

    /// The mapping's entries by key, reporting unknown, non-text and repeated keys.
    private mutating func keyed(_ mapping: Node.Mapping, allowed: [String], what: String) -> [String: Node] {
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

    private mutating func list(_ node: Node, key: String) -> [Node] {
        if isNull(node) { return [] }
        guard let sequence = node.sequence else {
            fail(node, "`\(key)` must be a list", "Write each entry on its own line starting with `- `.")
            return []
        }
        return Array(sequence)
    }

    private mutating func identifier(_ entries: [String: Node], in node: Node, what: String) -> String? {
        guard let id = requiredText(entries, "id", in: node) else { return nil }
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, id.first != "-", !id.isEmpty else {
            fail(entries["id"]!, "the \(what) id `\(Excerpt.of(id))` may only hold lowercase letters, digits and hyphens",
                 "Ids become link anchors in the report; write e.g. `dailynk-2021-crackdown`.")
            return nil
        }
        return id
    }

    private mutating func requiredText(_ entries: [String: Node], _ key: String, in node: Node) -> String? {
        guard let value = entries[key] else {
            fail(node, "the key `\(key)` is missing", "Add `\(key):`.")
            return nil
        }
        return text(value, key: key)
    }

    private mutating func optionalText(_ node: Node?, key: String) -> String? {
        guard let node, !isNull(node) else { return nil }
        return text(node, key: key)
    }

    private mutating func text(_ node: Node, key: String) -> String? {
        guard let scalar = node.scalar else {
            fail(node, "`\(key)` must be text, not a \(node.mapping != nil ? "mapping" : "list")", "Write `\(key):` followed by the text on the same line, quoted if it contains `: ` or `#`.")
            return nil
        }
        guard isText(node) else {
            fail(node, "`\(key)` must be text, not `\(Excerpt.of(scalar.string))`", "Put the text in quotes.")
            return nil
        }
        guard !scalar.string.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            fail(node, "`\(key)` is empty", "Write the \(key), or remove the key if it is optional.")
            return nil
        }
        return scalar.string
    }

    private mutating func textList(_ node: Node?, key: String) -> [String] {
        guard let node, !isNull(node) else { return [] }
        guard let sequence = node.sequence else {
            fail(node, "`\(key)` must be a list of names", "Write `\(key): [First Author, Second Author]`.")
            return []
        }
        return sequence.compactMap { text($0, key: key) }
    }

    private mutating func optionalDate(_ node: Node?) -> String? {
        guard let node, !isNull(node) else { return nil }
        guard let scalar = node.scalar else {
            fail(node, "`date` must be a date, not a \(node.mapping != nil ? "mapping" : "list")", "Write `date: 2018-08-27`, `2018-08` or `2018`.")
            return nil
        }
        let text = scalar.string
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shapeOK = parts.count <= 3 && parts.enumerated().allSatisfy { index, part in
            part.count == (index == 0 ? 4 : 2) && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
        }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        guard shapeOK, (1...12).contains(month), (1...31).contains(day) else {
            fail(node, "`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not `\(Excerpt.of(text))`", "Write the date as precisely as the article establishes it, e.g. `2018-08-27` or `2021`.")
            return nil
        }
        return text
    }

    private mutating func choice(_ node: Node, key: String, options: [String]) -> String? {
        guard let name = node.scalar?.string, options.contains(name) else {
            let given = node.scalar.map { "`\(Excerpt.of($0.string))`" } ?? "a \(node.mapping != nil ? "mapping" : "list")"
            let suggestion = node.scalar.map { Suggestion.didYouMean($0.string, in: options) } ?? ""
            fail(node, "\(given) is not a known \(key)", "\(suggestion)Use one of: \(options.joined(separator: ", ")).")
            return nil
        }
        return name
    }

    private mutating func number(_ node: Node, key: String) -> Double? {
        guard let scalar = node.scalar, scalar.style == .plain else {
            let given = node.scalar.map { "the quoted text \"\(Excerpt.of($0.string))\"" } ?? "a \(node.mapping != nil ? "mapping" : "list")"
            fail(node, "`\(key)` must be a number, not \(given)", "Write the number without quotes, e.g. `\(key): 0.3`.")
            return nil
        }
        let number: Double?
        switch tag(of: node) {
        case .int: number = Int.construct(from: scalar).map(Double.init)
        case .float: number = Double.construct(from: scalar)
        default: number = nil
        }
        guard let number else {
            fail(node, "`\(key)` must be a number, not `\(Excerpt.of(scalar.string))`", "Write digits only, e.g. `34000` or `0.3` (no % sign, no thousands separators).")
            return nil
        }
        guard number.isFinite else {
            fail(node, "`\(key)` is `\(Excerpt.of(scalar.string))`, which is not a finite number", "Give a real number; an unknown bound is not data.")
            return nil
        }
        return number
    }

    private mutating func checkUnique(_ ids: [(id: String, line: Int)], what: String) {
        var firstLine: [String: Int] = [:]
        for (id, line) in ids {
            if let first = firstLine[id] {
                record(Diagnostic(
                    file: file, line: line, message: "the \(what) id `\(id)` is used twice (first on line \(first))",
                    hint: "Give each \(what) its own id."))
            } else {
                firstLine[id] = line
            }
        }
    }

    private func isNull(_ node: Node) -> Bool {
        node.scalar?.style == .plain && tag(of: node) == .null
    }

    private func isText(_ node: Node) -> Bool {
        guard let scalar = node.scalar else { return false }
        if scalar.style != .plain { return true }
        return tag(of: node) == .str
    }

    /// The node's YAML tag: for a plain scalar of a document without explicit tags, decided from its text.
    private func tag(of node: Node) -> Tag.Name {
        if typesPlainScalars, let scalar = node.scalar, scalar.style == .plain { return PlainScalarTag.of(scalar.string) }
        return Tag.Name(rawValue: node.tag.rawValue)
    }

    private func format(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}

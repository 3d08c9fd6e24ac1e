import Foundation

/// What a chart draws, read from its template `chart-NAME.txt.mustache`: plain-text lines such as
/// `kind: distribution` and `model: sk-gross-flow`, read from the template's source before anything is rendered,
/// so each id keeps its line and column for messages. The same file's other lines are the chart's words.
struct ChartDeclaration: Sendable {
    /// A declaration line's name.
    enum Key: String, CaseIterable, Sendable {
        /// What the chart draws (``ChartKind``).
        case kind
        /// The model a distribution or tornado draws.
        case model
        /// The figures of a point-range, in the order of their rows.
        case figures
        /// The model whose interval a point-range adds as its emphasised last row.
        case pooled
        /// The models whose sources a chart cites.
        case models
        /// The curve (of the data's `curves:`) a curve chart draws.
        case curve
    }

    /// One word of a declaration line (an id or a kind) and where it is written.
    struct Reference: Sendable, Equatable {
        /// The word.
        var id: String
        /// 1-based line in the template.
        var line: Int
        /// 1-based column of the word's first character.
        var column: Int
    }

    /// The chart's name, e.g. `annual-flow`.
    let name: String
    /// The template's file name, e.g. `chart-annual-flow.txt.mustache`.
    let file: String
    /// The template's path for messages.
    let path: String
    /// The words of each declaration line (a later line with the same key replaces an earlier one).
    let lines: [Key: [Reference]]

    /// The start of every chart template's name.
    static let filePrefix = "chart-"
    /// The end of every chart template's name.
    static let fileSuffix = ".txt.mustache"

    /// The chart's name for a template file's name, or nil when the file is not a chart's.
    static func chartName(ofFile file: String) -> String? {
        guard file.hasPrefix(filePrefix), file.hasSuffix(fileSuffix), file.count > filePrefix.count + fileSuffix.count else {
            return nil
        }
        return String(file.dropFirst(filePrefix.count).dropLast(fileSuffix.count))
    }

    /// The names of the charts `templates` declare: one for each `chart-NAME.txt.mustache`, sorted by name.
    static func names(in templates: TemplateSet) -> [String] {
        templates.files.keys.compactMap(chartName(ofFile:)).sorted()
    }

    /// Every chart `templates` declare, sorted by name.
    static func all(in templates: TemplateSet) -> [ChartDeclaration] {
        names(in: templates).map { name in
            let file = filePrefix + name + fileSuffix
            return ChartDeclaration(name: name, file: file, path: templates.path(file), text: templates.files[file] ?? "")
        }
    }

    /// Reads the declaration lines of `text`: a line that starts (at its first column, outside a `{{! … }}`
    /// comment) with a key and a colon; a list's ids are separated by commas.
    init(name: String, file: String, path: String, text: String) {
        self.name = name
        self.file = file
        self.path = path
        var lines: [Key: [Reference]] = [:]
        var inComment = false
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if inComment {
                inComment = !line.contains("}}")
                continue
            }
            if line.hasPrefix("{{!") {
                inComment = !line.dropFirst(3).contains("}}")
                continue
            }
            guard let colon = line.firstIndex(of: ":"), let key = Key(rawValue: String(line[..<colon])) else { continue }
            var words: [Reference] = []
            var start = line.index(after: colon)
            while true {
                let end = line[start...].firstIndex(of: ",") ?? line.endIndex
                if let first = line[start..<end].firstIndex(where: { !$0.isWhitespace }) {
                    let word = line[first..<end].trimmingCharacters(in: .whitespaces)
                    words.append(Reference(id: word, line: index + 1, column: line.distance(from: line.startIndex, to: first) + 1))
                }
                guard end < line.endIndex else { break }
                start = line.index(after: end)
            }
            lines[key] = words
        }
        self.lines = lines
    }

    /// The first word of the line `key`, if written.
    func reference(_ key: Key) -> Reference? { lines[key]?.first }

    /// The id of the line `key` (empty when not written; the checks require it where a kind needs it).
    func id(_ key: Key) -> String { reference(key)?.id ?? "" }

    /// The ids of the list line `key`, in order (empty when not written).
    func ids(_ key: Key) -> [String] { (lines[key] ?? []).map(\.id) }

    /// The declared kind, if it is one.
    var kind: ChartKind? { reference(.kind).flatMap { ChartKind(rawValue: $0.id) } }
}

import Foundation
import LifelineData

/// What a chart or table template declares in its first lines: plain-text lines such as `kind: models` and
/// `models: sk-gross-flow, sk-survey-flow`, read from the template's source before anything is rendered, so each
/// word keeps its line and column for messages. The same file's other lines are its words. `Kind` says which
/// template it is (``ChartKind`` for `chart-NAME.txt.mustache`, ``TableKind`` for `table-NAME.txt.mustache`).
struct TemplateDeclaration<Kind: DeclaredKind>: Sendable {
    /// A declaration line's name.
    typealias Key = Kind.Key
    /// One word of a declaration line and where it is written.
    typealias Reference = DeclarationReference

    /// The template's name, e.g. `annual-flow`.
    let name: String
    /// The template's file name, e.g. `chart-annual-flow.txt.mustache`.
    let file: String
    /// The template's path for messages.
    let path: String
    /// The words of each declaration line (a later line with the same key replaces an earlier one).
    let lines: [Key: [DeclarationReference]]

}

extension TemplateDeclaration {
    /// How messages name such a template: `chart` or `table`.
    static var noun: String { Kind.noun }
    /// What such a template does with what it names, for hints: `draws` or `shows`.
    static var verb: String { Kind.verb }
    /// The start of every such template's file name: `chart-` or `table-`.
    static var filePrefix: String { Kind.filePrefix }
    /// The line that names the kind.
    static var kindKey: Key { Kind.kindKey }
    /// The end of every chart and table template's name.
    static var fileSuffix: String { ".txt.mustache" }

    /// The name for a template file's name, or nil when the file is not one of these.
    static func name(ofFile file: String) -> String? {
        guard file.hasPrefix(filePrefix), file.hasSuffix(fileSuffix), file.count > filePrefix.count + fileSuffix.count else {
            return nil
        }
        return String(file.dropFirst(filePrefix.count).dropLast(fileSuffix.count))
    }

    /// The names `templates` declare: one for each `PREFIX-NAME.txt.mustache`, sorted by name.
    static func names(in templates: TemplateSet) -> [String] {
        templates.files.keys.compactMap(name(ofFile:)).sorted()
    }

    /// Every declaration `templates` hold, sorted by name.
    static func all(in templates: TemplateSet) -> [Self] {
        names(in: templates).map { name in
            let file = filePrefix + name + fileSuffix
            return Self(name: name, file: file, path: templates.path(file), text: templates.files[file] ?? "")
        }
    }

    /// Reads the declaration lines of `text`: a line that starts (at its first column, outside a `{{! … }}`
    /// comment) with a key and a colon; a list's words are separated by commas.
    init(name: String, file: String, path: String, text: String) {
        var lines: [Key: [DeclarationReference]] = [:]
        var inComment = false
        for (index, line) in text.splitLines().enumerated() {
            if inComment {
                inComment = !line.containsText("}}")
                continue
            }
            if line.hasPrefix("{{!") {
                inComment = !line.dropFirst(3).containsText("}}")
                continue
            }
            guard let colon = line.firstIndex(of: ":"), let key = Key(rawValue: String(line[..<colon])) else { continue }
            var words: [DeclarationReference] = []
            var start = line.index(after: colon)
            while true {
                let end = line[start...].firstIndex(of: ",") ?? line.endIndex
                if let first = line[start..<end].firstIndex(where: { !$0.isWhitespace }) {
                    let word = line[first..<end].trimmingCharacters(in: .whitespaces)
                    words.append(
                        DeclarationReference(id: word, line: index + 1, column: line.distance(from: line.startIndex, to: first) + 1))
                }
                guard end < line.endIndex else { break }
                start = line.index(after: end)
            }
            lines[key] = words
        }
        self.init(name: name, file: file, path: path, lines: lines)
    }

    /// The first word of the line `key`, if written.
    func reference(_ key: Key) -> DeclarationReference? { lines[key]?.first }

    /// The id of the line `key` (empty when not written; the checks require it where a kind needs it).
    func id(_ key: Key) -> String { reference(key)?.id ?? "" }

    /// The ids of the list line `key`, in order (empty when not written).
    func ids(_ key: Key) -> [String] { (lines[key] ?? []).map(\.id) }

    /// The declared kind, if it is one.
    var kind: Kind? { reference(Kind.kindKey).flatMap { Kind(rawValue: $0.id) } }
}

import Foundation
import LifelineData

/// The words of a chart or table, rendered from its `*.txt.mustache` template as named lines, one a line:
/// `title: Every intermediary compounds the loss`. Blank lines are skipped; a later line with the same name
/// replaces an earlier one.
struct TemplateLabels {
    /// The template the words come from, e.g. `chart-fee-erosion.txt.mustache`.
    let file: String
    /// Where the template came from, for messages.
    let path: String
    /// The text of each line by its name.
    let lines: [String: String]

    /// Renders `file` with `context` (through the strict check) and reads its lines.
    init(file: String, renderer: TemplateRenderer, context: [String: Any]) throws(RenderError) {
        self.file = file
        path = renderer.templates.path(file)
        let text = try renderer.render(file, context: context)
        var lines: [String: String] = [:]
        // Read as bytes: the separators and the spaces trimmed are ASCII, so every cut falls between characters.
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            lines[Self.trimmed(line[..<colon])] = Self.trimmed(line[line.index(after: colon)...])
        }
        self.lines = lines
    }

    /// `text` without the white space (`CharacterSet.whitespaces`) at either end: ASCII spaces and tabs are cut
    /// as bytes, and Foundation looks only at ends that are not ASCII (a no-break space, say).
    private static func trimmed(_ text: Substring.UTF8View) -> String {
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        let kept = Substring(text[first...last])
        guard text[first] < 0x80, text[last] < 0x80 else { return kept.trimmingCharacters(in: .whitespaces) }
        return String(kept)
    }

    /// The line called `name`, or an error asking for it.
    func callAsFunction(_ name: String) throws(RenderError) -> String {
        guard let text = lines[name] else {
            throw .templates(
                Diagnostic(
                    file: path, message: "the template gives no line `\(name): …`",
                    hint: "Add a line that starts with `\(name):` followed by the text to show."))
        }
        return text
    }

    /// The table's columns from the line `columns: Source | Reported cut | …`, aligned as given; the count must match.
    func columns(_ alignments: [Table.Alignment]) throws(RenderError) -> [Table.Column] {
        let names = try self("columns").components(separatedBy: " | ")
        guard names.count == alignments.count else {
            throw .templates(
                Diagnostic(
                    file: path, message: "the line `columns:` names \(names.count) columns; the table has \(alignments.count)",
                    hint: "Write \(alignments.count) column names separated by ` | `."))
        }
        return zip(names, alignments).map { Table.Column($0, $1) }
    }
}

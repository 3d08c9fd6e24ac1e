import CCmark
import Foundation

extension WordBody {
    /// Tables this many rows long or shorter are kept on one page; longer ones may break between rows.
    static let rowsKeptTogether = 12

    /// The paragraph `node` as a Word table if its source lines are a GitHub pipe table (a header row, then a
    /// delimiter row of `:---` and `---:`); false, writing nothing, otherwise. cmark without the table extension
    /// reads such a table as a paragraph, so its rows are split from the source lines, the way GFM splits them
    /// (at each `|` not escaped by a backslash), and each cell is parsed as inline Markdown on its own.
    mutating func table(_ node: OpaquePointer) -> Bool {
        let first = Int(cmark_node_get_start_line(node)) - 1, last = Int(cmark_node_get_end_line(node)) - 1
        guard first >= 0, last > first, last < lines.count, lines[first].hasPrefix("|") else { return false }
        let delimiter = Self.cells(of: lines[first + 1])
        guard !delimiter.isEmpty, delimiter.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ":- ".contains($0) } && $0.contains("-") })
        else { return false }
        let alignments = delimiter.map { $0.hasSuffix(":") }
        let sourceRows = ([first] + Array(first + 2...last)).map { Self.cells(of: lines[$0]) }

        // Each cell parsed once: its plain text sizes the columns, its inlines fill the cell.
        var documents: [[OpaquePointer]] = []
        defer { documents.joined().forEach { cmark_node_free($0) } }
        for row in sourceRows {
            var parsed: [OpaquePointer] = []
            for index in delimiter.indices {
                if let document = CommonMark.parse(index < row.count ? row[index] : "", options: CMARK_OPT_DEFAULT) {
                    parsed.append(document)
                }
            }
            if parsed.count == delimiter.count { documents.append(parsed) } else { parsed.forEach { cmark_node_free($0) } }
        }
        let widths = WordTableLayout.widths(cells: documents.map { $0.map { CommonMark.plainText(of: $0) } }, total: textWidth)

        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/>"
        xml +=
            "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        let keepTogether = documents.count <= Self.rowsKeptTogether + 1
        for (rowIndex, row) in documents.enumerated() {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (rowIndex == 0 ? "<w:tblHeader/>" : "") + "</w:trPr>"
            let keepNext = rowIndex == 0 || (keepTogether && rowIndex < documents.count - 1)
            for (column, document) in row.enumerated() {
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:pStyle w:val=\"TableText\"/>"
                xml += (keepNext ? "<w:keepNext/>" : "") + (alignments[column] ? "<w:jc w:val=\"right\"/>" : "") + "</w:pPr>"
                if let block = cmark_node_first_child(document) { inlines(of: block) }
                xml += "</w:p></w:tc>"
            }
            xml += "</w:tr>"
        }
        xml += "</w:tbl>"
        return true
    }

    /// The cells of one pipe-table row, their Markdown as written (escapes kept), without the outer pipes and the
    /// spaces around each cell.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in line.trimmingCharacters(in: .whitespaces) {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                current.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        // The leading and trailing pipes leave an empty first and last piece.
        if cells.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingCharacters(in: .whitespaces).isEmpty == true { cells.removeLast() }
        return cells.map { $0.trimmingCharacters(in: .whitespaces) }
    }
}

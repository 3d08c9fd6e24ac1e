/// A numbered table with a caption, written as a pipe table for Markdown readers (GitHub, pandoc)
/// and as an HTML `<table>` with `<caption>` and `<th scope>` for the HTML page, because Debian's
/// libcmark has no table extension and would turn a pipe table into a paragraph.
public struct Table: Sendable {
    /// How a column's cells are aligned.
    public enum Alignment: Sendable { case left, right }

    /// A column heading and alignment.
    public struct Column: Sendable {
        /// The heading text.
        public var title: String
        /// Numbers align right.
        public var alignment: Alignment
        /// Creates a column.
        public init(_ title: String, _ alignment: Alignment = .left) {
            self.title = title
            self.alignment = alignment
        }
    }

    /// Anchor id, e.g. `table-fee-evidence`.
    public var id: String
    /// "Table 1", "Table 2", … assigned in reading order.
    public var label: String
    /// What the table shows, with its citations.
    public var caption: [Inline]
    /// The columns.
    public var columns: [Column]
    /// The cells, row by row; the first cell of each row is its header.
    public var rows: [[[Inline]]]
    /// An anchor id for each row that has one (e.g. `fig-sk-share-sending`), by row; a link to `#ID` lands on the row.
    public var rowIDs: [String?]

    /// Creates a table; `rowIDs` gives rows anchors (by position; missing or nil: none).
    public init(id: String, label: String, caption: [Inline], columns: [Column], rows: [[[Inline]]], rowIDs: [String?] = []) {
        self.id = id
        self.label = label
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.rowIDs = rowIDs
    }

    /// The anchor id of row `index`, if it has one.
    private func rowID(_ index: Int) -> String? { index < rowIDs.count ? rowIDs[index] : nil }

    /// A GitHub-flavoured pipe table preceded by its caption, with an anchor for cross-references.
    public var markdown: String {
        var lines = [anchor + "**\(label).** \(caption.markdown)", ""]
        lines.append("| " + columns.map { MarkdownText.escape($0.title) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { $0.alignment == .right ? "---:" : ":---" }.joined(separator: "|") + "|")
        for (index, row) in rows.enumerated() {
            // A row's anchor opens its first cell, where GitHub and pandoc keep raw inline HTML.
            let anchor = rowID(index).map { "<a id=\"\(HTMLText.escape($0))\"></a>" } ?? ""
            lines.append("| " + anchor + row.map(\.markdown).joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    /// An HTML table on lines with no blank line inside, so that CommonMark passes it through as one HTML block.
    public var html: String {
        var lines = [
            "<table id=\"\(id)\">", "<caption><span class=\"label\">\(label).</span> \(caption.html)</caption>", "<thead>", "<tr>",
        ]
        lines += columns.map { "<th scope=\"col\"\(alignAttribute($0.alignment))>\(HTMLText.escape($0.title))</th>" }
        lines += ["</tr>", "</thead>", "<tbody>"]
        for (index, row) in rows.enumerated() {
            lines.append(rowID(index).map { "<tr id=\"\(HTMLText.escape($0))\">" } ?? "<tr>")
            for (index, cell) in row.enumerated() {
                let alignment = index < columns.count ? columns[index].alignment : .left
                lines.append(
                    index == 0
                        ? "<th scope=\"row\"\(alignAttribute(alignment))>\(cell.html)</th>"
                        : "<td\(alignAttribute(alignment))>\(cell.html)</td>")
            }
            lines.append("</tr>")
        }
        lines += ["</tbody>", "</table>"]
        return lines.joined(separator: "\n")
    }

    private func alignAttribute(_ alignment: Alignment) -> String {
        alignment == .right ? " class=\"num\"" : ""
    }
}

/// A numbered block of the report (a table or a chart) that templates place with `{{{name.block}}}`
/// and refer to with `{{{name.ref}}}`.
public protocol ReportBlock: Sendable {
    /// Anchor id that cross-references link to.
    var id: String { get }
    /// "Table 1", "Figure 2", …
    var label: String { get }
    /// The block for Markdown readers and pandoc.
    var markdown: String { get }
    /// The block as HTML, for the Markdown handed to libcmark.
    var html: String { get }
}

extension Table: ReportBlock {}
extension ChartFigure: ReportBlock {}

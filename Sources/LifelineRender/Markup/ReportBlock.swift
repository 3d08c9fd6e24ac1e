/// A numbered block of the report (a table or a chart) that templates place with `{{{name.block}}}`
/// and refer to with `{{{name.ref}}}`.
public protocol ReportBlock: Sendable {
    /// Anchor id that cross-references link to.
    var id: String { get }
    /// "Table 1", "Figure 2", …
    var label: String { get set }
    /// The block for Markdown readers and pandoc.
    var markdown: String { get }
    /// The block as HTML, for the Markdown handed to libcmark.
    var html: String { get }
}

extension ReportBlock {
    /// The empty anchor that starts the block's Markdown: cross-references link to it, and the report's
    /// numbering finds blocks by it.
    public var anchor: String { "<a id=\"\(id)\"></a>" }

    /// `[Table 1](#table-fee-evidence)`: the link that refers to the block.
    public var reference: String { Inline.link([.text(label)], target: "#" + id).markdown }
}

extension Table: ReportBlock {}
extension ChartFigure: ReportBlock {}

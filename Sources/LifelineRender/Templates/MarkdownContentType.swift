import Mustache

/// Mustache content type for Markdown templates: `{{name}}` escapes data with `MarkdownText.escape`,
/// `{{{name}}}` inserts fragments that Lifeline has already built safely (tables, figures, citations).
struct MarkdownContentType: MustacheContentType {
    /// The name templates are registered under.
    static let name = "MARKDOWN"

    /// Registers the content type once per process.
    static let registered: Void = MustacheContentTypes.register(MarkdownContentType(), named: name)

    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}

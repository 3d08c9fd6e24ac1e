import Mustache

/// A context value that Lifeline has already built as markup (a citation, a link to a block, a table, a chart):
/// templates place it with `{{{name}}}`, and the strict check refuses `{{name}}`, which would print it escaped.
struct SafeMarkup: MustacheCustomRenderable, CustomStringConvertible, Sendable {
    /// The Markdown or HTML, inserted as it is.
    let markup: String

    /// Wraps markup built by Lifeline; never wrap text that came from the data.
    init(_ markup: String) { self.markup = markup }

    /// What `{{{name}}}` inserts.
    var renderText: String { markup }

    /// Markup is never Mustache's null: a section over it renders.
    var isNull: Bool { false }

    /// The markup itself.
    var description: String { markup }
}

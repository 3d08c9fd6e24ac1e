/// Where the words of the tables and charts come from: their `*.txt.mustache` templates, rendered with the
/// report's context plus, under `chart` or `table`, the values only that chart or table needs.
struct ReportText {
    /// The parsed templates.
    let renderer: TemplateRenderer
    /// The report's shared context (figures, sources, models, analysis values).
    let context: [String: Any]
    /// The words values are built from (`words.txt.mustache`): intervals and ranges.
    let words: ReportContext.Words

    /// The words of the report whose context is `context`.
    init(renderer: TemplateRenderer, context: ReportContext) {
        self.renderer = renderer
        self.context = context.values
        self.words = context.words
    }

    /// The labels of `file`, with `values` under `key` in the context.
    func labels(_ file: String, _ key: String = "chart", _ values: [String: Any] = [:]) throws(RenderError) -> TemplateLabels {
        var context = self.context
        context[key] = values
        return try TemplateLabels(file: file, renderer: renderer, context: context)
    }

    /// The words every table and figure shares (`labels.txt.mustache`): `table`, `figure`, `sources`.
    func common() throws(RenderError) -> TemplateLabels { try labels("labels.txt.mustache") }
}

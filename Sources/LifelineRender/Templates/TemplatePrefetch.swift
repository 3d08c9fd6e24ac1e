import LifelineAnalysis

/// The embedded templates, parsed on a thread of their own from the moment this is made. `build` and `validate`
/// start it while their arguments are still being parsed (most projects fill the embedded templates), and
/// ``ReportBuilder/loading(project:templates:prefetched:date:analysisOptions:)`` takes the parse when the project's
/// templates turn out to be the embedded ones; otherwise it is left unused.
public final class TemplatePrefetch: Sendable {
    private let parse: Prefetched<Result<TemplateRenderer, RenderError>>

    /// Starts parsing the embedded templates.
    public init() {
        parse = Prefetched { Result { () throws(RenderError) in try TemplateRenderer(templates: .embedded) } }
    }

    /// The parsed templates when `templates` are the embedded ones (waiting for the parse), else nil.
    func renderer(for templates: TemplateSet) throws(RenderError) -> TemplateRenderer? {
        guard templates == .embedded else { return nil }
        return try parse.value.get()
    }
}

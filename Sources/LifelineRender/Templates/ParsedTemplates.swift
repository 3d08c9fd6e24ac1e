/// A project's templates, read and parsed (every syntax error found), ready to fill: what
/// ``ReportBuilder/loading(project:parsedTemplates:date:analysisOptions:)`` takes, so that a caller can parse them
/// before the build starts (the command line tool does it while the data is read).
public struct ParsedTemplates: Sendable {
    /// The parsed templates.
    let renderer: TemplateRenderer

    /// Parses every template in `templates`; throws their syntax errors, all at once.
    public init(_ templates: TemplateSet) throws(RenderError) {
        renderer = try TemplateRenderer(templates: templates)
    }
}

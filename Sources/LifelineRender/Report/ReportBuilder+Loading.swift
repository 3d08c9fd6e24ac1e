import LifelineAnalysis
import LifelineData

extension ReportBuilder {
    /// A builder for the registry and templates that `registry` and `templates` load, loaded side by side: the
    /// templates are read and parsed on a second thread while this one reads the data file.
    ///
    /// Errors are reported as if the two loaded one after the other: a registry error first, then a template error
    /// (a missing folder, or syntax errors, all at once).
    public static func loading(
        registry: () throws -> Registry, templates: () throws -> TemplateSet,
        date: String? = nil, analysisOptions: AnalysisOptions = AnalysisOptions()
    ) throws -> ReportBuilder {
        let (loadedRegistry, parsed) = inParallel(
            { Result { try registry() } },
            { Result { () throws -> TemplateRenderer in try TemplateRenderer(templates: try templates()) } })
        let registry = try loadedRegistry.get()
        let renderer = try parsed.get()
        var builder = ReportBuilder(registry: registry, templates: renderer.templates, date: date, analysisOptions: analysisOptions)
        builder.parsedTemplates = renderer
        return builder
    }
}

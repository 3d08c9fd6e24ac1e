import LifelineAnalysis
import LifelineData

extension ReportBuilder {
    /// A builder for the registry and templates that `registry` and `templates` load, loaded side by side: the
    /// templates are read and parsed on a thread of their own while this one reads the data file and runs the
    /// analysis, which ``build()`` then uses (parsing took a fifth of a build, and the analysis does not need the
    /// templates). The analysis spreads its draws over threads from this thread, as it would in ``build()``.
    ///
    /// Errors are reported as if the steps ran one after the other: a registry error first, then a template error
    /// (a missing folder, or syntax errors, all at once), then, from ``build()``, an analysis error.
    public static func loading(
        registry: () throws -> Registry, templates: () throws -> TemplateSet,
        date: String? = nil, analysisOptions: AnalysisOptions = AnalysisOptions()
    ) throws -> ReportBuilder {
        try loading(
            project: { (try registry(), nil) }, parsedTemplates: { try ParsedTemplates(try templates()) }, date: date,
            analysisOptions: analysisOptions)
    }

    /// ``loading(registry:templates:date:analysisOptions:)`` for a project whose loading also compiles its models
    /// (to report their errors), so that the analysis runs that program instead of compiling the models again, and
    /// whose templates may have been parsed already (the closure runs beside the analysis, as the parse would).
    public static func loading(
        project: () throws -> (registry: Registry, program: CompiledProgram?), parsedTemplates: () throws -> ParsedTemplates,
        date: String? = nil, analysisOptions: AnalysisOptions = AnalysisOptions()
    ) throws -> ReportBuilder {
        let (parsed, loaded) = alongside(
            { Result { () throws -> TemplateRenderer in try parsedTemplates().renderer } },
            {
                Result { () throws -> (Registry, Result<AnalysisResult, AnalysisError>) in
                    let (registry, program) = try project()
                    return (
                        registry,
                        Result { () throws(AnalysisError) in
                            try Analysis.run(registry: registry, compiled: program, options: analysisOptions)
                        }
                    )
                }
            })
        let (registry, analysis) = try loaded.get()
        let renderer = try parsed.get()
        var builder = ReportBuilder(registry: registry, templates: renderer.templates, date: date, analysisOptions: analysisOptions)
        builder.parsedTemplates = renderer
        builder.ranAnalysis = (registry, analysisOptions, analysis)
        return builder
    }
}

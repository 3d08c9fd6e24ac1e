import LifelineData

extension ReportBuilder {
    /// Every file of the report and its manifest (`manifest.json`, see ``BuildManifest``), sorted by path.
    public func build(recording provenance: BuildProvenance) throws(RenderError) -> [ReportFile] {
        let files = try build()
        var provenance = provenance
        provenance.quotes = provenance.quotes ?? quotes
        let manifest = BuildManifest(
            files: files, registry: registry, templates: templates, provenance: provenance, options: analysisOptions, date: date)
        return (files + [manifest.file]).sorted { $0.path < $1.path }
    }
}

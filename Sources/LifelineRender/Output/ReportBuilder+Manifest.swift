import LifelineData

extension ReportBuilder {
    /// Every file of the report and its manifest (`manifest.json`, see ``BuildManifest``), sorted by path.
    public func build(recording provenance: BuildProvenance) throws(RenderError) -> [ReportFile] {
        manifested(try build(), recording: provenance)
    }

    /// `files` (this builder's, perhaps with other formats' files added) and their manifest, sorted by path.
    public func manifested(_ files: [ReportFile], recording provenance: BuildProvenance) -> [ReportFile] {
        var provenance = provenance
        provenance.quotes = provenance.quotes ?? quotes
        let manifest = BuildManifest(
            files: files, registry: registry, templates: templates, provenance: provenance, options: analysisOptions, date: date)
        return (files + [manifest.file]).sorted { $0.path < $1.path }
    }
}

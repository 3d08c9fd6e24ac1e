import LifelineData

/// Turns the files `ReportBuilder` made into the files a build writes: the formats asked for (`--formats`), the
/// charts and the data. Markdown and HTML are always built (the other formats are made from them) and kept only when
/// asked for; PDF, Word and PowerPoint are added by their engines.
public struct Publisher: Sendable {
    /// The formats to write, each once.
    public var formats: [OutputFormat]
    /// The PDF's sheet.
    public var paper: PaperSize
    /// The builder that made the report: its data's front matter gives the documents' properties, its templates
    /// the Word and slide reference documents and the slides' words.
    public var builder: ReportBuilder

    /// The data the report was built from.
    public var registry: Registry { builder.registry }

    /// Creates a publisher.
    public init(formats: [OutputFormat] = OutputFormat.defaults, paper: PaperSize = .a4, builder: ReportBuilder) {
        self.formats = formats
        self.paper = paper
        self.builder = builder
    }

    /// Every path a format can write, whether or not this build writes it: the output folder owns them all, so a
    /// build with fewer formats may drop the others.
    public static var formatFiles: Set<String> { Set(OutputFormat.allCases.map(\.fileName)) }

    /// Throws when an engine one of `formats` needs is not installed, so that a build can stop before it starts.
    public static func checkEngines(for formats: [OutputFormat]) throws(PublishError) {
        if formats.contains(.pdf) { _ = try PDFReport.engine() }
        for format in formats where format == .docx || format == .pptx {
            guard Rasterizer.executable != nil else {
                throw .engineMissing(format: format, engine: "rsvg-convert", install: PublishError.rsvgInstall)
            }
        }
    }

    /// `built` without the Markdown or HTML when they were not asked for, plus the requested formats' files,
    /// sorted by path.
    public func files(from built: [ReportFile]) throws(PublishError) -> [ReportFile] {
        let unrequested = Set(OutputFormat.allCases.filter { !formats.contains($0) }.map(\.fileName))
        var files = built.filter { !unrequested.contains($0.path) }
        for format in formats {
            switch format {
            case .md, .html:
                continue
            case .pdf:
                let front = registry.paper
                files.append(
                    try PDFReport(
                        paper: paper, title: front?.title,
                        author: (front?.authors).flatMap { $0.isEmpty ? nil : $0.joined(separator: ", ") }
                    ).file(from: built))
            case .docx:
                do {
                    files.append(try WordDocument(files: built, paper: registry.paper, templates: builder.templates).file())
                } catch {
                    throw .engineFailed(format: format, message: error.description)
                }
            case .pptx:
                do { files.append(try builder.slideDeck(report: built)) } catch {
                    throw .engineFailed(format: format, message: error.description)
                }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

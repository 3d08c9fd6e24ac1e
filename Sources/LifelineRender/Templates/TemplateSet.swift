import Foundation
import LifelineData
import Mustache

/// The report's templates: Markdown sections (`*.md.mustache`), the HTML page (`*.html.mustache`)
/// and the stylesheet (`*.css`), from the embedded defaults or from a folder (`--templates DIR`).
public struct TemplateSet: Sendable, Equatable {
    /// Where the templates come from, for messages: a folder path or `<embedded>/Templates`.
    public let origin: String
    /// Every file by name, e.g. `report.md.mustache`.
    public let files: [String: String]

    /// The templates built into Lifeline (a copy of the repository's `Templates/` folder).
    public static var embedded: TemplateSet {
        TemplateSet(origin: "<embedded>/Templates", files: Dictionary(uniqueKeysWithValues: EmbeddedFiles.all.map { ($0.name, $0.text) }))
    }

    /// Creates a set from file names and texts.
    public init(origin: String, files: [String: String]) {
        self.origin = origin
        self.files = files
    }

    /// Reads every `*.mustache` and `*.css` file in `directory`.
    public static func load(directory: String) throws(RenderError) -> TemplateSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .templates(
                Diagnostic(file: directory, message: "cannot read the templates folder", hint: "Check the path given to --templates."))
        }
        var files: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".mustache") || name.hasSuffix(".css") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw .templates(Diagnostic(file: path, message: "cannot read the template as UTF-8 text", hint: "Save it as UTF-8."))
            }
            files[name] = text
        }
        return TemplateSet(origin: directory, files: files)
    }

    /// The file's text, or an error naming the missing file.
    public func text(_ name: String) throws(RenderError) -> String {
        guard let text = files[name] else {
            throw .templates(
                Diagnostic(
                    file: "\(origin)/\(name)", message: "the template `\(name)` is missing",
                    hint: "Add it to the templates folder (`lifeline init` writes the defaults)."))
        }
        return text
    }

    /// The path used in messages about a template.
    func path(_ name: String) -> String { "\(origin)/\(name)" }
}

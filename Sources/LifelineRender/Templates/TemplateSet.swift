import Foundation
import LifelineData
import Mustache

/// The report's templates: Markdown sections (`*.md.mustache`), the HTML page (`*.html.mustache`)
/// and the stylesheet (`*.css`), and the Office reference documents (`*.docx`, `*.pptx`) that style the Word and
/// PowerPoint files, from the embedded defaults or from a folder (`--templates DIR`).
public struct TemplateSet: Sendable, Equatable {
    /// Where the templates come from, for messages: a folder path or `<embedded>/Templates`.
    public let origin: String
    /// Every text file by name, e.g. `report.md.mustache`.
    public let files: [String: String]
    /// Every Office reference document by name, e.g. `reference.docx`, as its bytes.
    public let referenceDocuments: [String: Data]

    /// The templates built into Lifeline (a copy of the repository's `Templates/` folder).
    public static var embedded: TemplateSet {
        TemplateSet(
            origin: "<embedded>/Templates", files: Dictionary(uniqueKeysWithValues: EmbeddedFiles.all.map { ($0.name, $0.text) }),
            referenceDocuments: Dictionary(uniqueKeysWithValues: EmbeddedFiles.binary.map { ($0.name, Data(base64Encoded: $0.base64) ?? Data()) }))
    }

    /// Creates a set from file names and texts, and reference documents by name.
    public init(origin: String, files: [String: String], referenceDocuments: [String: Data] = [:]) {
        self.origin = origin
        self.files = files
        self.referenceDocuments = referenceDocuments
    }

    /// Whether `name` is an Office reference document (a zip archive kept as bytes), not a text template.
    static func isReferenceDocument(_ name: String) -> Bool {
        !name.hasPrefix("~$") && (name.hasSuffix(".docx") || name.hasSuffix(".pptx"))
    }

    /// Reads every `*.mustache` and `*.css` file in `directory`, and every `*.docx` and `*.pptx` (but not the
    /// `~$…` lock file Word or PowerPoint keeps beside an open document).
    public static func load(directory: String) throws(RenderError) -> TemplateSet {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .templates(
                Diagnostic(file: directory, message: "cannot read the templates folder", hint: "Check the path given to --templates."))
        }
        var files: [String: String] = [:]
        var documents: [String: Data] = [:]
        for name in names.sorted() where isReferenceDocument(name) {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .templates(Diagnostic(file: path, message: "cannot read the reference document", hint: "Check its permissions."))
            }
            documents[name] = data
        }
        for name in names.sorted() where name.hasSuffix(".mustache") || name.hasSuffix(".css") {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw .templates(Diagnostic(file: path, message: "cannot read the template as UTF-8 text", hint: "Save it as UTF-8."))
            }
            files[name] = text
        }
        return TemplateSet(origin: directory, files: files, referenceDocuments: documents)
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

import Foundation
import LifelineData
import ZIPFoundation

/// What report.docx takes from the analyst's reference document (`Templates/reference.docx`): its styles, its
/// theme and font table when it has them, and its page (size, margins, columns: the body's last `w:sectPr`).
/// Its text is not copied.
struct WordReference {
    /// The template file name.
    static let fileName = "reference.docx"
    /// `word/styles.xml`.
    var styles: Data
    /// `word/theme/theme1.xml`, if any.
    var theme: Data?
    /// `word/fontTable.xml`, if any.
    var fontTable: Data?
    /// The section properties without header and footer references (their parts are not copied).
    var section: String
    /// The width between the margins, in twentieths of a point.
    var textWidth: Int

    /// Reads the reference document in `templates`.
    init(templates: TemplateSet) throws(RenderError) {
        let path = "\(templates.origin)/\(Self.fileName)"
        func problem(_ message: String) -> RenderError {
            .templates(
                Diagnostic(
                    file: path, message: message,
                    hint: "Save it from Word as a Word document (.docx), or copy the default from `lifeline init`."))
        }
        guard let data = templates.referenceDocuments[Self.fileName] else {
            throw .templates(
                Diagnostic(
                    file: path, message: "the reference document `\(Self.fileName)` is missing",
                    hint: "Add it to the templates folder (`lifeline init` writes the default)."))
        }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw problem("cannot open it as a zip archive") }
        func part(_ name: String) -> Data? {
            guard let entry = archive[name] else { return nil }
            var bytes = Data()
            guard (try? archive.extract(entry, consumer: { bytes.append($0) })) != nil else { return nil }
            return bytes
        }
        guard let styles = part("word/styles.xml") else { throw problem("it has no word/styles.xml") }
        guard let document = part("word/document.xml").map({ String(decoding: $0, as: UTF8.self) }) else {
            throw problem("it has no word/document.xml")
        }
        self.styles = styles
        theme = part("word/theme/theme1.xml")
        fontTable = part("word/fontTable.xml")
        section = Self.section(in: document)
        textWidth = Self.textWidth(of: section)
    }

    /// The body's last `<w:sectPr>…</w:sectPr>`, without `w:headerReference` and `w:footerReference`; A4 with 2 cm
    /// margins when there is none.
    static func section(in document: String) -> String {
        guard let start = document.range(of: "<w:sectPr", options: .backwards),
            let end = document.range(of: "</w:sectPr>", range: start.upperBound..<document.endIndex)
        else {
            return "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        }
        var section = String(document[start.lowerBound..<end.upperBound])
        for element in ["<w:headerReference", "<w:footerReference"] {
            while let open = section.range(of: element), let close = section.range(of: "/>", range: open.upperBound..<section.endIndex) {
                section.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        return section
    }

    /// Page width less the left and right margins, from `w:pgSz` and `w:pgMar`; 9638 (A4 less 2 cm each side)
    /// where they are not given.
    static func textWidth(of section: String) -> Int {
        func attribute(_ name: String, of element: String) -> Int? {
            guard let tag = section.range(of: "<\(element) "), let close = section.range(of: ">", range: tag.upperBound..<section.endIndex)
            else { return nil }
            let attributes = section[tag.upperBound..<close.lowerBound]
            guard let key = attributes.range(of: "\(name)=\"") else { return nil }
            return Int(attributes[key.upperBound...].prefix { $0 != "\"" })
        }
        guard let page = attribute("w:w", of: "w:pgSz") else { return 9638 }
        let left = attribute("w:left", of: "w:pgMar") ?? 1134, right = attribute("w:right", of: "w:pgMar") ?? 1134
        return max(page - left - right, 1440)
    }
}

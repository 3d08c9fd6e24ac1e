import Foundation
import LifelineData
import ZIPFoundation

/// A PowerPoint package built on a reference document: its masters, layouts, themes and notes master are kept, its
/// slides are replaced by the deck's, and every entry is written in a fixed order with a fixed timestamp (1980-01-01),
/// so the same deck is the same bytes.
struct SlidePackage {
    /// The document properties written into `docProps/core.xml`.
    struct Properties {
        /// The title.
        var title: String
        /// The authors, joined with "; " as `dc:creator`.
        var authors: [String]
    }

    /// The reference document's entries by path.
    let parts: [String: Data]
    /// Where the reference document came from, for messages.
    let path: String

    /// The zip timestamp of every entry: 1980-01-01 00:00 UTC, the first a zip can hold.
    static let timestamp = Date(timeIntervalSince1970: 315_532_800)

    /// Reads the reference document's entries.
    init(reference: Data, path: String) throws(RenderError) {
        self.path = path
        var parts: [String: Data] = [:]
        do {
            let archive = try Archive(data: reference, accessMode: .read)
            for entry in archive where entry.type == .file {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                parts[entry.path] = data
            }
        } catch {
            throw Self.problem(path, "the reference document cannot be read as a zip archive (\(error))")
        }
        self.parts = parts
    }

    /// A located error about the reference document.
    static func problem(_ path: String, _ message: String) -> RenderError {
        .templates(
            Diagnostic(
                file: path, message: message,
                hint: "Save it from PowerPoint or LibreOffice Impress as a .pptx, or restore it with `lifeline init`."))
    }

    /// The text of the part at `name`.
    func text(_ name: String) throws(RenderError) -> String {
        guard let data = parts[name] else { throw Self.problem(path, "the reference document has no `\(name)`") }
        return String(decoding: data, as: UTF8.self)
    }

    /// The deck: `slides` (with `pictures` by chart name) on the reference document's design, as zip bytes.
    func deck(slides: [SlideText], pictures: [String: SlidePicture], properties: Properties) throws(RenderError) -> Data {
        var presentation = try text("ppt/presentation.xml")
        guard let size = Self.slideSize(presentation) else { throw Self.problem(path, "`ppt/presentation.xml` gives no slide size") }
        var relationships = try text("ppt/_rels/presentation.xml.rels")
        guard let notesMaster = Self.target(ofType: "notesMaster", in: relationships) else {
            throw Self.problem(path, "the reference document has no notes master, which speaker notes need")
        }
        var types = try text("[Content_Types].xml")
        let layouts = layoutsByType()
        var output = parts.filter { !Self.isReplaced($0.key) }

        var list = "<p:sldIdLst>"
        var overrides = ""
        for (index, slide) in slides.enumerated() {
            let number = index + 1
            let layout = layouts[slide.kind.layoutType] ?? layouts.values.sorted().first ?? "slideLayout1.xml"
            var slideRelationships = [
                SlideXML.relationship("rId1", "slideLayout", "../slideLayouts/" + layout),
                SlideXML.relationship("rId2", "notesSlide", "../notesSlides/notesSlide\(number).xml"),
            ]
            var picture: (SlidePicture, String)?
            if case .chart(let name) = slide.kind, let drawn = pictures[name] {
                let media = "lifeline-chart-\(name).png"
                output["ppt/media/" + media] = drawn.png
                slideRelationships.append(SlideXML.relationship("rId3", "image", "../media/" + media))
                picture = (drawn, "rId3")
            }
            output["ppt/slides/slide\(number).xml"] = Data(SlideXML.slide(slide, picture: picture, size: size).utf8)
            output["ppt/slides/_rels/slide\(number).xml.rels"] = Data(SlideXML.relationships(slideRelationships).utf8)
            output["ppt/notesSlides/notesSlide\(number).xml"] = Data(SlideXML.notes(slide.notes).utf8)
            output["ppt/notesSlides/_rels/notesSlide\(number).xml.rels"] = Data(
                SlideXML.relationships([
                    SlideXML.relationship("rId1", "notesMaster", "../" + notesMaster),
                    SlideXML.relationship("rId2", "slide", "../slides/slide\(number).xml"),
                ]).utf8)
            list += "<p:sldId id=\"\(255 + number)\" r:id=\"rIdLifelineSlide\(number)\"/>"
            relationships = relationships.replacingOccurrences(
                of: "</Relationships>",
                with: SlideXML.relationship("rIdLifelineSlide\(number)", "slide", "slides/slide\(number).xml") + "</Relationships>")
            overrides += SlideXML.override("/ppt/slides/slide\(number).xml", "presentationml.slide+xml")
            overrides += SlideXML.override("/ppt/notesSlides/notesSlide\(number).xml", "presentationml.notesSlide+xml")
        }
        list += "</p:sldIdLst>"
        presentation = Self.removing(#"<p:sldIdLst\s*/>|<p:sldIdLst>.*?</p:sldIdLst>"#, from: presentation)
        guard let sizeElement = presentation.range(of: "<p:sldSz") else {
            throw Self.problem(path, "`ppt/presentation.xml` gives no slide size")
        }
        presentation.insert(contentsOf: list, at: sizeElement.lowerBound)
        types = Self.removing(#"<Override PartName="/ppt/(slides|notesSlides)/[^"]*"[^>]*/>"#, from: types)
        if !types.contains("Extension=\"png\"") { overrides += "<Default Extension=\"png\" ContentType=\"image/png\"/>" }
        for part in ["/docProps/core.xml", "/docProps/app.xml"] where !types.contains("PartName=\"\(part)\"") {
            overrides +=
                part.hasSuffix("core.xml")
                ? "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                : "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        }
        types = types.replacingOccurrences(of: "</Types>", with: overrides + "</Types>")
        output["ppt/presentation.xml"] = Data(presentation.utf8)
        output["ppt/_rels/presentation.xml.rels"] = Data(relationships.utf8)
        output["[Content_Types].xml"] = Data(types.utf8)
        output["docProps/core.xml"] = Data(SlideXML.coreProperties(properties).utf8)
        output["docProps/app.xml"] = Data(SlideXML.appProperties(slides: slides.count).utf8)
        return try Self.zip(output)
    }

    /// Parts the deck writes itself instead of taking them from the reference document.
    static func isReplaced(_ path: String) -> Bool {
        path.hasPrefix("ppt/slides/") || path.hasPrefix("ppt/notesSlides/") || path.hasPrefix("ppt/media/lifeline-")
    }

    /// Each layout's file name (`slideLayout2.xml`) by its type (`obj`, the layout PowerPoint calls "Title and
    /// Content"): the type survives an analyst's renaming or a translated PowerPoint.
    func layoutsByType() -> [String: String] {
        var layouts: [String: String] = [:]
        for (path, data) in parts.sorted(by: { $0.key < $1.key })
        where path.hasPrefix("ppt/slideLayouts/slideLayout") && path.hasSuffix(".xml") {
            let text = String(decoding: data, as: UTF8.self)
            guard let element = text.range(of: "<p:sldLayout "), let end = text[element.upperBound...].firstIndex(of: ">") else { continue }
            let attributes = text[element.upperBound..<end]
            guard let start = attributes.range(of: " type=\"") ?? attributes.range(of: "type=\"") else { continue }
            let type = String(attributes[start.upperBound...].prefix { $0 != "\"" })
            if layouts[type] == nil { layouts[type] = String(path.dropFirst("ppt/slideLayouts/".count)) }
        }
        return layouts
    }

    /// The slide size in EMU from `presentation.xml`.
    static func slideSize(_ presentation: String) -> (width: Double, height: Double)? {
        guard let element = presentation.range(of: "<p:sldSz") else { return nil }
        let rest = presentation[element.upperBound...].prefix { $0 != ">" }
        func value(_ name: String) -> Double? {
            rest.range(of: " \(name)=\"").flatMap { Double(rest[$0.upperBound...].prefix { $0 != "\"" }) }
        }
        guard let width = value("cx"), let height = value("cy") else { return nil }
        return (width, height)
    }

    /// The target of the first relationship of `type` (the last word of its type URI) in `relationships`.
    static func target(ofType type: String, in relationships: String) -> String? {
        for element in relationships.components(separatedBy: "<Relationship ").dropFirst()
        where element.contains("/relationships/\(type)\"") {
            guard let start = element.range(of: "Target=\"") else { continue }
            return String(element[start.upperBound...].prefix { $0 != "\"" })
        }
        return nil
    }

    /// `text` without the matches of `pattern`.
    static func removing(_ pattern: String, from text: String) -> String {
        text.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
    }

    /// The entries as a zip archive: `[Content_Types].xml` first, then by path; XML deflated, pictures stored.
    static func zip(_ entries: [String: Data]) throws(RenderError) -> Data {
        let order = entries.keys.sorted { ($0 == "[Content_Types].xml" ? 0 : 1, $0) < ($1 == "[Content_Types].xml" ? 0 : 1, $1) }
        do {
            let archive = try Archive(accessMode: .create)
            for path in order {
                let data = entries[path] ?? Data()
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: timestamp,
                    compressionMethod: path.hasSuffix(".png") ? .none : .deflate
                ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            }
            guard let data = archive.data else { throw RenderError.analysis("the slide deck's zip archive has no bytes") }
            return data
        } catch {
            throw .analysis("the slide deck could not be packed: \(error)")
        }
    }
}

extension SlideText.Kind {
    /// The type of the reference document's layout the slide takes (ECMA-376 `ST_SlideLayoutType`): `title`
    /// (PowerPoint's "Title Slide"), `obj` ("Title and Content"), `titleOnly` ("Title Only").
    var layoutType: String {
        switch self {
        case .title: "title"
        case .text: "obj"
        case .chart: "titleOnly"
        }
    }
}

import LifelineCharts

/// The XML of a deck's own parts: slides, notes, relationships and document properties (PresentationML and
/// DrawingML), text escaped for XML.
enum SlideXML {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let namespaces =
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
        + "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""

    /// `text` with `&`, `<`, `>` and `"` escaped and the characters XML 1.0 cannot hold dropped (the chart kit's
    /// attribute escaping, which serves text between tags too).
    static func escape(_ text: String) -> String { XMLText.escapeAttribute(text) }

    /// A whole number of EMU.
    static func emu(_ value: Double) -> String { String(Int(value.rounded())) }

    /// One relationship of a `.rels` part; `type` is the last word of its type URI.
    static func relationship(_ id: String, _ type: String, _ target: String) -> String {
        "<Relationship Id=\"\(id)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(type)\" Target=\"\(escape(target))\"/>"
    }

    /// A `.rels` part.
    static func relationships(_ items: [String]) -> String {
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + items.joined()
            + "</Relationships>"
    }

    /// A content-type override for a part; `type` follows `application/vnd.openxmlformats-officedocument.`.
    static func override(_ part: String, _ type: String) -> String {
        "<Override PartName=\"\(part)\" ContentType=\"application/vnd.openxmlformats-officedocument.\(type)\"/>"
    }

    /// Paragraphs of runs; `size` in hundredths of a point, `colour` a DrawingML fill, both nil to inherit.
    static func paragraphs(_ paragraphs: [SlideText.Paragraph], size: Int? = nil, colour: String? = nil, bullets: Bool = true) -> String {
        let list = paragraphs.isEmpty ? [[]] : paragraphs
        return list.map { runs in
            let properties = bullets ? "" : "<a:pPr marL=\"0\" indent=\"0\"><a:buNone/></a:pPr>"
            let text = runs.map { run in
                var attributes = "lang=\"en-GB\""
                if let size { attributes += " sz=\"\(size)\"" }
                if run.bold { attributes += " b=\"1\"" }
                return "<a:r><a:rPr \(attributes)>\(colour ?? "")</a:rPr><a:t>\(escape(run.text))</a:t></a:r>"
            }.joined()
            return "<a:p>\(properties)\(text)</a:p>"
        }.joined()
    }

    /// A placeholder shape of the slide's layout (`type` e.g. `title`, `ctrTitle`, `subTitle`; `index` for a body).
    static func placeholder(id: Int, name: String, type: String?, index: Int?, text: String) -> String {
        var ph = "<p:ph"
        if let type { ph += " type=\"\(type)\"" }
        if let index { ph += " idx=\"\(index)\"" }
        ph += "/>"
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr>\(ph)</p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr><a:normAutofit/></a:bodyPr><a:lstStyle/>\(text)</p:txBody></p:sp>"
    }

    /// The muted text colour: the theme's text, lightened.
    static let muted =
        "<a:solidFill><a:schemeClr val=\"tx1\"><a:lumMod val=\"65000\"/><a:lumOff val=\"35000\"/></a:schemeClr></a:solidFill>"

    /// A text box at `box`; `fill` a DrawingML fill for a boxed word (rounded), nil for none.
    static func textBox(id: Int, name: String, box: SlideLayout.Box, text: String, fill: String? = nil) -> String {
        let geometry = fill == nil ? "rect" : "roundRect"
        let anchor = fill == nil ? "t" : "ctr"
        return "<p:sp><p:nvSpPr><p:cNvPr id=\"\(id)\" name=\"\(name)\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/></p:nvSpPr>"
            + "<p:spPr><a:xfrm><a:off x=\"\(emu(box.x))\" y=\"\(emu(box.y))\"/><a:ext cx=\"\(emu(box.width))\" cy=\"\(emu(box.height))\"/></a:xfrm>"
            + "<a:prstGeom prst=\"\(geometry)\"><a:avLst/></a:prstGeom>\(fill ?? "<a:noFill/>")</p:spPr>"
            + "<p:txBody><a:bodyPr wrap=\"square\" lIns=\"\(fill == nil ? 0 : 91440)\" tIns=\"0\" rIns=\"\(fill == nil ? 0 : 91440)\" bIns=\"0\" anchor=\"\(anchor)\"><a:normAutofit/></a:bodyPr><a:lstStyle/>\(text)</p:txBody></p:sp>"
    }

    /// A picture at `box`, its alternative text `description`.
    static func picture(id: Int, name: String, relationship: String, box: SlideLayout.Box, description: String, title: String) -> String {
        "<p:pic><p:nvPicPr><p:cNvPr id=\"\(id)\" name=\"\(escape(name))\" descr=\"\(escape(description))\" title=\"\(escape(title))\"/>"
            + "<p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
            + "<p:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>"
            + "<p:spPr><a:xfrm><a:off x=\"\(emu(box.x))\" y=\"\(emu(box.y))\"/><a:ext cx=\"\(emu(box.width))\" cy=\"\(emu(box.height))\"/></a:xfrm>"
            + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></p:spPr></p:pic>"
    }

    /// A slide's XML: its title and text in the layout's placeholders; on a chart slide, the line under the title,
    /// the picture, the source line and the tag at their places (``SlideLayout``) on a slide of `size` EMU.
    static func slide(_ slide: SlideText, picture: (SlidePicture, String)?, size: (width: Double, height: Double)) -> String {
        var shapes: [String] = []
        let w = size.width, h = size.height
        switch slide.kind {
        case .title:
            shapes.append(placeholder(id: 2, name: "Title 1", type: "ctrTitle", index: nil, text: paragraphs([slide.title])))
            shapes.append(placeholder(id: 3, name: "Subtitle 2", type: "subTitle", index: 1, text: paragraphs(slide.body, bullets: false)))
        case .text:
            shapes.append(placeholder(id: 2, name: "Title 1", type: "title", index: nil, text: paragraphs([slide.title])))
            shapes.append(placeholder(id: 3, name: "Content 2", type: nil, index: 1, text: paragraphs(slide.body, bullets: false)))
        case .chart(let name):
            shapes.append(placeholder(id: 2, name: "Title 1", type: "title", index: nil, text: paragraphs([slide.title])))
            if !slide.body.isEmpty {
                shapes.append(
                    textBox(
                        id: 3, name: "Subtitle", box: SlideLayout.subtitle(slideWidth: w, slideHeight: h),
                        text: paragraphs(slide.body, size: 1800, colour: muted, bullets: false)))
            }
            if let (drawn, relationship) = picture {
                let box = SlideLayout.fit(SlideLayout.picture(slideWidth: w, slideHeight: h), aspect: SlidePicture.aspect)
                shapes.append(
                    SlideXML.picture(
                        id: 4, name: "Chart " + name, relationship: relationship, box: box, description: drawn.description,
                        title: drawn.title))
            }
        }
        if !slide.source.isEmpty {
            shapes.append(
                textBox(
                    id: 5, name: "Source", box: SlideLayout.source(slideWidth: w, slideHeight: h),
                    text: paragraphs(slide.source, size: 1400, colour: muted, bullets: false)))
        }
        if !slide.tag.isEmpty {
            let bold = slide.tag.map { $0.map { SlideText.Run(text: $0.text, bold: true) } }
            shapes.append(
                textBox(
                    id: 6, name: "Tag", box: SlideLayout.tag(slideWidth: w, slideHeight: h),
                    text: paragraphs(bold, size: 1400, colour: "<a:solidFill><a:schemeClr val=\"bg1\"/></a:solidFill>", bullets: false)
                        .replacingOccurrences(
                            of: "<a:p><a:pPr marL=\"0\" indent=\"0\">", with: "<a:p><a:pPr marL=\"0\" indent=\"0\" algn=\"ctr\">"),
                    fill: "<a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill>"))
        }
        return declaration
            + "<p:sld \(namespaces)><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
            + "<p:grpSpPr/>" + shapes.joined() + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
    }

    /// A notes slide: the slide's image and the notes' paragraphs.
    static func notes(_ notes: [SlideText.Paragraph]) -> String {
        declaration
            + "<p:notes \(namespaces)><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>"
            + "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image Placeholder 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr>"
            + "<p:nvPr><p:ph type=\"sldImg\"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"
            + placeholder(id: 3, name: "Notes Placeholder 2", type: "body", index: 1, text: paragraphs(notes, bullets: false))
            + "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
    }

    /// `docProps/core.xml`: title and authors, and no dates (a rebuild must be byte-identical).
    static func coreProperties(_ properties: SlidePackage.Properties) -> String {
        declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>\(escape(properties.title))</dc:title><dc:creator>\(escape(properties.authors.joined(separator: "; ")))</dc:creator>"
            + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the application and the count of slides.
    static func appProperties(slides: Int) -> String {
        declaration + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Lifeline</Application><PresentationFormat>Widescreen</PresentationFormat>"
            + "<Slides>\(slides)</Slides><Notes>\(slides)</Notes></Properties>"
    }
}

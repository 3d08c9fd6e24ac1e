/// The fixed parts of report.docx and the ones made from lists: content types, relationships, core properties (no
/// dates, so rebuilds match), numbering, settings and the page-number footer. None holds a reader-facing word.
enum WordParts {
    /// The XML declaration every part starts with.
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The relationship types' common prefix.
    static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// `[Content_Types].xml`.
    static func contentTypes(hasTheme: Bool, hasFontTable: Bool) -> String {
        let main = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        var overrides = [
            ("/word/document.xml", main + "document.main+xml"), ("/word/styles.xml", main + "styles+xml"),
            ("/word/numbering.xml", main + "numbering+xml"), ("/word/settings.xml", main + "settings+xml"),
            ("/word/footer1.xml", main + "footer+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ]
        if hasFontTable { overrides.append(("/word/fontTable.xml", main + "fontTable+xml")) }
        if hasTheme { overrides.append(("/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml")) }
        return declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Default Extension=\"png\" ContentType=\"image/png\"/>"
            + "<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>"
            + overrides.map { "<Override PartName=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }

    /// `_rels/.rels`: the document and its core properties.
    static let packageRelationships =
        declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    /// `docProps/core.xml`: the title and the authors (as Word's Author, `dc:creator`, separated by "; "), and no
    /// dates: a creation or modification time would change every rebuild.
    static func coreProperties(title: String?, authors: [String]) -> String {
        var properties = ""
        if let title { properties += "<dc:title>\(WordXML.escape(title))</dc:title>" }
        if !authors.isEmpty { properties += "<dc:creator>\(WordXML.escape(authors.joined(separator: "; ")))</dc:creator>" }
        return declaration
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\(properties)</cp:coreProperties>"
    }

    /// `word/document.xml`: the body, then the reference document's section with the page-number footer.
    static func document(body: String, section: String) -> String {
        let footer = "<w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/>"
        var section = section
        if let open = section.firstIndex(of: ">") {
            section.insert(contentsOf: footer, at: section.index(after: open))
        }
        return declaration + "<w:document " + namespaces + "><w:body>" + body + section + "</w:body></w:document>"
    }

    /// The namespaces the body's parts use, and those a reference document's section may carry.
    static let namespaces = [
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"",
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"",
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"",
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"",
        "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"",
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"",
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"",
        "xmlns:w15=\"http://schemas.microsoft.com/office/word/2012/wordml\"",
        "mc:Ignorable=\"w14 w15\"",
    ].joined(separator: " ")

    /// `word/_rels/document.xml.rels`.
    static func documentRelationships(pictures: [WordBody.Picture], links: [String], hasTheme: Bool, hasFontTable: Bool) -> String {
        var relationships = [
            ("rIdStyles", "styles", "styles.xml"), ("rIdNumbering", "numbering", "numbering.xml"),
            ("rIdSettings", "settings", "settings.xml"), ("rIdFooter", "footer", "footer1.xml"),
        ]
        if hasFontTable { relationships.append(("rIdFontTable", "fontTable", "fontTable.xml")) }
        if hasTheme { relationships.append(("rIdTheme", "theme", "theme/theme1.xml")) }
        for picture in pictures {
            relationships.append((picture.pngRelationship, "image", "media/\(picture.name).png"))
            relationships.append((picture.svgRelationship, "image", "media/\(picture.name).svg"))
        }
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (id, type, target) in relationships {
            xml += "<Relationship Id=\"\(id)\" Type=\"\(relationshipType)\(type)\" Target=\"\(WordXML.escape(target))\"/>"
        }
        for (index, link) in links.enumerated() {
            xml +=
                "<Relationship Id=\"rIdLink\(index + 1)\" Type=\"\(relationshipType)hyperlink\" Target=\"\(WordXML.escape(link))\" TargetMode=\"External\"/>"
        }
        return xml + "</Relationships>"
    }

    /// `word/numbering.xml`: a bulleted and a numbered list definition, three levels deep, and one instance per
    /// list (each numbered list restarts at its own first number).
    static func numbering(_ lists: [WordBody.ListInstance]) -> String {
        func levels(ordered: Bool) -> String {
            (0..<3).map { level in
                let format =
                    ordered
                    ? "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%\(level + 1).\"/>"
                    : "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u{2022}\"/>"
                return "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/>\(format)<w:lvlJc w:val=\"left\"/>"
                    + "<w:pPr><w:ind w:left=\"\(425 * (level + 1))\" w:hanging=\"283\"/></w:pPr></w:lvl>"
            }.joined()
        }
        var xml = declaration + "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        xml +=
            "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"hybridMultilevel\"/>\(levels(ordered: false))</w:abstractNum>"
        xml += "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>\(levels(ordered: true))</w:abstractNum>"
        for (index, list) in lists.enumerated() {
            xml += "<w:num w:numId=\"\(index + 1)\"><w:abstractNumId w:val=\"\(list.ordered ? 1 : 0)\"/>"
            if list.ordered { xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"\(list.start)\"/></w:lvlOverride>" }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    /// `word/settings.xml`: Word 2013+ layout, and no request to update fields on opening (the captions' numbers
    /// are already right, and the request would ask the reader a question).
    static let settings =
        declaration + "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "</w:settings>"

    /// `word/footer1.xml`: the page number, a `PAGE` field, in the Footer style.
    static let footer =
        declaration + "<w:ftr \(namespaces)><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"
}

import Foundation
import Testing

@testable import LifelineRender

@Suite struct WordReferenceTests {
    /// A reference document with these styles, A5 landscape pages and 1 inch margins.
    static func reference(styles: String) -> Data {
        var package = WordPackage()
        package.add("word/styles.xml", text: styles)
        package.add(
            "word/document.xml",
            text: "<w:document><w:body><w:p/><w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId9\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"8391\" w:orient=\"landscape\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\"/></w:sectPr></w:body></w:document>"
        )
        return package.archive
    }

    @Test func analystsStylesAndPageReachTheDocument() throws {
        let styles = "<w:styles><!-- the analyst's --></w:styles>"
        let templates = TemplateSet(
            origin: "T", files: TemplateSet.embedded.files, referenceDocuments: ["reference.docx": Self.reference(styles: styles)])
        let word = try DocxArchive(try WordDocument(files: defaultReport, paper: nil, templates: templates).file().data)
        #expect(word.text("word/styles.xml") == styles)
        let document = word.text("word/document.xml")
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"8391\" w:orient=\"landscape\"/>"))
        #expect(!document.contains("rId9"), "a header reference to a part that was not copied")
        // Tables fill the width between the reference's margins.
        #expect(document.contains("<w:tblW w:w=\"\(11906 - 2 * 1440)\" w:type=\"dxa\"/>"))
    }

    @Test func missingOrBrokenReferenceNamesTheFile() {
        for documents in [[:], ["reference.docx": Data("not a zip".utf8)]] {
            let templates = TemplateSet(origin: "Templates", files: TemplateSet.embedded.files, referenceDocuments: documents)
            #expect {
                try WordDocument(files: defaultReport, paper: nil, templates: templates).file()
            } throws: { error in
                "\(error)".hasPrefix("Templates/reference.docx: error: ")
            }
        }
    }

    @Test func templatesFolderReadsTheReferenceButNotWordsLockFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-reference-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data([1, 2, 3]).write(to: folder.appendingPathComponent("reference.docx"))
        try Data([4]).write(to: folder.appendingPathComponent("~$ference.docx"))
        let templates = try TemplateSet.load(directory: folder.path)
        #expect(templates.referenceDocuments == ["reference.docx": Data([1, 2, 3])])
        #expect(TemplateSet.embedded.referenceDocuments["reference.docx"]?.starts(with: [0x50, 0x4B]) == true)
    }

    @Test func bookmarkNamesAreWordsAndUnique() {
        let long = String(repeating: "the-states-other-income-", count: 3)
        let marks = WordBookmarks(ids: [long, long + "x", "2018-crackdown", "a.b"])
        let names = [long, long + "x", "2018-crackdown", "a.b"].map(marks.name)
        #expect(Set(names).count == 4)
        #expect(names.allSatisfy { $0.count <= 40 && $0.first!.isLetter })
        #expect(marks.name("2018-crackdown") == "x2018_crackdown")
    }

    @Test func pipeCellsSplitAtUnescapedPipesOnly() {
        #expect(WordBody.cells(of: #"| a \| b | [\[1\]](#s) | c\\ |"#) == [#"a \| b"#, #"[\[1\]](#s)"#, #"c\\"#])
    }
}

import Foundation
import Testing

@testable import LifelineRender

/// The PDF's document properties set after printing, on a small PDF laid out the way Chromium writes one.
@Suite struct PDFDocumentInfoTests {
    /// A one-page PDF with an information dictionary carrying print dates, and a classic cross-reference table.
    static func printed() -> Data {
        let objects = [
            "<</Title (Engine title \\(draft\\))\n/Creator (Mozilla/5.0)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261204002608+00'00')\n/ModDate (D:20261204002608+00'00')>>",
            "<</Type /Catalog /Pages 3 0 R>>",
            "<</Type /Pages /Kids [4 0 R] /Count 1>>",
            "<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>",
        ]
        var text = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { text += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        text += "trailer\n<</Size \(objects.count + 1)\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF"
        return Data(text.utf8)
    }

    @Test func theDatesAreDroppedAndTitleAuthorAndCreatorWritten() throws {
        let info = PDFDocumentInfo(title: "Flows — 2026", author: "A. Analyst, B. Writer", creator: "Lifeline 0.2.0")
        let result = try info.applied(to: Self.printed())
        let text = String(decoding: result, as: UTF8.self)
        #expect(!text.contains("CreationDate") && !text.contains("ModDate") && !text.contains("Mozilla"))
        #expect(text.contains("/Author " + String(decoding: PDFDocumentInfo.textString("A. Analyst, B. Writer"), as: UTF8.self)))
        #expect(text.contains("/Title <FEFF0046006C006F007700730020201400200032003000320036>"))
        #expect(text.contains("/Producer (Skia/PDF m156)"))
        // The engine's bytes keep their offsets: only the appended update is new.
        #expect(result.count > Self.printed().count)
    }

    @Test func theUpdatesCrossReferencePointsAtTheNewInformationAndBackAtTheEngines() throws {
        let original = Self.printed()
        let result = try PDFDocumentInfo(title: nil, author: "A", creator: "Lifeline").applied(to: original)
        let text = String(decoding: result, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let xref = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        let section = String(decoding: result[xref...], as: UTF8.self)
        #expect(section.hasPrefix("xref\n0 1\n0000000000 65535 f \n1 1\n"))
        let entry = section.split(separator: "\n")[4]
        let offset = try #require(Int(entry.prefix(10)))
        #expect(String(decoding: result[offset...].prefix(8), as: UTF8.self) == "1 0 obj\n")
        let previous = try #require(String(decoding: original, as: UTF8.self).range(of: "startxref\n", options: .backwards))
        let previousXref = String(decoding: original, as: UTF8.self)[previous.upperBound...].prefix { $0.isNumber }
        #expect(section.contains("/Root 2 0 R /Info 1 0 R /Prev \(previousXref)>>"))
        // Without a title the engine's is kept, as written.
        #expect(section.isEmpty == false && text.contains("1 0 obj\n<</Title (Engine title \\(draft\\))"))
    }

    @Test func aFileWithoutAClassicCrossReferenceTableIsRefusedWithAMessage() {
        #expect(throws: PublishError.self) {
            try PDFDocumentInfo(title: nil, author: nil, creator: "x").applied(to: Data("%PDF-1.7\n".utf8))
        }
    }

    @Test func theRunningTitleCannotEndItsStringOrTheStyleElement() {
        let css = PDFReport.cssString("A \"quoted\" \\ title</style><script>")
        #expect(css == "\"A \\22 quoted\\22  \\5c  title\\3c /style>\\3c script>\"")
        let page = PDFReport(paper: .letter, title: "T", author: nil).printable(Data("<html><head><title>T</title></head></html>".utf8))
        #expect(
            String(decoding: page, as: UTF8.self).contains(
                "<style>@page { size: letter; } :root { --running-title: \"T\"; }</style>\n</head>"))
    }
}

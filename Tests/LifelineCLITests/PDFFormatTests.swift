import Foundation
import Testing

/// `lifeline build --formats pdf`: report.pdf printed from report.html, as a reader opens it.
@Suite(.tags(.pdf), .enabled(if: PDFTools.arePresent, PDFTools.absent))
struct PDFFormatTests {
    /// One build's folder, the files of `--formats md,html,pdf` on A4 (made once for the tests that only read it).
    static let a4: Result<URL, any Error> = Result { try build(["--formats", "md,html,pdf"]) }

    /// Builds with `arguments` into a new folder and returns it.
    static func build(_ arguments: [String]) throws -> URL {
        let out = try CLI.temporaryFolder().appendingPathComponent("Output")
        let result = try CLI.run(["build", "--draws", "20000", "--out", out.path] + arguments)
        try #require(result.status == 0, "\(result.stderr)")
        return out
    }

    /// The A4 build's report.pdf.
    static func a4PDF() throws -> URL { try a4.get().appendingPathComponent("report.pdf") }

    @Test func thePDFIsA4WithTheTitleAndAuthorsOfThePaper() throws {
        let pdf = try Self.a4PDF()
        #expect(
            try PDFTools.info("Title", of: pdf) == "Cash remittances to North Korea: what defectors send, and what reaches their families")
        #expect(try PDFTools.info("Author", of: pdf) == "The Lifeline contributors")
        let size = try PDFTools.info("Page size", of: pdf)
        #expect(size.hasSuffix("(A4)"), "\(size)")
        let points = size.split(separator: " ").compactMap { Double($0) }
        #expect(points.count == 2 && abs(points[0] - 595) < 1 && abs(points[1] - 842) < 1, "\(size)")
        #expect(try Int(PDFTools.info("Pages", of: pdf)) ?? 0 > 10)
    }

    @Test func formatsPDFWithPaperLetterWritesOnlyTheLetterPDFBesideTheChartsAndData() throws {
        let out = try Self.build(["--formats", "pdf", "--paper", "letter"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["charts", "data", "manifest.json", "report.pdf"])
        #expect(try PDFTools.info("Page size", of: out.appendingPathComponent("report.pdf")) == "612 x 792 pts (letter)")
    }

    @Test func everyFontIsEmbedded() throws {
        let listing = try PDFTools.run("pdffonts", [try Self.a4PDF().path]).output
        let fonts = listing.split(separator: "\n").dropFirst(2)
        #expect(!fonts.isEmpty)
        for font in fonts {
            // name, type, encoding, then the emb/sub/uni columns.
            let columns = font.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns.count >= 6 && columns[columns.count - 5] == "yes", "not embedded: \(font)")
        }
    }

    @Test func theTextHasTheKeyJudgementsAndPageNumbersUnderARunningTitle() throws {
        let text = try PDFTools.run("pdftotext", ["-layout", try Self.a4PDF().path, "-"]).output
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
        #expect(text.contains("Key judgements"))
        #expect(pages.count > 10)
        for (index, page) in pages.enumerated() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            #expect(lines.last == "\(index + 1) / \(pages.count)", "page \(index + 1) ends: \(lines.last ?? "")")
            if index > 0 {
                #expect(
                    lines.first == "Cash remittances to North Korea: what defectors send, and what reaches their families",
                    "page \(index + 1)")
            }
        }
    }

    @Test func noPageEndsWithAHeading() throws {
        let markdown = try String(contentsOf: try Self.a4.get().appendingPathComponent("report.md"), encoding: .utf8)
        let headings = Set(
            markdown.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }.map {
                $0.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
            })
        try #require(headings.contains("Key judgements"))
        let text = try PDFTools.run("pdftotext", [try Self.a4PDF().path, "-"]).output
        for (index, page) in text.split(separator: "\u{0C}").enumerated() {
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            // The last line is the page number; the one before it ends the page's text.
            guard lines.count >= 2 else { continue }
            #expect(!headings.contains(lines[lines.count - 2]), "page \(index + 1) ends with the heading \(lines[lines.count - 2])")
        }
    }

    @Test func theContentsLinksGoToTheirHeadings() throws {
        // Chromium writes a link to a named destination for each `href="#…"`; the outline gives the headings as bookmarks.
        let data = try Data(contentsOf: try Self.a4PDF())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("/Dest /key-judgements"))
        #expect(text.contains("/Outlines"))
    }

    @Test func twoBuildsPrintTheSameBytes() throws {
        let again = try Self.build(["--formats", "md,html,pdf"])
        defer { try? FileManager.default.removeItem(at: again.deletingLastPathComponent()) }
        let first = try Data(contentsOf: try Self.a4PDF()), second = try Data(contentsOf: again.appendingPathComponent("report.pdf"))
        #expect(first == second)
        #expect(!String(decoding: first, as: UTF8.self).contains("/CreationDate"))
    }

    @Test func checkComparesThePDF() throws {
        let out = try Self.a4.get()
        let same = try CLI.run(["build", "--draws", "20000", "--formats", "md,html,pdf", "--check", "--out", out.path])
        #expect(same.status == 0, "\(same.stdout)\(same.stderr)")
        let otherPaper = try CLI.run([
            "build", "--draws", "20000", "--formats", "md,html,pdf", "--paper", "letter", "--check", "--out", out.path,
        ])
        #expect(otherPaper.status == 1)
        #expect(otherPaper.stderr.contains("report.pdf (changed)"), "\(otherPaper.stderr)")
    }
}

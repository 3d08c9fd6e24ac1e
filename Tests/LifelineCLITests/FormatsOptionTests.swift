import Foundation
import Testing

/// `lifeline build --formats`: what it accepts, what the default writes, and a missing engine. None of these needs an engine.
@Suite struct FormatsOptionTests {
    @Test func anUnknownFormatIsAUsageErrorListingTheFormats() throws {
        let result = try CLI.run(["build", "--formats", "md,bogus", "--out", "/nonexistent/never-written"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("`bogus` is not an output format"), "\(result.stderr)")
        #expect(result.stderr.contains("md, html, pdf, docx, pptx"), "\(result.stderr)")
    }

    @Test func buildHelpDocumentsTheFormatsAndThePaper() throws {
        // The help wraps at the terminal's width: compare with single spaces.
        let help = try CLI.run(["build", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--formats <list>"))
        #expect(help.contains("pdf"))
        #expect(help.contains("--paper <size>") && help.contains("values: a4, letter") && help.contains("default: a4"))
    }

    @Test func theDefaultBuildWritesMarkdownAndHTMLAndNoPDF() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let result = try CLI.run(["build", "--draws", "20000", "--out", out.path])
        try #require(result.status == 0, "\(result.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(entries == ["charts", "data", "manifest.json", "report.html", "report.md"])
    }

    @Test func aMissingPDFEngineFailsNamingItAndLeavesTheOutputAsItWas() throws {
        try Self.expectEngineMissing(
            formats: "md,html,pdf", saying: ["report.pdf needs Chromium", "apt-get install chromium"])
    }

    @Test func wordAndSlidesAreWrittenAndCheckRebuildsTheFormatsTheManifestRecords() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let result = try CLI.run(["build", "--formats", "docx,pptx", "--draws", "20000", "--out", out.path])
        try #require(result.status == 0, "\(result.stderr)")
        let entries = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(entries == ["charts", "data", "manifest.json", "report.docx", "slides.pptx"])
        for name in ["report.docx", "slides.pptx"] {
            #expect(try Data(contentsOf: out.appendingPathComponent(name)).prefix(2) == Data("PK".utf8), "\(name) is a zip archive")
        }
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""formats" : "docx,pptx""#))
        // No --formats or --draws: the check rebuilds what the manifest records, Word and slides included.
        let check = try CLI.run(["build", "--check", "--out", out.path])
        #expect(check.status == 0, "\(check.stderr)")
        // Back to the default formats: the Word file and the deck are Lifeline's to drop.
        let again = try CLI.run(["build", "--draws", "20000", "--out", out.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == [
                "charts", "data", "manifest.json", "report.html", "report.md",
            ])
    }

    @Test func wordWithoutRsvgConvertFailsNamingItAndLeavesTheOutputAsItWas() throws {
        try Self.expectEngineMissing(formats: "docx", saying: ["report.docx needs rsvg-convert"])
    }

    /// Builds a report, then `build --formats formats` with an empty PATH: it must exit 1, say each of `messages`,
    /// and leave the folder exactly as it was.
    static func expectEngineMissing(formats: String, saying messages: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Output"), emptyPath = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: emptyPath, withIntermediateDirectories: true)
        try #require(try CLI.run(["build", "--draws", "20000", "--out", out.path]).status == 0)
        let before = try contents(of: out)
        let result = try PDFTools.run(
            CLI.executable.path, ["build", "--formats", formats, "--out", out.path], environment: ["PATH": emptyPath.path])
        #expect(result.status == 1)
        for message in messages { #expect(result.errors.contains(message), "\(result.errors)") }
        #expect(try contents(of: out) == before)
    }

    /// Every file below `folder` by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = try #require(FileManager.default.subpathsOfDirectory(atPath: folder.path) as [String]?)
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue
            {
                files[path] = try Data(contentsOf: folder.appendingPathComponent(path))
            }
        }
        return files
    }
}

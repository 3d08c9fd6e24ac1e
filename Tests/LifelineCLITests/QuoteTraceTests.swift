import Foundation
import LifelineData
import Testing

/// Every number traceable to its quote (issue 17): the number in its quote, quotes verified against hashed
/// archived copies by `build` and `validate`, and no number typed into a template; run as a user runs `lifeline`.
@Suite struct QuoteTraceTests {
    /// A one-figure project in a new folder: `data.yaml` naming the archive folder `sources`, which holds `a.txt`
    /// with `article`; the data records `recorded` as its hash (the article's own when nil).
    static func archivedProject(article: String, quote: String, recorded: String? = nil, extra: String = "") throws -> URL {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sources"), withIntermediateDirectories: true)
        try article.write(to: folder.appendingPathComponent("sources/a.txt"), atomically: true, encoding: .utf8)
        let hash = recorded ?? SHA256.hex(Data(article.utf8))
        let data = """
            archive: sources
            sources:
              - id: paper
                title: A paper
                date_note: Dateline.
                archive: a.txt
                sha256: "\(hash)"
            figures:
              - id: people
                measures: Defectors in the South.
                value: 34000
                unit: people
                year: null
                source: paper
                quote: "\(quote)"\(extra)

            """
        try data.write(to: folder.appendingPathComponent("data.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The 1-based line of the first line of `text` that contains `fragment` at or after the line holding `after`.
    static func line(of fragment: String, after: String, in text: String) -> Int? {
        let lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.contains(after) }) else { return nil }
        return lines[start...].firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }

    /// The issue: `low: 0.2` → `0.18` beside the unchanged quote "20–60%" passed `validate --archive`.
    @Test func aShareChangedBesideItsQuoteFailsValidateAndBuildAtTheQuotesLine() throws {
        let project = try ValidateCommandTests.project(editing: "data.yaml") {
            $0.replacingOccurrences(of: "    low: 0.2\n    high: 0.6", with: "    low: 0.18\n    high: 0.6")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let text = try String(contentsOf: project.appendingPathComponent("data.yaml"), encoding: .utf8)
        let line = try #require(Self.line(of: "    quote:", after: "id: sk-share-sending", in: text))
        try ValidateCommandTests.expectValidateAndBuildFailAlike(
            in: project, naming: "data.yaml:\(line):12: error: the quote of `sk-share-sending` does not contain 0.18 (18%)")
    }

    @Test func theSurveysAmountChangedBesideItsQuoteFailsValidate() throws {
        let project = try ValidateCommandTests.project(editing: "data.yaml") {
            $0.replacingOccurrences(of: "    low: 900\n    high: 1800", with: "    low: 900\n    high: 2000")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try ValidateCommandTests.expectValidateAndBuildFailAlike(
            in: project, naming: "the quote of `survey-2016-annual-amount` does not contain 2000 (it writes 60%, 200, 900, 1,800)")
    }

    @Test func withoutAnArchiveRequireVerifiedFailsAndAPlainBuildMarksEveryQuote() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let required = try CLI.run(["build", "--draws", "20000", "--require-verified", "--out", "Output"], in: folder)
        #expect(required.status == 1)
        #expect(
            required.stderr.contains("error: the quote of `sk-defector-population` was not verified against an archived copy"),
            "\(required.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
        let plain = try CLI.run(["build", "--draws", "20000", "--out", "Output"], in: folder)
        #expect(plain.status == 0, "\(plain.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("Output/report.md"), encoding: .utf8)
        #expect(report.contains("0 of 26 quotes verified against archived copies"))
        #expect(report.components(separatedBy: "(not verified against an archived copy)").count == 27)
        #expect(report.components(separatedBy: "(our reading of words)").count == 3)
    }

    @Test(.tags(.archive), .enabled(if: ArchiveFolder.isPresent, ArchiveFolder.absent))
    func withTheArchiveEveryDefaultQuoteIsVerifiedAndCounted() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = try CLI.run(
            ["build", "--draws", "20000", "--archive", ArchiveFolder.url.path, "--require-verified", "--out", "Output"], in: folder)
        #expect(built.status == 0, "\(built.stderr)")
        let report = try String(contentsOf: folder.appendingPathComponent("Output/report.md"), encoding: .utf8)
        #expect(report.contains("All 26 quotes were verified against archived copies of their articles."))
        #expect(!report.contains("(not verified against an archived copy)"))
    }

    @Test(.tags(.archive), .enabled(if: ArchiveFolder.isPresent, ArchiveFolder.absent))
    func aFabricatedQuoteFailsBuildWithRequireVerified() throws {
        let project = try ValidateCommandTests.project(editing: "data.yaml") {
            $0.replacingOccurrences(of: "with the average transaction ranging from", with: "with the average remittance running from")
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let built = try CLI.run(
            ["build", "--draws", "20000", "--archive", ArchiveFolder.url.path, "--require-verified"], in: project)
        #expect(built.status == 1)
        #expect(built.stderr.contains("error: the quote of figure `sk-transfer-amount` does not occur verbatim in 000_"), "\(built.stderr)")
        let validated = try CLI.run(["validate", "--archive", ArchiveFolder.url.path], in: project)
        #expect(validated.status == 1)
        #expect(validated.stderr.contains("does not occur verbatim"), "\(validated.stderr)")
    }

    // The one-figure projects below declare no models, so `validate` and `build` also fail for that; these tests
    // read only what they say about the quotes.

    @Test func aChangedArchivedCopyFailsWithBothHashes() throws {
        let article = "In 2016, 34,000 defectors lived in the South."
        let project = try Self.archivedProject(article: article, quote: "34,000 defectors")
        defer { try? FileManager.default.removeItem(at: project) }
        let intact = try CLI.run(["validate", "--require-verified"], in: project)
        #expect(intact.stdout.contains("1 of 1 quotes occur verbatim in their archived articles."), "\(intact.stdout)\(intact.stderr)")
        #expect(!intact.stderr.contains("SHA-256"))
        let changed = article.replacingOccurrences(of: "South", with: "south")
        try changed.write(to: project.appendingPathComponent("sources/a.txt"), atomically: true, encoding: .utf8)
        let validated = try CLI.run(["validate"], in: project)
        let built = try CLI.run(["build", "--draws", "20000"], in: project)
        #expect(validated.status == 1 && built.status == 1)
        let old = SHA256.hex(Data(article.utf8)), new = SHA256.hex(Data(changed.utf8))
        let message =
            "data.yaml:3: error: the archived copy \(project.path)/sources/a.txt of source `paper` has the SHA-256 \(new), but the data records \(old)"
        #expect(built.stderr.contains(message), "\(built.stderr)")
        #expect(built.stderr.contains("record `sha256: \"\(new)\"`"))
        #expect(validated.stderr.contains(message), "\(validated.stderr)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Output").path))
    }

    @Test func aQuoteFoundTwiceMustBeAnchored() throws {
        let article = "In 2016, 34,000 defectors lived in the South. In 2018, 34,000 defectors had arrived."
        let ambiguous = try Self.archivedProject(article: article, quote: "34,000 defectors")
        defer { try? FileManager.default.removeItem(at: ambiguous) }
        let failed = try CLI.run(["validate"], in: ambiguous)
        #expect(failed.stderr.contains("data.yaml:15: error: the quote of figure `people` occurs 2 times in a.txt"), "\(failed.stderr)")
        let anchored = try Self.archivedProject(article: article, quote: "34,000 defectors", extra: "\n    quote_before: \"In 2018,\"")
        defer { try? FileManager.default.removeItem(at: anchored) }
        let passed = try CLI.run(["validate", "--require-verified"], in: anchored)
        #expect(!passed.stderr.contains("quote of figure"), "\(passed.stderr)")
        #expect(passed.stdout.contains("1 of 1 quotes occur verbatim"), "\(passed.stdout)")
    }

    @Test func aNumberTypedIntoATemplateFailsValidateAndBuild() throws {
        let project = try ValidateCommandTests.project(editing: "Templates/risks.md.mustache") {
            $0.replacingOccurrences(of: "## ", with: "## About 42 ways it goes wrong: ", options: [], range: $0.range(of: "## "))
        }
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        try ValidateCommandTests.expectValidateAndBuildFailAlike(
            in: project, naming: "risks.md.mustache:1:10: error: the number 42 is typed into the template")
    }
}

import Foundation
import Testing

@Suite struct CLITests {
    @Test func helpListsSubcommands() throws {
        let result = try CLI.run(["--help"])
        #expect(result.status == 0)
        for name in ["figures", "validate", "build"] { #expect(result.stdout.contains(name)) }
        for name in ["figures", "validate", "build"] {
            #expect(try CLI.run([name, "--help"]).status == 0)
        }
    }

    @Test func figuresInEveryFormat() throws {
        let table = try CLI.run(["figures"])
        #expect(table.status == 0)
        #expect(table.stdout.contains("sk-defector-population"))
        #expect(table.stdout.contains("34,000 people"))
        let json = try CLI.run(["figures", "--format", "json"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.contains { $0["id"] as? String == "fee-dailynk-2021" && $0["low"] as? Double == 0.1 } == true)
        let csv = try CLI.run(["figures", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("id,measures,low,high,unit"))
        let markdown = try CLI.run(["figures", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("| id | value |"))
        let bad = try CLI.run(["figures", "--format", "xml"])
        #expect(bad.status != 0)
    }

    @Test(.tags(.archive), .enabled(if: ArchiveFolder.isPresent, ArchiveFolder.absent))
    func validateAcceptsTheDefaultAndChecksQuotes() throws {
        let result = try CLI.run(["validate", "--archive", ArchiveFolder.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("quotes occur verbatim"))
    }

    @Test func validateNamesTheLineOfABrokenFile() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("broken.yaml")
        try """
        sources:
          - id: a
            title: T
            date_note: N
        figures:
          - id: f
            measures: M
            low: 0.5
            high: 0.2
            unit: share
            year: 2020
            source: a
            quote: Q
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--data", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:8:"))
        #expect(result.stderr.contains("above `high`"))
    }

    @Test(.tags(.archive), .enabled(if: ArchiveFolder.isPresent, ArchiveFolder.absent))
    func validateReportsAQuoteThatIsNotInTheArticle() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("data.yaml")
        try """
        sources:
          - id: dnk
            title: T
            date_note: N
            archive: 001_d86b077ee9cf956d.txt
        figures:
          - id: fee
            measures: M
            low: 0.1
            high: 0.5
            unit: share
            year: 2021
            source: dnk
            quote: "Remittance brokers take a 10% to 50% cut of the money sent by defectors"
        """.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["validate", "--data", file.path, "--archive", ArchiveFolder.url.path])
        #expect(result.status == 1)
        // At the quote's line (the figure's number matches its quote, so only the article disagrees).
        #expect(result.stderr.contains("data.yaml:14: error: the quote of figure `fee` does not occur verbatim"), "\(result.stderr)")
    }

    @Test func buildWritesTheReportAndCheckConfirmsIt() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        let build = try CLI.run(["build", "--draws", "20000", "--out", out.path])
        #expect(build.status == 0, "\(build.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<figure id=\"figure-broker-fees\">"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<h2 id=\"references\">References</h2>"))
        #expect(html.contains("<table id=\"table-fee-evidence\">"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("charts/broker-fees.svg").path))
        #expect(try CLI.run(["build", "--draws", "20000", "--check", "--out", out.path]).status == 0)

        // A stale file fails the check and is named.
        try Data("changed".utf8).write(to: out.appendingPathComponent("report.md"))
        let stale = try CLI.run(["build", "--draws", "20000", "--check", "--out", out.path])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("report.md (changed)"))
    }

    @Test func aFailedBuildLeavesTheOldOutputUntouched() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("Output")
        #expect(try CLI.run(["build", "--draws", "20000", "--out", out.path]).status == 0)
        let before = try Data(contentsOf: out.appendingPathComponent("report.html"))
        let broken = folder.appendingPathComponent("broken.yaml")
        try "sources: [\n".write(to: broken, atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "--draws", "20000", "--data", broken.path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:"))
        #expect(try Data(contentsOf: out.appendingPathComponent("report.html")) == before)
    }

    @Test func buildRefusesAFolderWithSomeoneElsesFiles() throws {
        let folder = try CLI.temporaryFolder()
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try CLI.run(["build", "--draws", "20000", "--out", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.txt"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("notes.txt").path))
    }

    @Test func buildIsByteIdentical() throws {
        let folder = try CLI.temporaryFolder()
        let first = folder.appendingPathComponent("a")
        let second = folder.appendingPathComponent("b")
        #expect(try CLI.run(["build", "--draws", "20000", "--out", first.path]).status == 0)
        #expect(try CLI.run(["build", "--draws", "20000", "--out", second.path]).status == 0)
        for name in ["report.md", "report.html", "charts/broker-fees.svg"] {
            #expect(
                try Data(contentsOf: first.appendingPathComponent(name)) == Data(contentsOf: second.appendingPathComponent(name)), "\(name)"
            )
        }
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try CLI.run(["build", "--draws", "20000", "--nonsense"])
        #expect(result.status == 64)
    }
}

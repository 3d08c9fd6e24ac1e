import Foundation
import LifelineData
import Testing

/// `build` writes `manifest.json`; `build --check` rebuilds what it records and, like `lifeline diff OLD NEW`, says
/// what moved; files the manifest lists are Lifeline's to replace.
@Suite struct ManifestAndDiffTests {
    static let draws = ["--draws", "20000"]
    /// The figure the tests change, and its upper value before and after.
    static let figure = "sk-transfer-amount"
    static let before = "3,100", after = "3,500"

    /// A copy of the default data in `folder`, its sources without `archive:` (no quote is checked against an
    /// article), optionally with ``figure``'s upper value (and its quote) raised from ``before`` to ``after``.
    static func writeData(in folder: URL, changed: Bool = false) throws -> URL {
        var lines = Registry.embeddedText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.hasPrefix("    archive:") }
        if changed {
            let start = try #require(lines.firstIndex(of: "  - id: \(figure)"))
            let end = lines[(start + 1)...].firstIndex { $0.hasPrefix("  - id:") } ?? lines.count
            let plain = { (text: String) in text.replacingOccurrences(of: ",", with: "") }
            for index in start..<end {
                lines[index] = lines[index].replacingOccurrences(of: "high: \(plain(before))", with: "high: \(plain(after))")
                    .replacingOccurrences(of: "$\(before)", with: "$\(after)")
            }
        }
        let file = folder.appendingPathComponent("data.yaml")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// The 1-based line of `text` in `file`.
    static func line(of text: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0 == text }) + 1
    }

    @Test func buildWritesAManifestOfWhatItReadAndWrote() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.writeData(in: folder)
        let out = folder.appendingPathComponent("Output")
        let build = try CLI.run(["build", "--data", data.path, "--out", out.path, "--date", "1 May 2026"] + Self.draws, in: folder)
        try #require(build.status == 0, "\(build.stderr)")
        let bytes = try Data(contentsOf: out.appendingPathComponent("manifest.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
        #expect(manifest["draws"] as? Int == 20000)
        #expect(manifest["date"] as? String == "1 May 2026")
        #expect((manifest["generator"] as? String)?.hasPrefix("Lifeline ") == true)
        let input = try #require(manifest["data"] as? [String: String])
        #expect(input == ["from": data.path, "sha256": SHA256.hex(try Data(contentsOf: data))])
        let templates = try #require(manifest["templates"] as? [String: Any])
        #expect(templates["from"] as? String == "embedded")
        #expect((templates["files"] as? [String: String])?["report.md.mustache"]?.count == 64)
        let files = try #require(manifest["files"] as? [String: String])
        #expect(files["report.md"] == SHA256.hex(try Data(contentsOf: out.appendingPathComponent("report.md"))))
        #expect(files["manifest.json"] == nil)
        let figures = try #require(manifest["figures"] as? [[String: Any]])
        let entry = try #require(figures.first { $0["id"] as? String == Self.figure })
        #expect(entry["line"] as? Int == (try Self.line(of: "  - id: \(Self.figure)", in: data)))
        // Sorted keys, one a line: the same build writes the same bytes.
        let keys = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }
            .map { $0.dropFirst(3).prefix { $0 != "\"" } }
        #expect(keys == keys.sorted() && keys.contains("seed") && keys.contains("figures"), "\(keys)")
    }

    /// `build --check` failed unless the original `--date` was given again.
    @Test func checkRebuildsWithTheRecordedDateSeedAndDraws() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Output")
        let build = try CLI.run(["build", "--out", out.path, "--date", "1 May 2026", "--seed", "7"] + Self.draws)
        try #require(build.status == 0, "\(build.stderr)")
        let check = try CLI.run(["build", "--check", "--out", out.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("seed 7, 20000 draws, date \"1 May 2026\""), "\(check.stdout)")

        // A flag given still wins, and the summary says which input moved.
        let dated = try CLI.run(["build", "--check", "--out", out.path, "--date", "2 May 2026"])
        #expect(dated.status == 1)
        #expect(dated.stderr.contains("Inputs changed (1):\n  date: \"1 May 2026\" → \"2 May 2026\"\n"), "\(dated.stderr)")
        #expect(dated.stderr.contains("report.md (changed)"))
    }

    @Test func checkSaysWhichFigureModelSentencesAndChartsMoved() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.writeData(in: folder)
        let out = folder.appendingPathComponent("Output")
        try #require(try CLI.run(["build", "--data", data.path, "--out", out.path] + Self.draws).status == 0)
        _ = try Self.writeData(in: folder, changed: true)

        let check = try CLI.run(["build", "--check", "--out", out.path])
        #expect(check.status == 1)
        let text = check.stderr
        let line = try Self.line(of: "  - id: \(Self.figure)", in: data)
        #expect(text.contains("\(out.path) is stale:"), "\(text)")
        #expect(text.contains("  data: \(data.path) changed (SHA-256 "), "\(text)")
        #expect(
            text.contains(
                "Figures changed (1):\n  \(data.path):\(line): \(Self.figure): USD 2,200–\(Self.before) → USD 2,200–\(Self.after)\n"),
            "\(text)")
        #expect(text.contains("Model results moved ("))
        #expect(text.contains("\n  sk-gross-flow: median USD "), "\(text)")
        let sentences = text.components(separatedBy: "\n").filter { $0.hasPrefix("  report.md:") }
        #expect(
            sentences.contains {
                $0.contains("[-") && $0.contains("2,200–\(Self.before)") && $0.contains("{+") && $0.contains("2,200–\(Self.after)")
            },
            "\(sentences)")
        #expect(text.contains("Charts changed ("))
        #expect(text.contains("\n  charts/annual-flow.svg\n"), "\(text)")
        #expect(text.contains("  data/analysis.json (changed)"))
        #expect(text.hasSuffix("Run `lifeline build` and commit the result.\n"))
    }

    @Test func diffComparesTwoOutputFolders() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = folder.appendingPathComponent("old"), new = folder.appendingPathComponent("new")
        let data = try Self.writeData(in: folder)
        try #require(try CLI.run(["build", "--data", data.path, "--out", old.path] + Self.draws).status == 0)
        _ = try Self.writeData(in: folder, changed: true)
        try #require(try CLI.run(["build", "--data", data.path, "--out", new.path] + Self.draws).status == 0)

        let diff = try CLI.run(["diff", old.path, new.path])
        #expect(diff.status == 1)
        #expect(diff.stdout.hasPrefix("\(old.path) → \(new.path): "), "\(diff.stdout)")
        #expect(diff.stdout.contains(" file(s) differ.\n"))
        #expect(diff.stdout.contains("\(Self.figure): USD 2,200–\(Self.before) → USD 2,200–\(Self.after)"))
        #expect(diff.stdout.contains("\n  report.md (changed)\n"))
        #expect(diff.stdout.contains("\n  sk-gross-flow: median USD "))
        // The same report twice prints the same summary.
        #expect(try CLI.run(["diff", old.path, new.path]).stdout == diff.stdout)

        let same = try CLI.run(["diff", old.path, old.path])
        #expect(same.status == 0)
        #expect(same.stdout == "\(old.path) and \(old.path) are identical.\n")

        let missing = try CLI.run(["diff", old.path, folder.appendingPathComponent("nowhere").path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("nowhere: error: cannot read this output folder (no such folder)."), "\(missing.stderr)")
    }

    /// A project whose templates dropped a chart: the first `chart-NAME.txt.mustache` is deleted and every tag that
    /// places or cites it removed. Returns the chart's name.
    static func dropAChart(from templates: URL) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: templates.path).sorted()
        let file = try #require(names.first { $0.hasPrefix("chart-") && $0.hasSuffix(".txt.mustache") })
        let chart = String(file.dropFirst("chart-".count).dropLast(".txt.mustache".count))
        try FileManager.default.removeItem(at: templates.appendingPathComponent(file))
        let words = chart.split(separator: "-")
        let block = words.first! + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Chart"
        for name in names where name.hasSuffix(".md.mustache") {
            let url = templates.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let cut = text.replacingOccurrences(of: "{{{\(block).block}}}", with: "").replacingOccurrences(
                of: "{{{\(block).ref}}}", with: "")
            if cut != text { try cut.write(to: url, atomically: true, encoding: .utf8) }
        }
        return chart
    }

    /// A project made by `lifeline init`, built, then with a chart dropped from its templates (``dropAChart(from:)``):
    /// the project's folder and the chart's name.
    static func projectWithADroppedChart() throws -> (project: URL, chart: String) {
        let folder = try CLI.temporaryFolder()
        try #require(try CLI.run(["init", "project"], in: folder).status == 0)
        let project = folder.appendingPathComponent("project")
        try #require(try CLI.run(["build"] + Self.draws, in: project).status == 0)
        return (project, try Self.dropAChart(from: project.appendingPathComponent("Templates")))
    }

    /// A chart dropped from the templates left its SVG behind, and `build` refused it as a foreign file.
    @Test func aDroppedChartsSVGIsReplacedNotRefused() throws {
        let (project, chart) = try Self.projectWithADroppedChart()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let svg = project.appendingPathComponent("Output/charts/\(chart).svg")
        try #require(FileManager.default.fileExists(atPath: svg.path))

        let check = try CLI.run(["build", "--check"], in: project)
        #expect(check.status == 1)
        #expect(check.stderr.contains("  charts/\(chart).svg (not part of the build)"), "\(check.stderr)")
        #expect(check.stderr.contains("  templates: chart-\(chart).txt.mustache removed"), "\(check.stderr)")

        let build = try CLI.run(["build"] + Self.draws, in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: svg.path))
        #expect(try CLI.run(["build", "--check"], in: project).status == 0)
    }

    @Test func aForeignFileOrAnEditedOldChartIsStillRefused() throws {
        let (project, chart) = try Self.projectWithADroppedChart()
        defer { try? FileManager.default.removeItem(at: project.deletingLastPathComponent()) }
        let notes = project.appendingPathComponent("Output/charts/notes.txt")
        try Data("mine".utf8).write(to: notes)

        let refused = try CLI.run(["build"] + Self.draws, in: project)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("holds 1 file Lifeline did not write:\n  charts/notes.txt\n"), "\(refused.stderr)")
        #expect(FileManager.default.contents(atPath: notes.path) == Data("mine".utf8))

        // A file the manifest lists but someone changed since is no longer only Lifeline's.
        try FileManager.default.removeItem(at: notes)
        let svg = project.appendingPathComponent("Output/charts/\(chart).svg")
        try Data("<svg>edited</svg>".utf8).write(to: svg)
        let edited = try CLI.run(["build"] + Self.draws, in: project)
        #expect(edited.status == 1)
        #expect(edited.stderr.contains("  charts/\(chart).svg\n"), "\(edited.stderr)")
        #expect(FileManager.default.contents(atPath: svg.path) == Data("<svg>edited</svg>".utf8))
    }
}

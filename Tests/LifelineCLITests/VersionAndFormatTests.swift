import Foundation
import Testing

/// `lifeline --version` and where the version is written; `chart`'s format chosen by the output file's extension;
/// help that states each default once.
@Suite struct VersionAndFormatTests {
    static let pngSignature = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])

    /// The version `lifeline --version` prints.
    static func version() throws -> String {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .newlines)
    }

    @Test func versionPrintsAVersionNumber() throws {
        let version = try Self.version()
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        #expect(
            parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("0"..."9").contains($0) } },
            "not MAJOR.MINOR.PATCH: \(version)")
    }

    @Test func theBuildNamesItsVersionInTheHTMLAndTheJSONButNotInTheReportOrCharts() throws {
        let version = try Self.version()
        let out = try CLI.temporaryFolder().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let build = try CLI.run(["build", "--draws", "20000", "--out", out.path])
        try #require(build.status == 0, "\(build.stderr)")

        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.contains("<meta name=\"generator\" content=\"Lifeline \(version)\">"))
        let json =
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("data/analysis.json"))) as? [String: Any]
        #expect(json?["generator"] as? String == "Lifeline \(version)")
        #expect(json?["models"] != nil)

        // A release must not rewrite the report's text or its charts.
        for file in ["report.md", "charts/broker-fees.svg", "charts/broker-fees-slide.svg", "data/models.csv"] {
            let text = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains(version), "\(file) names the version")
        }
    }

    @Test func simulateJSONNamesItsGenerator() throws {
        let result = try CLI.run(["simulate", "--draws", "2000", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["generator"] as? String == "Lifeline \(try Self.version())")
    }

    /// `--seed`'s help printed "(default 20150925). (default: 20150925)".
    @Test func seedHelpPrintsItsDefaultOnce() throws {
        for command in ["simulate", "build", "chart", "charts"] {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.components(separatedBy: "20150925").count - 1 == 1, "\(command) --help:\n\(help.stdout)")
        }
    }

    /// `chart NAME -o x.png` wrote SVG into x.png.
    @Test func chartWritesTheFormatItsOutputFileNames() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["fees.png", "FEES-UPPER.PNG"] {
            let file = folder.appendingPathComponent(name)
            let result = try CLI.run(["chart", "broker-fees", "--draws", "2000", "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try Data(contentsOf: file).prefix(8) == Self.pngSignature, "\(name) is not a PNG")
        }
        let svg = folder.appendingPathComponent("fees.svg")
        #expect(try CLI.run(["chart", "broker-fees", "--draws", "2000", "-o", svg.path]).status == 0)
        #expect(try String(contentsOf: svg, encoding: .utf8).hasPrefix("<?xml"))

        let standardOutput = try CLI.run(["chart", "broker-fees", "--draws", "2000", "-o", "-"])
        #expect(standardOutput.status == 0, "\(standardOutput.stderr)")
        #expect(standardOutput.stdout.hasPrefix("<?xml"))
    }

    @Test func aFormatThatContradictsTheFileNameIsAUsageError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (format, name) in [("svg", "fees.png"), ("png", "fees.svg")] {
            let file = folder.appendingPathComponent(name)
            let result = try CLI.run(["chart", "broker-fees", "--draws", "2000", "--format", format, "-o", file.path])
            #expect(result.status == 64)
            #expect(result.stderr.contains("--format \(format) contradicts the output file \(file.path)"), "\(result.stderr)")
            #expect(result.stderr.contains("Drop --format"), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
        // Saying the same thing twice is fine.
        let agreeing = folder.appendingPathComponent("agreeing.svg")
        #expect(try CLI.run(["chart", "broker-fees", "--draws", "2000", "--format", "svg", "-o", agreeing.path]).status == 0)
    }

    @Test func anUnknownExtensionNeedsAFormat() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["fees.jpg", "fees"] {
            let file = folder.appendingPathComponent(name)
            let result = try CLI.run(["chart", "broker-fees", "--draws", "2000", "-o", file.path])
            #expect(result.status == 64)
            #expect(result.stderr.contains("Name it with .svg or .png, or pass --format svg or --format png."), "\(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
        // With --format the name is the user's choice.
        let named = folder.appendingPathComponent("fees.image")
        #expect(try CLI.run(["chart", "broker-fees", "--draws", "2000", "--format", "png", "-o", named.path]).status == 0)
        #expect(try Data(contentsOf: named).prefix(8) == Self.pngSignature)
    }
}

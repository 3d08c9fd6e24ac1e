import Foundation
import Testing

/// `build` and `validate` read and parse the templates ahead, on the thread that parsed the command line, while the
/// data is read (when the project has no data file of its own). A build must take them only when it fills templates
/// from the same place, and report their errors exactly as when it reads them itself.
@Suite struct TemplatesAheadTests {
    /// A folder with a copy of the default templates in `Templates/` and no data file: the embedded data, and the
    /// folder's templates read ahead.
    static func project() throws -> URL {
        let folder = try CLI.temporaryFolder()
        let starter = folder.appendingPathComponent("starter")
        let made = try CLI.run(["init", starter.path])
        #expect(made.status == 0, "\(made.stderr)")
        try FileManager.default.moveItem(at: starter.appendingPathComponent("Templates"), to: folder.appendingPathComponent("Templates"))
        try FileManager.default.removeItem(at: starter)
        return folder
    }

    @Test func aSyntaxErrorInTemplatesReadAheadIsReportedAtItsLineEveryTime() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("Templates/summary.md.mustache")
        try (try String(contentsOf: summary, encoding: .utf8) + "\n{{#unclosed}}\n").write(to: summary, atomically: true, encoding: .utf8)
        for command in [["build", "--out", "out"], ["validate"]] {
            for _ in 0..<10 {
                let result = try CLI.run(command, in: folder)
                #expect(result.status == 1, "\(command): \(result.stderr)")
                #expect(result.stderr.contains("Templates/summary.md.mustache:"), "\(command): \(result.stderr)")
                #expect(result.stderr.contains("template syntax error"), "\(command): \(result.stderr)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func theFoldersTemplatesAreFilledWhetherReadAheadOrNot() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = folder.appendingPathComponent("Templates/summary.md.mustache")
        let marker = "Read from this folder's templates."
        try (try String(contentsOf: summary, encoding: .utf8) + "\n" + marker + "\n").write(to: summary, atomically: true, encoding: .utf8)
        // Read ahead (no data file here), and not (a data file named: the command line is parsed on this thread).
        let ahead = try CLI.run(["build", "--out", "ahead"], in: folder)
        #expect(ahead.status == 0, "\(ahead.stderr)")
        // The embedded data's own file, named on the command line.
        let data = CLI.repository.appendingPathComponent("Sources/LifelineData/Registry/remittances.yaml")
        let named = try CLI.run(["build", "--data", data.path, "--templates", "Templates", "--out", "named"], in: folder)
        #expect(named.status == 0, "\(named.stderr)")
        let aheadText = try String(contentsOf: folder.appendingPathComponent("ahead/report.md"), encoding: .utf8)
        #expect(aheadText.contains(marker))
        #expect(aheadText == (try String(contentsOf: folder.appendingPathComponent("named/report.md"), encoding: .utf8)))
    }

    @Test func aCheckAgainstAManifestThatNamesOtherTemplatesFillsThoseInstead() throws {
        let folder = try Self.project()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Built from a copy of the templates that says more; checked from the folder, whose own `Templates/` (read
        // ahead) lacks it: the check must fill the templates its manifest names, and so find the output current.
        let templates = folder.appendingPathComponent("Templates"), other = folder.appendingPathComponent("other")
        try FileManager.default.copyItem(at: templates, to: other)
        let summary = other.appendingPathComponent("summary.md.mustache")
        try (try String(contentsOf: summary, encoding: .utf8) + "\nOnly in the other templates.\n").write(
            to: summary, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build", "--templates", "other", "--out", "out"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        let check = try CLI.run(["build", "--check", "--out", "out"], in: folder)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("is up to date"), "\(check.stdout)")
    }
}

import Foundation
import Testing

/// `build` and `charts` replace their output folder as a whole, so they must refuse, and change nothing, while it
/// holds anything Lifeline did not write, at any depth, naming each such file relative to `--out`.
@Suite struct OutputSafetyTests {
    /// Runs `lifeline ARGUMENTS --out OUT` once `foreign` (path below OUT → text) is added to the output an
    /// earlier run of the same command left there; expects exit status 1, a message naming `foreign`'s files and
    /// saying what to do, and every file below OUT byte for byte as it was.
    func expectRefusal(_ arguments: [String], adding foreign: [String: String]) throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("Output")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let first = try CLI.run(arguments + ["--out", out.path])
        try #require(first.status == 0, "\(first.stderr)")
        for (path, text) in foreign {
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let before = try Self.snapshot(out)

        let result = try CLI.run(arguments + ["--out", out.path])
        #expect(result.status == 1)
        let one = foreign.count == 1
        #expect(
            result.stderr.hasPrefix(
                "\(out.path): error: Lifeline replaces this folder as a whole, and it holds \(foreign.count) \(one ? "file" : "files") Lifeline did not write:\n"
            ), "\(result.stderr)")
        for path in foreign.keys { #expect(result.stderr.contains("\n  \(path)\n"), "\(path) not named in: \(result.stderr)") }
        #expect(result.stderr.hasSuffix("Move \(one ? "it" : "them") out of \(out.path) or choose another --out; nothing was changed.\n"))
        #expect(try Self.snapshot(out) == before)
        for (path, text) in foreign {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(path).path) == Data(text.utf8))
        }
    }

    static let build = ["build", "--draws", "20000"]
    static let charts = ["charts", "--draws", "20000"]

    @Test func buildRefusesToDeleteANoteInChartsSubfolder() throws {
        try expectRefusal(Self.build, adding: ["charts/my-notes.txt": "mine\n"])
    }

    @Test func buildRefusesToDeleteANoteInDataSubfolder() throws {
        try expectRefusal(Self.build, adding: ["data/my-notes.txt": "mine\n"])
    }

    /// Files in a folder Lifeline never writes, nested below one it does, hidden ones included.
    @Test func buildRefusesToDeleteFilesInNestedForeignFolders() throws {
        try expectRefusal(
            Self.build,
            adding: [
                "data/raw/2024/input.csv": "a,b\n1,2\n", "charts/.drafts/sketch.svg": "<svg/>", ".git/HEAD": "ref: refs/heads/pages\n",
            ])
    }

    @Test func chartsRefusesToDeleteANoteInItsFolder() throws {
        try expectRefusal(Self.charts, adding: ["my-notes.txt": "mine\n"])
    }

    @Test func chartsRefusesToDeleteANoteInASubfolder() throws {
        try expectRefusal(Self.charts, adding: ["old/broker-fees-report.svg": "<svg/>"])
    }

    /// `charts` wrote into any folder it was given, overwriting what had a chart's name and leaving the rest; now it
    /// writes nothing into a folder that holds anything else. (A file that has a chart's name counts as a chart.)
    @Test func chartsWritesNothingIntoAFolderOfSomeoneElsesFiles() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let mine = ["talk.key": Data("slides".utf8), "broker-fees-report.svg": Data("<svg>mine</svg>".utf8)]
        for (name, data) in mine { try data.write(to: folder.appendingPathComponent(name)) }
        let result = try CLI.run(Self.charts + ["--out", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains(":\n  talk.key\nMove it out of \(folder.path) or choose another --out"), "\(result.stderr)")
        #expect(try Self.snapshot(folder) == mine)
    }

    /// The PNGs of a run with --png are Lifeline's own: a run without --png replaces them without a refusal.
    @Test func chartsWithoutPNGReplacesTheChartsOfARunWithPNG() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("charts")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(try CLI.run(Self.charts + ["--out", out.path, "--png"]).status == 0)
        let result = try CLI.run(Self.charts + ["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("broker-fees-report.svg") && !names.contains { $0.hasSuffix(".png") })
    }

    /// Every path below `folder` with its bytes (a folder's are empty).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return Dictionary(
            uniqueKeysWithValues: paths.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data()) }
        )
    }
}

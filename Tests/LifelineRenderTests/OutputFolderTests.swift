import Foundation
import Testing

@testable import LifelineRender

/// `build --out PATH` replaces a folder as a whole; it must never replace something that is not one, nor delete
/// anything in it that Lifeline did not write.
@Suite struct OutputFolderTests {
    @Test func aFileInTheFoldersPlaceIsNotReplaced() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("precious".utf8).write(to: notes)
        #expect {
            try OutputFolder(path: notes.path).replace(with: [ReportFile(path: "report.md", text: "# R\n")])
        } throws: { error in
            "\(error)"
                == "\(notes.path): error: cannot write the report here (a file, not a folder, is in its place). Choose a writable folder with --out; the previous report, if any, is unchanged."
        }
        #expect(try Data(contentsOf: notes) == Data("precious".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }

    // MARK: - Files Lifeline did not write, at any depth

    /// A report as Lifeline writes it, and the next build of it (text and a chart changed, an HTML page added).
    static let oldReport = [
        ReportFile(path: "report.md", text: "# Old\n"), ReportFile(path: "charts/a.svg", text: "<svg/>"),
        ReportFile(path: "data/models.csv", text: "id\n"),
    ]
    static let newReport = [
        ReportFile(path: "report.md", text: "# New\n"), ReportFile(path: "report.html", text: "<h1>New</h1>"),
        ReportFile(path: "charts/a.svg", text: "<svg></svg>"), ReportFile(path: "data/models.csv", text: "id\n"),
    ]

    /// Writes the old report to a new folder, adds `foreign` (path → bytes; a path ending in `/` is an empty folder,
    /// one starting with `->` a symbolic link), and tries to replace it with the new report. Expects the refusal to
    /// name `named` exactly, and the folder, foreign files included, to be byte for byte as it was.
    func expectRefusal(adding foreign: [String: String], named: [String]) throws {
        let out = try Self.folder(holding: foreign)
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let before = try Self.snapshot(out)
        #expect(throws: OutputError.foreignFiles(path: out.path, files: named)) {
            try OutputFolder(path: out.path).replace(with: Self.newReport)
        }
        #expect(try Self.snapshot(out) == before)
        for (path, text) in foreign where !path.hasSuffix("/") && !path.hasPrefix("->") {
            #expect(FileManager.default.contents(atPath: out.appendingPathComponent(path).path) == Data(text.utf8))
        }
    }

    @Test func replaceRefusesToDeleteANoteInChartsSubfolder() throws {
        try expectRefusal(adding: ["charts/my-notes.txt": "mine"], named: ["charts/my-notes.txt"])
    }

    @Test func replaceRefusesToDeleteEveryFileOfANestedForeignFolder() throws {
        try expectRefusal(
            adding: ["data/raw/2024/input.csv": "a,b\n", "data/raw/readme.md": "x", "notes/todo.txt": "t"],
            named: ["data/raw/2024/input.csv", "data/raw/readme.md", "notes/todo.txt"])
    }

    /// Hidden files were skipped at the top and never looked for below it, so they went with the old folder.
    @Test func replaceRefusesToDeleteHiddenFiles() throws {
        try expectRefusal(adding: [".git/HEAD": "ref: refs/heads/main\n", "charts/.notes": "n"], named: [".git/HEAD", "charts/.notes"])
    }

    @Test func replaceRefusesToDeleteAnEmptyForeignFolder() throws {
        try expectRefusal(adding: ["charts/drafts/": ""], named: ["charts/drafts/"])
    }

    /// A folder where Lifeline writes a file, and a link where it writes one, are not Lifeline's.
    @Test func replaceRefusesToDeleteWhatStandsWhereLifelineWritesAFile() throws {
        try expectRefusal(
            adding: ["report.html/keep.txt": "k", "->data/models.csv": "../report.md"],
            named: ["data/models.csv", "report.html/keep.txt"])
    }

    @Test func theRefusalNamesEachFileAndSaysWhatToDo() {
        let one = OutputError.foreignFiles(path: "Output", files: ["charts/my-notes.txt"])
        #expect(
            "\(one)"
                == "Output: error: Lifeline replaces this folder as a whole, and it holds 1 file Lifeline did not write:\n  charts/my-notes.txt\nMove it out of Output or choose another --out; nothing was changed."
        )
        let many = OutputError.foreignFiles(path: "Out", files: (1...102).map { "n\($0)" })
        #expect(
            "\(many)".hasPrefix(
                "Out: error: Lifeline replaces this folder as a whole, and it holds 102 files Lifeline did not write:\n  n1\n  n2\n"))
        #expect("\(many)".hasSuffix("\n  n100\n  … and 2 more\nMove them out of Out or choose another --out; nothing was changed."))
    }

    /// Lifeline's own old files go, and those of other runs (`alsoOwned`) too.
    @Test func lifelinesOwnFilesAreReplaced() throws {
        let out = try Self.folder(holding: ["charts/a-dark.png": "png"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        try OutputFolder(path: out.path).replace(with: Self.newReport, alsoOwned: ["charts/a-dark.png"])
        #expect(
            try Self.snapshot(out) == [
                "report.md": Data("# New\n".utf8), "report.html": Data("<h1>New</h1>".utf8), "charts": Data(),
                "charts/a.svg": Data("<svg></svg>".utf8),
                "data": Data(), "data/models.csv": Data("id\n".utf8),
            ])
    }

    /// Not even an operating system's metadata file (Finder's `.DS_Store`) is deleted: Lifeline cannot know that
    /// nobody keeps anything in it.
    @Test func replaceRefusesToDeleteFinderMetadata() throws {
        let out = try Self.folder(holding: ["charts/.DS_Store": "finder"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(throws: OutputError.self) { try OutputFolder(path: out.path).replace(with: Self.newReport) }
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("charts/.DS_Store").path) == Data("finder".utf8))
    }

    /// `build --check` names a foreign file as not part of the build, as the refusal does.
    @Test func checkNamesAForeignFileInASubfolder() throws {
        let out = try Self.folder(holding: ["charts/my-notes.txt": "mine"])
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(OutputFolder(path: out.path).differences(from: Self.oldReport) == ["charts/my-notes.txt (not part of the build)"])
    }

    /// A new folder `Output` in a temporary folder, holding the old report and `extra` (see ``expectRefusal(adding:named:)``).
    static func folder(holding extra: [String: String]) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-out-\(UUID().uuidString)/Output")
        try OutputFolder(path: out.path).replace(with: oldReport)
        for (path, text) in extra {
            if path.hasPrefix("->") {
                let link = out.appendingPathComponent(String(path.dropFirst(2)))
                try? FileManager.default.removeItem(at: link)
                try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: text)
                continue
            }
            let url = out.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: path.hasSuffix("/") ? url : url.deletingLastPathComponent(), withIntermediateDirectories: true)
            if !path.hasSuffix("/") { try Data(text.utf8).write(to: url) }
        }
        return out
    }

    /// Every path below `folder` with its bytes (a folder's are empty; a link's are its target's).
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return Dictionary(
            uniqueKeysWithValues: paths.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data()) }
        )
    }
}

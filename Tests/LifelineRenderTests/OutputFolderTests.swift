import Foundation
import Testing
@testable import LifelineRender

/// `build --out PATH` replaces a folder as a whole; it must never replace something that is not one.
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
            "\(error)" == "\(notes.path): error: cannot write the report here (a file, not a folder, is in its place). Choose a writable folder with --out; the previous report, if any, is unchanged."
        }
        #expect(try Data(contentsOf: notes) == Data("precious".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
    }
}

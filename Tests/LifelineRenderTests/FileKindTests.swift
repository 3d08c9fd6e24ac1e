import Foundation
import Testing

@testable import LifelineRender

@Suite("File kinds")
struct FileKindTests {
    @Test("a file, a folder, a link (not followed, even to a folder) and nothing are told apart")
    func kinds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-kinds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("report.md"), folder = root.appendingPathComponent("charts")
        try Data("# R\n".utf8).write(to: file)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("to-folder").path, withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("to-file").path, withDestinationPath: file.path)
        #expect(FileKind.of(file.path) == .regular)
        #expect(FileKind.of(folder.path) == .directory)
        #expect(FileKind.of(root.appendingPathComponent("to-folder").path) == .other)
        #expect(FileKind.of(root.appendingPathComponent("to-file").path) == .other)
        #expect(FileKind.of(root.appendingPathComponent("missing").path) == nil)
        #expect(FileKind.of("/dev/null") == .other)
    }
}

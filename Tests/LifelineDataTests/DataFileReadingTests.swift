import Foundation
import Testing

@testable import LifelineData

/// `--data` may name anything: a device, a pipe, a link to a huge file. Only regular files up to
/// 8 MiB are read, and never more than that many bytes.
@Suite struct DataFileReadingTests {
    func message(loading path: String) -> String? {
        do {
            _ = try RegistryLoader.load(path: path)
            return nil
        } catch {
            return error.diagnostics.first?.description
        }
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDeviceIsNotReadForever() {
        #expect(
            message(loading: "/dev/zero")
                == "/dev/zero: error: this is not a regular file (a device, a pipe or a socket). Give --data the path of a YAML file.")
    }

    @Test func aLinkToAnOversizedFileIsMeasuredAtItsTarget() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.yaml")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(RegistryLoader.maximumBytes + 1))  // sparse: no disk used
        try handle.close()
        let link = folder.appendingPathComponent("link.yaml")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: big)
        let expected = "error: the file is \(RegistryLoader.maximumBytes + 1) bytes, over the 8 MiB limit for a data file."
        #expect(
            message(loading: big.path)
                == "\(big.path): \(expected) A registry of sourced figures is small; check that this is the right file.")
        #expect(message(loading: link.path)?.hasPrefix("\(link.path): \(expected)") == true)
    }

    @Test func aFolderIsNamed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(message(loading: folder.path)?.contains("this is a folder, not a data file") == true)
    }

    @Test func aRegularFileStillLoads() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("data.yaml")
        try Data(validYAML.utf8).write(to: file)
        #expect(message(loading: file.path) == nil)
        #expect(try RegistryLoader.load(path: file.path).figures.count == 2)
    }
}

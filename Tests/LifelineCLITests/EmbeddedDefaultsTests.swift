import Foundation
import Testing

@Suite struct EmbeddedDefaultsTests {
    @Test func aBinaryCopiedAnywhereBuildsFromItsEmbeddedDefaults() throws {
        let folder = try CLI.temporaryFolder()
        let binary = folder.appendingPathComponent("lifeline")
        try FileManager.default.copyItem(at: CLI.executable, to: binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["build", "--draws", "20000"]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("data: embedded; templates: embedded"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output/report.html").path))
    }
}

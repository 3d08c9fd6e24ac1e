import Foundation
import Testing

@testable import LifelineRender

extension Tag {
    /// Runs LibreOffice (`soffice`): skipped without it.
    @Tag static var libreoffice: Self
}

/// Runs `executable` in `folder` (standard error discarded) and returns its exit status and standard output.
func runTool(_ executable: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct WordLibreOfficeTests {
    /// `soffice` on `PATH` or in a usual place; nil without it (Debian: apt-get install libreoffice-writer-nogui).
    static let soffice =
        ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/soffice" }
        + ["/usr/bin/soffice", "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"]).first {
            FileManager.default.isExecutableFile(atPath: $0)
        }

    /// Runs `executable` and returns its standard output.
    static func run(_ executable: String, _ arguments: [String], in folder: URL) throws -> String {
        try runTool(executable, arguments, in: folder).output
    }

    /// The yardstick: pandoc's Word file ran to 36 pages, the HTML printed to about 20.
    @Test(.tags(.libreoffice), .enabled(if: soffice != nil, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"))
    func convertsToAPDFNoLongerThanThePrintedPage() throws {
        let soffice = try #require(Self.soffice)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-word-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try defaultWordFile.write(to: folder.appendingPathComponent("report.docx"))
        // A profile of its own, so that a LibreOffice already running for someone else does not take the job.
        _ = try Self.run(
            soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf", "report.docx"], in: folder
        )
        let pdf = folder.appendingPathComponent("report.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path), "LibreOffice wrote no PDF")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else { return }
        let info = try Self.run("/usr/bin/pdfinfo", [pdf.path], in: folder)
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        #expect((8...24).contains(pages), "\(pages) pages")
        let words = try Self.run("/usr/bin/pdftotext", [pdf.path, "-"], in: folder)
        #expect(words.contains("Figure 5."), "the last figure's caption is missing")
    }
}

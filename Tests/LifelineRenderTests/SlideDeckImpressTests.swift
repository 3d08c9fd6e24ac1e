import Foundation
import Testing

@testable import LifelineRender

/// The deck opened by LibreOffice Impress, as an analyst would open it: it converts to a PDF of one 16:9 page per
/// slide. Skips, saying why, where `soffice` is not installed (Debian: libreoffice-impress-nogui; `./setup.sh`).
@Suite struct SlideDeckImpressTests {
    static var soffice: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: soffice != nil, "soffice (LibreOffice Impress) is not installed; ./setup.sh installs it"))
    func impressOpensTheDeckWithOnePagePerSlide() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-slides-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("slides.pptx")
        try SlideDeckTests.deck.data.write(to: deck)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.soffice))
        process.arguments = [
            "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path, "--headless", "--convert-to", "pdf",
            "--outdir", folder.path, deck.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = try Data(contentsOf: folder.appendingPathComponent("slides.pdf"))
        let text = String(decoding: pdf, as: UTF8.self)
        // One page per slide, each 960 × 540 points (13.33 × 7.5 inches).
        #expect(text.contains("/Count \(SlideDeckTests.slides.count)"))
        #expect(text.contains("MediaBox[0 0 960.0") && !text.contains("MediaBox[0 0 720"), "16:9 pages")
    }
}

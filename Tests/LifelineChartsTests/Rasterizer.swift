import Foundation

/// Runs /usr/bin/rsvg-convert, which the project requires; a missing binary fails the test.
enum Rasterizer {
    static let path = "/usr/bin/rsvg-convert"

    struct Missing: Error, CustomStringConvertible {
        var description: String { "\(Rasterizer.path) is missing: install librsvg2-bin" }
    }

    /// Renders `svg` to `png` at `zoom`; returns the exit status.
    static func render(svg: URL, png: URL, zoom: Double = 2) throws -> Int32 {
        guard FileManager.default.isExecutableFile(atPath: path) else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-z", String(zoom), "-f", "png", "-o", png.path, svg.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

import Foundation

/// SVG to PNG through librsvg's `rsvg-convert` (Debian: librsvg2-bin; Homebrew: librsvg).
enum Rasterizer {
    /// Where `rsvg-convert` is, searched on PATH.
    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/rsvg-convert" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The SVG drawn at `scale` times its size.
    static func png(svg: String, scale: Double) throws(RenderError) -> Data {
        guard let executable else { throw .rasterizerMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["--zoom", String(scale), "--format", "png"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw .rasterizer("cannot start \(executable): \(error.localizedDescription)") }
        // Write on another thread so that a large PNG filling the output pipe cannot deadlock us.
        let writer = Thread {
            try? input.fileHandleForWriting.write(contentsOf: Data(svg.utf8)); try? input.fileHandleForWriting.close()
        }
        writer.start()
        let png = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, !png.isEmpty else {
            throw .rasterizer(
                "rsvg-convert failed (status \(process.terminationStatus)): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return png
    }
}

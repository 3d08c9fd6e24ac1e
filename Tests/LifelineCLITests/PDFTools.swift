import Foundation
import Testing

/// The programs the PDF tests need: Chromium to print (as `lifeline build --formats pdf` finds it) and
/// poppler-utils' `pdfinfo`, `pdffonts` and `pdftotext` to read the result. `./setup.sh test` installs them.
enum PDFTools {
    /// The first of `names` on `PATH`, or nil.
    static func find(_ names: String...) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return names.flatMap { name in folders.map { "\($0)/\(name)" } }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether every program is here: without them the PDF tests are skipped, with the reason below.
    static let arePresent =
        find("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome") != nil
        && find("pdfinfo") != nil && find("pdffonts") != nil && find("pdftotext") != nil
    /// Why the PDF tests were skipped.
    static let absent: Comment =
        "Chromium or poppler-utils (pdfinfo, pdffonts, pdftotext) is not on PATH; ./setup.sh test installs them"

    /// Runs `program` (a path, or a name on `PATH`) with `arguments` and returns its status, standard output and
    /// standard error; `environment` replaces the whole environment when given.
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil) throws
        -> (status: Int32, output: String, errors: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : try #require(find(program)))
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let messages = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: messages, as: UTF8.self))
    }

    /// The value of `field` in `pdfinfo`'s listing of `file`, e.g. "A4" for `Page size` gives the whole line's value.
    static func info(_ field: String, of file: URL) throws -> String {
        let listing = try run("pdfinfo", [file.path]).output
        let line = try #require(listing.split(separator: "\n").first { $0.hasPrefix(field + ":") }, "pdfinfo lists no \(field)")
        return line.dropFirst(field.count + 1).trimmingCharacters(in: .whitespaces)
    }
}

extension Tag {
    /// Prints a PDF with Chromium and reads it with poppler-utils (`PDFTools`): skipped without them, and
    /// `./setup.sh test` fails when Chromium is installed and one of them was skipped.
    @Tag static var pdf: Self
}

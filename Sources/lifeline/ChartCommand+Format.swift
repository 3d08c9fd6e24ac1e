import ArgumentParser
import Foundation
import LifelineRender

extension ChartCommand {
    /// The format to write `output` in: the one its extension names (`.svg`, `.png`, in any case), which a
    /// `--format` may repeat but not contradict. A file with another extension, or none, needs `--format`;
    /// standard output (`-`) is SVG unless `--format` says otherwise.
    ///
    /// - Throws: a `ValidationError` (a usage error, exit 64) saying what to change.
    static func format(forOutput output: String, requested: ChartExport.Format?) throws -> ChartExport.Format {
        if output == "-" { return requested ?? .svg }
        let fileExtension = URL(fileURLWithPath: output).pathExtension
        let accepted = ChartExport.Format.allCases.map { ".\($0.rawValue)" }.joined(separator: " or ")
        guard let named = ChartExport.Format(rawValue: fileExtension.lowercased()) else {
            if let requested { return requested }
            let found = fileExtension.isEmpty ? "has no extension" : "ends in .\(fileExtension)"
            throw ValidationError(
                "the output file \(output) \(found), so the image format is unknown. "
                    + "Name it with \(accepted), or pass --format svg or --format png.")
        }
        if let requested, requested != named {
            throw ValidationError(
                "--format \(requested.rawValue) contradicts the output file \(output), whose extension is .\(fileExtension). "
                    + "Drop --format to write \(named.rawValue.uppercased()), or end the file name in .\(requested.rawValue).")
        }
        return named
    }
}

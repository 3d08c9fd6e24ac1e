import ArgumentParser
import Foundation
import LifelineData

/// `--archive DIR` and `--require-verified`, shared by `build` and `validate`: where the sources' archived copies
/// are, and whether a quote that could not be looked up in one is an error.
struct ArchiveOptions: ParsableArguments {
    /// The environment variable naming the archive folder when neither the flag nor the data does.
    static let environmentVariable = "LIFELINE_ARCHIVE"

    @Option(
        help: ArgumentHelp(
            "A folder holding the sources' archived copies (default: the data's `archive:`, else $LIFELINE_ARCHIVE).",
            valueName: "dir"))
    var archive: String?

    @Flag(help: "Fail when a quote could not be verified against an archived copy (for CI).")
    var requireVerified = false

    /// The archive folder: `--archive`, else the data's `archive:` (relative to the data file), else
    /// `$LIFELINE_ARCHIVE`; nil when none is given, or when the one the data or environment names is absent (its
    /// quotes are then unverified, so a clone without the archive still builds).
    func folder(for registry: Registry) throws -> String? {
        if let archive {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: archive, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw RegistryError([
                    Diagnostic(
                        file: archive, message: "the archive folder given to --archive does not exist",
                        hint: "Give the folder that holds the sources' archived copies.")
                ])
            }
            return archive
        }
        let environment = ProcessInfo.processInfo.environment[Self.environmentVariable].flatMap { $0.isEmpty ? nil : $0 }
        return [registry.archiveFolder, environment].compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Verifies `registry`'s quotes against the archive folder; prints the notes to stderr and throws the problems
    /// (and, with `--require-verified`, every unverified quote) as one `RegistryError`.
    func verify(_ registry: Registry) throws -> QuoteVerification {
        let verification = QuoteChecker.verify(registry, archiveFolder: try folder(for: registry))
        for note in verification.notes {
            FileHandle.standardError.write(Data("\(registry.origin): note: \(note)\n".utf8))
        }
        let problems = verification.problems + (requireVerified ? verification.unverifiedProblems(in: registry) : [])
        guard problems.isEmpty else {
            throw RegistryError(problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
        }
        return verification
    }
}

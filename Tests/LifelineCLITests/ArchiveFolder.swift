import Foundation
import Testing

/// The archived articles `validate --archive` is tested against: `LIFELINE_ARCHIVE` when set, else
/// `../shared/sources`; a relative path is taken from the repository's top folder, as in `./setup.sh test`.
enum ArchiveFolder {
    /// The folder, resolved.
    static let url = URL(
        fileURLWithPath: ProcessInfo.processInfo.environment["LIFELINE_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 } ?? "../shared/sources",
        relativeTo: CLI.repository
    ).standardizedFileURL
    /// Whether the folder exists: without it the archive tests are skipped, with the reason below.
    static let isPresent = FileManager.default.fileExists(atPath: url.path)
    /// Why the archive tests were skipped.
    static let absent: Comment = "no archived articles at \(url.path); set LIFELINE_ARCHIVE to their folder"
}

extension Tag {
    /// Reads the archived articles (`ArchiveFolder`): skipped without them, and `./setup.sh test` fails when the
    /// folder is there and one of them was skipped.
    @Tag static var archive: Self
}

import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing the files of a report into its staging folder with plain system calls: one `open`, `write` and `close`
/// per file and one `mkdir` per folder.
///
/// `Data.write(to:)` and `FileManager.createDirectory` cost several times as much: they check every parent folder
/// on each call and `fsync` every file. A staged report needs no `fsync`: it only becomes the report by the rename
/// that follows, and whatever a crash leaves behind is rebuilt by the next `lifeline build`.
enum PlainFile {
    /// A failed system call: what was being done and the system's reason.
    struct Failure: Error, CustomStringConvertible {
        /// The system's reason, e.g. "Permission denied".
        let reason: String
        var description: String { reason }

        /// The failure of the last system call on `path`.
        static func last(_ path: String) -> Failure {
            Failure(reason: "\(String(cString: strerror(errno))): \(path)")
        }
    }

    /// Creates the folder `path` (its parent must exist); a folder already there is fine.
    static func makeFolder(_ path: String) throws(Failure) {
        if mkdir(path, 0o777) != 0 {
            var status = stat()
            if errno == EEXIST, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return }
            throw .last(path)
        }
    }

    /// Writes `data` to a new file at `path`, replacing one that is there.
    static func save(_ data: Data, to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .last(path) }
        let failure: Failure? = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return .last(path)
                }
                offset += written
            }
            return nil
        }
        let closed = close(descriptor) == 0 ? nil : Failure.last(path)
        if let failure = failure ?? closed { throw failure }
    }
}

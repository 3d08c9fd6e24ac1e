#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What is at a path, as `lstat` reads it (a symbolic link is not followed, so it is `other`): what the output folder's
/// walks need to know, without `FileManager.attributesOfItem`, which also looks up the names of the file's owner and
/// group (reading `/etc/passwd` and `/etc/group` for each file).
enum FileKind: Equatable {
    /// A regular file.
    case regular
    /// A folder.
    case directory
    /// Anything else: a symbolic link, a device, a pipe or a socket.
    case other

    /// The kind of what is at `path`; nil when nothing is there or it cannot be read.
    static func of(_ path: String) -> FileKind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular
        case S_IFDIR: return .directory
        default: return .other
        }
    }
}

import Foundation

/// The folder a report is written to, replaced as a whole so that readers never see half a report.
public struct OutputFolder: Sendable {
    /// The folder's path as the user gave it.
    public var path: String

    /// Creates a handle on the folder; nothing is touched until `replace` is called.
    public init(path: String) { self.path = path }

    /// Files that differ between `files` and the folder: changed, missing, or present but not built.
    public func differences(from files: [ReportFile]) -> [String] {
        var differing: [String] = []
        for file in files {
            let current = FileManager.default.contents(atPath: url(file.path).path)
            if current == nil {
                differing.append("\(file.path) (missing)")
            } else if current != file.data {
                differing.append("\(file.path) (changed)")
            }
        }
        for entry in (try? foreignEntries(owned: Set(files.map(\.path)))) ?? [] {
            differing.append("\(entry) (not part of the build)")
        }
        return differing.sorted()
    }

    /// Writes `files` into a new sibling folder, then swaps it into place. On any error the
    /// existing folder is left exactly as it was.
    ///
    /// The old folder is deleted by the swap, so the swap is refused while it holds anything Lifeline did not write:
    /// anything but `files` and `alsoOwned`, at any depth (see ``foreignEntries(owned:)``).
    ///
    /// - Parameter alsoOwned: Paths Lifeline writes here in other runs and may drop in this one, e.g. the PNGs of
    ///   `lifeline charts --png` when it runs without `--png`.
    public func replace(with files: [ReportFile], alsoOwned: Set<String> = []) throws(OutputError) {
        try checkReplaceable(by: Set(files.map(\.path)), alsoOwned: alsoOwned)
        try replace(checked: files)
    }

    /// What ``replace(with:alsoOwned:)`` checks before it writes anything: that no file stands in the folder's
    /// place and that the folder holds nothing but `paths` and `alsoOwned`. A build runs it while it hashes its files.
    public func checkReplaceable(by paths: Set<String>, alsoOwned: Set<String> = []) throws(OutputError) {
        // A file in the folder's place would be moved aside and deleted like an old report.
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notWritable(path: path, reason: "a file, not a folder, is in its place")
        }
        let foreign: [String]
        do { foreign = try foreignEntries(owned: alsoOwned.union(paths)) } catch {
            throw .notWritable(path: path, reason: Self.reason(error))
        }
        guard foreign.isEmpty else { throw .foreignFiles(path: path, files: foreign) }
    }

    /// ``replace(with:alsoOwned:)`` once ``checkReplaceable(by:alsoOwned:)`` has passed for `files`' paths.
    public func replace(checked files: [ReportFile]) throws(OutputError) {
        let manager = FileManager.default
        let target = self.target
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).lifeline-new")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).lifeline-old")
        do {
            try? manager.removeItem(at: staging)
            try? manager.removeItem(at: retired)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            try Self.write(files, into: staging.path)
        } catch {
            try? manager.removeItem(at: staging)
            throw .notWritable(path: path, reason: Self.reason(error))
        }
        let exists = manager.fileExists(atPath: target.path)
        do {
            if exists { try manager.moveItem(at: target, to: retired) }
            do {
                try manager.moveItem(at: staging, to: target)
            } catch {
                if exists { try? manager.moveItem(at: retired, to: target) }
                throw error
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .notWritable(path: path, reason: Self.reason(error))
        }
        try? manager.removeItem(at: retired)
    }

    /// Writes `files` below the new, empty folder `root`, making each subfolder once.
    private static func write(_ files: [ReportFile], into root: String) throws(PlainFile.Failure) {
        var made: Set<String> = []
        for file in files {
            var folder = ""
            for component in file.path.split(separator: "/").dropLast() {
                folder += folder.isEmpty ? String(component) : "/" + component
                if made.insert(folder).inserted { try PlainFile.makeFolder(root + "/" + folder) }
            }
            try PlainFile.save(file.data, to: root + "/" + file.path)
        }
    }

    /// The folder as an absolute, standardized URL.
    private var target: URL { URL(fileURLWithPath: path).standardizedFileURL }

    /// The file `relative` below the folder.
    func url(_ relative: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relative)
    }

    /// The system's reason for `error`, e.g. "Permission denied".
    static func reason(_ error: Error) -> String {
        if let failure = error as? PlainFile.Failure { return failure.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return nsError.localizedDescription
    }
}

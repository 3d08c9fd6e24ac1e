import Foundation

/// The folder a report is written to, replaced as a whole so that readers never see half a report.
public struct OutputFolder: Sendable {
    /// The folder's path as the user gave it.
    public var path: String

    /// Creates a handle on the folder; nothing is touched until `replace` is called.
    public init(path: String) { self.path = path }

    /// What Lifeline writes at the top of an output folder; anything else there is someone else's.
    public static let ownedNames: Set<String> = ["report.md", "report.html", "charts", "data"]

    /// Files that differ between `files` and the folder: changed, missing, or present but not built.
    public func differences(from files: [ReportFile]) -> [String] {
        var differing: [String] = []
        let expected = Set(files.map(\.path))
        for file in files {
            let current = FileManager.default.contents(atPath: url(file.path).path)
            if current == nil { differing.append("\(file.path) (missing)") } else if current != file.data { differing.append("\(file.path) (changed)") }
        }
        for existing in existingFiles() where !expected.contains(existing) {
            differing.append("\(existing) (not part of the build)")
        }
        return differing.sorted()
    }

    /// Writes `files` into a new sibling folder, then swaps it into place. On any error the
    /// existing folder is left exactly as it was.
    public func replace(with files: [ReportFile]) throws(OutputError) {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        // A file in the folder's place would be moved aside and deleted like an old report.
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notWritable(path: path, reason: "a file, not a folder, is in its place")
        }
        let foreign = foreignEntries()
        guard foreign.isEmpty else { throw .foreignFiles(path: path, files: foreign) }

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

    private func url(_ relative: String) -> URL {
        URL(fileURLWithPath: path).appendingPathComponent(relative)
    }

    /// Top-level entries that Lifeline does not write (hidden files such as .DS_Store are ignored).
    private func foreignEntries() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !Self.ownedNames.contains($0) }.sorted()
    }

    /// Every regular file below the folder, relative to it, skipping hidden files.
    private func existingFiles() -> [String] {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let relative = url.standardizedFileURL.path.dropFirst(root.path.count + 1)
            files.append(String(relative))
        }
        return files
    }

    private static func reason(_ error: Error) -> String {
        if let failure = error as? PlainFile.Failure { return failure.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return nsError.localizedDescription
    }
}

import Foundation

extension OutputFolder {
    /// Everything below the folder that Lifeline did not write, relative to it and sorted; empty if the folder does
    /// not exist.
    ///
    /// Lifeline writes the regular files `owned` and the folders on their paths. Anything else is someone else's:
    /// another file (hidden ones too), a symbolic link, a file where Lifeline writes a
    /// folder or the reverse. Each file in a foreign folder is named; an empty one, or one that cannot be read, is
    /// named with a trailing `/`.
    ///
    /// - Throws: The system's error when the folder itself exists but cannot be read.
    func foreignEntries(owned: Set<String>) throws -> [String] {
        var folders: Set<String> = []
        for file in owned {
            var folder = ""
            for component in file.split(separator: "/").dropLast() {
                folder += folder.isEmpty ? String(component) : "/" + component
                folders.insert(folder)
            }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        let root = URL(fileURLWithPath: path)
        var foreign: [String] = []
        /// Walks the folder `relative` (not following links); inside a foreign folder everything is foreign.
        func visit(_ relative: String, names: [String], ownedFolder: Bool) {
            for name in names {
                let entry = relative.isEmpty ? name : relative + "/" + name
                let path = root.appendingPathComponent(entry).path
                let kind = FileKind.of(path)
                if kind == .directory {
                    let inside = ownedFolder && folders.contains(entry)
                    guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                        foreign.append(entry + "/")
                        continue
                    }
                    let before = foreign.count
                    visit(entry, names: names, ownedFolder: inside)
                    if !inside, foreign.count == before { foreign.append(entry + "/") }
                } else if !(ownedFolder && kind == .regular && owned.contains(entry)) {
                    foreign.append(entry)
                }
            }
        }
        visit("", names: try manager.contentsOfDirectory(atPath: root.path), ownedFolder: true)
        return foreign.sorted()
    }
}

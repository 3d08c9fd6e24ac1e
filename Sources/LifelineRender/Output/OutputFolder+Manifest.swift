import Foundation
import LifelineData

extension OutputFolder {
    /// The manifest the last build wrote here, or nil when there is none or it cannot be read.
    public func manifest() -> BuildManifest? {
        FileManager.default.contents(atPath: url(BuildManifest.fileName).path).flatMap(BuildManifest.decode)
    }

    /// The files the last build wrote here and nobody changed since: those its manifest lists whose bytes still
    /// have the SHA-256 it recorded, and the manifest itself. A build may replace them even when it no longer makes
    /// them (a chart dropped from the templates); anything else stays foreign.
    ///
    /// - Parameters:
    ///   - writing: Paths the build writes anyway (they are Lifeline's whatever their bytes): these are not read, so
    ///     only the files a build would drop are hashed.
    ///   - manifest: The folder's manifest, as ``manifest()`` read it (a build has it already).
    public func writtenByLastBuild(besides writing: Set<String> = [], recorded manifest: BuildManifest?) -> Set<String> {
        guard let manifest else { return [] }
        var owned: Set<String> = [BuildManifest.fileName]
        for (file, hash) in manifest.files
        where !writing.contains(file) && !file.hasPrefix("/") && !file.split(separator: "/").contains("..") {
            guard let data = FileManager.default.contents(atPath: url(file).path), SHA256.hex(data) == hash else { continue }
            owned.insert(file)
        }
        return owned
    }
}

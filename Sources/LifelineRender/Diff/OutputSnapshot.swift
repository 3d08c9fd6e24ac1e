import Foundation

/// A report's files by path: a folder a build wrote, or a build still in memory. One side of an ``OutputDiff``.
public struct OutputSnapshot: Sendable {
    /// Every file's bytes by its path relative to the folder.
    public var files: [String: Data]

    /// A build in memory.
    public init(files: [ReportFile]) {
        self.files = Dictionary(files.map { ($0.path, $0.data) }, uniquingKeysWith: { _, last in last })
    }

    /// Every regular file below `folder` (symbolic links are not followed); empty when the folder does not exist.
    ///
    /// - Throws: ``OutputError/notReadable(path:reason:)`` when the folder or a file in it cannot be read.
    public static func read(folder: String) throws(OutputError) -> OutputSnapshot {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else { return OutputSnapshot(files: []) }
        guard isDirectory.boolValue else { throw .notReadable(path: folder, reason: "a file, not a folder") }
        let root = URL(fileURLWithPath: folder)
        var files: [String: Data] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let names: [String]
            do { names = try manager.contentsOfDirectory(atPath: root.appendingPathComponent(relative).path) } catch {
                throw .notReadable(path: folder, reason: OutputFolder.reason(error))
            }
            for name in names {
                let entry = relative.isEmpty ? name : relative + "/" + name
                let path = root.appendingPathComponent(entry).path
                switch FileKind.of(path) {
                case .directory?: pending.append(entry)
                case .regular?:
                    guard let data = manager.contents(atPath: path) else { throw .notReadable(path: path, reason: "cannot read it") }
                    files[entry] = data
                default: continue
                }
            }
        }
        return OutputSnapshot(files: files.map { ReportFile(path: $0.key, data: $0.value) })
    }

    /// The manifest among the files, if there is one that can be read.
    var manifest: BuildManifest? { files[BuildManifest.fileName].flatMap(BuildManifest.decode) }

    /// The model results among the files (`data/analysis.json`), if there are any.
    var modelStatistics: ModelStatistics? { files[ModelStatistics.path].flatMap(ModelStatistics.init(analysisJSON:)) }

    /// The report's sentences (`report.md`), none when it has none.
    var sentences: [ReportSentence] {
        ReportSentence.sentences(in: files[OutputDiff.reportFile].map { String(decoding: $0, as: UTF8.self) } ?? "")
    }
}

import Foundation
import LifelineAnalysis
import LifelineData

/// What a build read and wrote, saved beside the report as `manifest.json`: the SHA-256 of the data file, of every
/// template and of the archived copies it read, the seed, draws and date line, the tool's version, each figure's
/// value and line, and the SHA-256 of every file written.
///
/// `build --check` rebuilds from it exactly what was built (no `--date` to repeat), `lifeline diff` and
/// `build --check` read it to say which figures moved, and `build` treats the files it lists as its own to replace.
public struct BuildManifest: Codable, Sendable, Equatable {
    /// The manifest's file name in the output folder.
    public static let fileName = "manifest.json"
    /// What `from` says for data or templates built into Lifeline.
    public static let embedded = "embedded"

    /// A file read once: where from, and its SHA-256.
    public struct Input: Codable, Sendable, Equatable {
        /// `embedded`, or the path as given (a flag or the project folder).
        public var from: String
        /// SHA-256 of its bytes.
        public var sha256: String

        /// Creates a record of one input file.
        public init(from: String, sha256: String) {
            self.from = from
            self.sha256 = sha256
        }
    }

    /// A folder of files read: where from, and each file's SHA-256 by name.
    public struct Folder: Codable, Sendable, Equatable {
        /// `embedded`, or the folder's path as given.
        public var from: String
        /// SHA-256 of each file by its name in the folder.
        public var files: [String: String]

        /// Creates a record of a folder's files.
        public init(from: String, files: [String: String]) {
            self.from = from
            self.files = files
        }
    }

    /// One figure as the report shows it, and where the data declares it.
    public struct FigureRecord: Codable, Sendable, Equatable {
        /// The figure's id.
        public var id: String
        /// Its value in its unit's words (``Figure/valueText``), e.g. `USD 2,200–3,100`.
        public var value: String
        /// Its 1-based line in the data file.
        public var line: Int
    }

    /// The program and version that built the report, e.g. `Lifeline 0.2.0`.
    public var generator: String
    /// The random seed.
    public var seed: UInt64
    /// Monte Carlo draws per model.
    public var draws: Int
    /// The formats written (`--formats`), comma-separated; absent for the default ones.
    public var formats: String?
    /// The PDF's paper (`--paper`) when it is not A4.
    public var paper: String?
    /// The report's date line; absent when the build had none.
    public var date: String?
    /// The data file.
    public var data: Input
    /// The templates.
    public var templates: Folder
    /// The archived copies of sources the build read to verify quotes; absent when it read none.
    public var archives: Folder?
    /// The fingerprint of each quote verified against an archived copy, by figure id (see
    /// ``QuoteVerification/fingerprint(of:in:)``); absent when none was.
    public var verifiedQuotes: [String: String]?
    /// Every figure, in data-file order.
    public var figures: [FigureRecord]
    /// SHA-256 of every file the build wrote but the manifest, by path relative to the output folder.
    public var files: [String: String]

    /// The manifest of `files`, built from `registry` and `templates` with `options` and `date`, read from `provenance`.
    public init(
        files: [ReportFile], registry: Registry, templates: TemplateSet, provenance: BuildProvenance, options: AnalysisOptions,
        date: String?
    ) {
        generator = LifelineVersion.generator
        seed = options.seed
        draws = options.draws
        self.date = date
        // Every input and output hashed at once, on every core.
        let templateNames = templates.files.keys.sorted()
        let blobs = [provenance.dataBytes] + templateNames.map { Data(templates.files[$0]!.utf8) } + files.map(\.data)
        let hashes = parallelMap(blobs, SHA256.hex)
        data = Input(from: provenance.dataPath ?? Self.embedded, sha256: hashes[0])
        self.templates = Folder(
            from: provenance.templatesPath ?? Self.embedded,
            files: Dictionary(uniqueKeysWithValues: zip(templateNames, hashes[1...templateNames.count])))
        archives = provenance.archives
        paper = provenance.paper
        let formats = provenance.formats?.joined(separator: ",")
        self.formats = formats == OutputFormat.defaults.map(\.rawValue).joined(separator: ",") ? nil : formats
        let verified = provenance.quotes?.fingerprints(in: registry) ?? [:]
        verifiedQuotes = verified.isEmpty ? nil : verified
        figures = registry.figures.map { FigureRecord(id: $0.id, value: $0.valueText, line: $0.line) }
        self.files = Dictionary(uniqueKeysWithValues: zip(files.map(\.path), hashes[(1 + templateNames.count)...]))
    }

    /// The data file as messages name it: its path, or the embedded registry's name.
    public var dataFile: String {
        data.from == Self.embedded ? "<embedded>/" + Registry.embeddedName : data.from
    }

    /// The manifest as `manifest.json`: sorted keys, one field a line, a final newline.
    public var file: ReportFile {
        let data = (try? PrettyJSON.data(self)) ?? Data()
        return ReportFile(path: Self.fileName, data: data + Data("\n".utf8))
    }

    /// The manifest in `data`, or nil when it is not one.
    public static func decode(_ data: Data) -> BuildManifest? {
        try? JSONDecoder().decode(BuildManifest.self, from: data)
    }
}

extension BuildManifest.Folder {
    /// The archived copies of `registry`'s sources found in `folder`, each file's SHA-256 by name.
    public static func archives(of registry: Registry, in folder: String) -> BuildManifest.Folder {
        var files: [String: String] = [:]
        for name in registry.sources.compactMap(\.archive) {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if let data = FileManager.default.contents(atPath: path) { files[name] = SHA256.hex(data) }
        }
        return BuildManifest.Folder(from: folder, files: files)
    }
}

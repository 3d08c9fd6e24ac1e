import Foundation

/// The sourced figures and the sources they come from, validated, with the parameters, pools, models and
/// comparisons the data declares over them.
public struct Registry: Sendable, Equatable {
    /// Every source, in file order.
    public var sources: [Source]
    /// Every figure, in file order.
    public var figures: [Figure]
    /// The parameters, pools, models and comparisons, as read (compiled by the analysis, which checks the ids
    /// formulas use, units and cycles).
    public var declarations: ModelDeclarations
    /// Where the registry was read from (a path, or `embedded default`).
    public var origin: String
    /// The paper's front matter (`paper:`), when the data gives it.
    public var paper: Paper?
    /// The folder of the sources' archived copies as the data names it (top-level `archive:`), relative to the
    /// data file; see ``archiveFolder``.
    public var archive: String?

    /// Creates a registry from already validated parts; it declares no models unless given `declarations`.
    public init(sources: [Source], figures: [Figure], declarations: ModelDeclarations = ModelDeclarations(), origin: String) {
        self.sources = sources
        self.figures = figures
        self.declarations = declarations
        self.origin = origin
    }

    /// The archive folder the data names, resolved against the data file's folder; nil when the data names none
    /// (the embedded default never does: a binary copied anywhere has no folder beside it).
    public var archiveFolder: String? {
        guard let archive else { return nil }
        if archive.hasPrefix("/") { return archive }
        return URL(fileURLWithPath: origin).deletingLastPathComponent().appendingPathComponent(archive).standardizedFileURL.path
    }

    /// The source with this id.
    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// The figure with this id.
    public func figure(_ id: String) -> Figure? { figures.first { $0.id == id } }

    /// The figures a source supports, in file order.
    public func figures(from sourceID: String) -> [Figure] { figures.filter { $0.source == sourceID } }

    /// The name the embedded default data file is known by in messages.
    public static let embeddedName = "remittances.yaml"

    /// The registry bundled with Lifeline.
    public static func embedded() throws(RegistryError) -> Registry {
        try RegistryLoader.parse(embeddedText, file: "<embedded>/" + embeddedName)
    }

    /// The embedded default data file's text, exactly as it is in the source tree.
    public static var embeddedText: String {
        EmbeddedFiles.all.first { $0.name == embeddedName }!.text
    }

    /// Reads and validates a data file.
    public static func load(path: String) throws(RegistryError) -> Registry {
        try RegistryLoader.load(path: path)
    }
}

extension Registry {
    /// The name of the embedded front matter `lifeline init` puts in a new project.
    static let placeholdersName = "paper-placeholders.yaml"

    /// The embedded default data file for a new project: its `paper:` credits (everything before the yardstick)
    /// replaced by placeholders the analyst fills in, the rest unchanged.
    public static var starterText: String {
        let placeholders = EmbeddedFiles.all.first { $0.name == placeholdersName }!.text
        let text = embeddedText
        guard let start = text.range(of: "\npaper:\n"), let end = text.range(of: "\n  yardstick:", range: start.upperBound..<text.endIndex)
        else { return text }
        let credits = placeholders.hasSuffix("\n") ? String(placeholders.dropLast()) : placeholders
        return String(text[..<start.lowerBound]) + "\n" + credits + String(text[end.lowerBound...])
    }
}

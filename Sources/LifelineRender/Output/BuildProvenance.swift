import Foundation
import LifelineData

/// Where a build's inputs came from, for its manifest: the data file and templates folder as given (nil: embedded),
/// the data file's bytes, and the archived copies read.
public struct BuildProvenance: Sendable {
    /// The data file's path as given; nil for the embedded registry.
    public var dataPath: String?
    /// The data file's bytes (the embedded registry's text when `dataPath` is nil).
    public var dataBytes: Data
    /// The templates folder as given; nil for the embedded templates.
    public var templatesPath: String?
    /// The archived copies of sources the build read, with their SHA-256; nil when it read none.
    ///
    /// The hook for quote verification during a build: whatever reads an archive folder records its folder and
    /// each copy's SHA-256 here (``BuildManifest/Folder``), and the manifest carries it.
    public var archives: BuildManifest.Folder?
    /// The formats the build wrote (`--formats`), by name; nil: the default ones.
    public var formats: [String]?
    /// The PDF's paper when it is not A4; nil otherwise.
    public var paper: String?
    /// Which quotes the build verified (the manifest records their fingerprints); nil when none were.
    public var quotes: QuoteVerification?

    /// The provenance of a build from `dataPath` (read again here for its hash) and `templatesPath`.
    public init(
        dataPath: String?, templatesPath: String?, archives: BuildManifest.Folder? = nil, formats: [String]? = nil, paper: String? = nil
    ) {
        self.formats = formats
        self.paper = paper
        self.dataPath = dataPath
        self.dataBytes = dataPath.map { FileManager.default.contents(atPath: $0) ?? Data() } ?? Data(Registry.embeddedText.utf8)
        self.templatesPath = templatesPath
        self.archives = archives
    }
}

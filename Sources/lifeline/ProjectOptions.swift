import ArgumentParser
import Foundation
import LifelineData
import LifelineRender

/// Where a report's data and templates come from: flags, then a project folder, then the embedded defaults.
///
/// A project folder (made by `lifeline init`) holds `data.yaml` and `Templates/`; `build` run inside it
/// uses them without flags. Anywhere else the registry and templates built into the binary are used.
struct ProjectOptions: ParsableArguments {
    /// The data file a project folder keeps its registry in.
    static let projectDataFile = "data.yaml"
    /// The folder a project keeps its templates in.
    static let projectTemplates = "Templates"

    @Option(
        name: .long,
        help: ArgumentHelp("A registry YAML file (default: ./data.yaml if present, else the embedded registry).", valueName: "file"))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A folder of templates (default: ./Templates if present, else the embedded templates).", valueName: "dir"))
    var templates: String?

    /// The data file to read, if any (nil: the embedded registry).
    var dataPath: String? { Self.dataPath(flag: data) }

    /// `--data` when given, else `./data.yaml` when present, else nil (the embedded registry).
    static func dataPath(flag: String?) -> String? {
        flag ?? (FileManager.default.fileExists(atPath: projectDataFile) ? projectDataFile : nil)
    }

    /// The registry from `--data`, the project folder, or the embedded default.
    static func loadRegistry(flag: String?) throws -> Registry {
        if let path = dataPath(flag: flag) { return try Registry.load(path: path) }
        return try Registry.embedded()
    }

    /// The templates folder to read, if any (nil: the embedded templates).
    var templatesPath: String? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: Self.projectTemplates, isDirectory: &isDirectory) && isDirectory.boolValue
        return templates ?? (exists ? Self.projectTemplates : nil)
    }

    /// The registry to build from.
    func loadRegistry() throws -> Registry { try Self.loadRegistry(flag: data) }

    /// The templates to fill.
    func loadTemplates() throws -> TemplateSet {
        if let templatesPath { return try TemplateSet.load(directory: templatesPath) }
        return .embedded
    }

    /// "data: data.yaml; templates: Templates" for the build's summary line.
    var provenance: String {
        "data: \(dataPath ?? "embedded"); templates: \(templatesPath ?? "embedded")"
    }
}

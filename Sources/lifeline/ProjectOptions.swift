import ArgumentParser
import Foundation
import LifelineAnalysis
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

    /// The registry from `--data`, the project folder, or the embedded default, with its models compiled (see
    /// ``loadProject(flag:)``); with `compiling: false`, as the loader reads it.
    static func loadRegistry(flag: String?, compiling: Bool = true) throws -> Registry {
        if compiling { return try loadProject(flag: flag).registry }
        if let path = dataPath(flag: flag) { return try Registry.load(path: path) }
        return try Registry.embedded()
    }

    /// The registry and its models compiled: the one place every command reads the project's data. Compile
    /// errors (an unknown id, a cycle, units, a divisor that can be zero) throw a `RegistryError` listing them
    /// all; warnings (an unused parameter or pool) go to stderr and do not stop the command.
    static func loadProject(flag: String?) throws -> (registry: Registry, program: CompiledProgram) {
        let registry: Registry, compilation: FormulaCompilation
        if dataPath(flag: flag) == nil, let embeddedProject {
            (registry, compilation) = try embeddedProject.get()
        } else {
            (registry, compilation) = compiled(try loadRegistry(flag: flag, compiling: false))
        }
        for warning in compilation.warnings {
            FileHandle.standardError.write(Data((warning.warningDescription + "\n").utf8))
        }
        return (registry, try compilation.get())
    }

    /// The embedded data read and its models compiled while the command line was parsed
    /// (``Lifeline/parseReadingAhead(_:)``), which ``loadProject(flag:)`` takes when the project is the embedded
    /// one; nil when not read. Set once, before any command runs.
    nonisolated(unsafe) static var embeddedProject: Result<(Registry, FormulaCompilation), RegistryError>?

    /// Reads the embedded data and compiles its models (see ``embeddedProject``).
    static func readEmbeddedProject() {
        embeddedProject = Result { () throws(RegistryError) in compiled(try Registry.embedded()) }
    }

    /// `registry` with its models compiled.
    private static func compiled(_ registry: Registry) -> (Registry, FormulaCompilation) {
        (registry, FormulaCompiler.compile(registry.declarations, registry: registry))
    }

    /// The templates folder to read, if any (nil: the embedded templates).
    var templatesPath: String? {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: Self.projectTemplates, isDirectory: &isDirectory) && isDirectory.boolValue
        return templates ?? (exists ? Self.projectTemplates : nil)
    }

    /// The registry to build from.
    func loadRegistry() throws -> Registry { try Self.loadRegistry(flag: data) }

    /// The registry to build from and its models compiled (see ``loadProject(flag:)``).
    func loadProject() throws -> (registry: Registry, program: CompiledProgram?) {
        let (registry, program) = try Self.loadProject(flag: data)
        return (registry, program)
    }

    /// The templates to fill.
    func loadTemplates() throws -> TemplateSet {
        if let templatesPath { return try TemplateSet.load(directory: templatesPath) }
        return .embedded
    }

    /// The templates read and parsed ahead, for `build` and `validate` (``Lifeline/parseReadingAhead(_:)``).
    static let templatesAhead = TemplatesAhead()

    /// The templates to fill, parsed: those read ahead when they come from the same place, else read now.
    func parsedTemplates() throws -> ParsedTemplates {
        if let ahead = Self.templatesAhead.take(from: templatesPath) { return try ahead.get() }
        return try ParsedTemplates(try loadTemplates())
    }

    /// "data: data.yaml; templates: Templates" for the build's summary line.
    var provenance: String {
        "data: \(dataPath ?? "embedded"); templates: \(templatesPath ?? "embedded")"
    }
}

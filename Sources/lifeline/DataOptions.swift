import ArgumentParser
import LifelineAnalysis
import LifelineData

/// The `--data FILE` option shared by every command that reads the registry.
struct DataOptions: ParsableArguments {
    /// A data file to use instead of the embedded default registry.
    @Option(
        name: .long,
        help: ArgumentHelp("A registry YAML file (default: ./data.yaml if present, else the embedded registry).", valueName: "file"))
    var data: String?

    /// The registry from `--data`, else `./data.yaml` in a project folder, else the embedded default, its models
    /// compiled; throws a `RegistryError` listing every problem.
    func loadRegistry() throws -> Registry {
        try ProjectOptions.loadRegistry(flag: data)
    }

    /// The registry and its compiled models (see ``ProjectOptions/loadProject(flag:)``).
    func loadProject() throws -> (registry: Registry, program: CompiledProgram) {
        try ProjectOptions.loadProject(flag: data)
    }
}

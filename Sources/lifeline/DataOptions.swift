import ArgumentParser
import LifelineData

/// The `--data FILE` option shared by every command that reads the registry.
struct DataOptions: ParsableArguments {
    /// A data file to use instead of the embedded default registry.
    @Option(name: .long, help: ArgumentHelp("A registry YAML file to use instead of the embedded default.", valueName: "file"))
    var data: String?

    /// The registry from `--data`, or the embedded default; throws a `RegistryError` listing every problem.
    func loadRegistry() throws -> Registry {
        if let data { return try Registry.load(path: data) }
        return try Registry.embedded()
    }
}

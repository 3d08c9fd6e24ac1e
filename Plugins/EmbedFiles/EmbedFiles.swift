import Foundation
import PackagePlugin

/// Build-tool plugin that embeds text files into a target as Swift string constants.
///
/// It embeds the target's own `.yaml` files and, for the renderer, every file in the package's
/// top-level `Templates/` folder.
/// The files stay the one place they are edited; the generated `Embedded.swift` lives only in the
/// build folder, so a `lifeline` binary copied anywhere still carries its defaults.
@main
struct EmbedFiles: BuildToolPlugin {
    /// Targets that carry the default templates from `Templates/`.
    static let templateTargets: Set<String> = ["LifelineRender"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        var inputs: [(name: String, url: URL)] = module.sourceFiles
            .filter { $0.url.pathExtension == "yaml" }
            .map { ($0.url.lastPathComponent, $0.url) }
        if Self.templateTargets.contains(target.name) {
            let templates = context.package.directoryURL.appending(path: "Templates")
            let names = try FileManager.default.contentsOfDirectory(atPath: templates.path())
                .filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") }  // "~$…": Word's lock file beside an open document
                .sorted()
            inputs += names.map { ($0, templates.appending(path: $0)) }
        }
        guard !inputs.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded.swift")
        var arguments = [output.path()]
        for input in inputs { arguments += [input.name, input.url.path()] }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) file(s) into \(target.name)",
                executable: try context.tool(named: "lifeline-embed").url,
                arguments: arguments,
                inputFiles: inputs.map(\.url),
                outputFiles: [output]
            )
        ]
    }
}

import ArgumentParser
import Foundation
import LifelineData

/// `lifeline figures`: the registry as a terminal table, JSON, CSV or Markdown.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the sourced figures in the registry.")

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv, markdown
    }

    @OptionGroup var dataOptions: DataOptions

    @Option(help: "Output format: table, json, csv or markdown.")
    var format: Format = .table

    func run() throws {
        let registry = try dataOptions.loadRegistry()
        print(FigureListing(registry: registry).render(format), terminator: "")
    }
}

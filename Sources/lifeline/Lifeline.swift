import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

#if os(Linux)
    /// glibc's `mallopt(3)`, which the Glibc module does not export.
    @_silgen_name("mallopt") private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
    /// `M_ARENA_MAX` in glibc's `<malloc.h>`.
    private let mallocArenaMaximum: Int32 = -8
#endif

/// The `lifeline` command: sourced figures on remittances to North Korea, turned into a briefing report.
@main
struct Lifeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifeline",
        abstract: "Turn sourced figures on cash remittances to North Korea into a statistical briefing report.",
        discussion: """
            Exit codes: 0 success; 1 invalid data, templates or quotes, a failed build, a stale report \
            (build --check), or output folders that differ (diff); 64 a usage error (an unknown option or a bad value).
            """,
        version: LifelineVersion.number,
        subcommands: [
            FiguresCommand.self, ValidateCommand.self, ModelsCommand.self, SimulateCommand.self, ErodeCommand.self, BuildCommand.self,
            ChartCommand.self,
            ChartsCommand.self, InitCommand.self, DiffCommand.self,
        ]
    )

    /// Runs the command, printing data and template problems as located diagnostics on stderr.
    static func main() {
        limitMallocArenas()
        do {
            var command = try parseReadingAhead(CommandLine.arguments)
            try command.run()
        } catch {
            guard let message = diagnostics(of: error) else { exit(withError: error) }
            fail(message)
        }
    }

    /// The command `arguments` name, parsed. For `build` and `validate`, unless the arguments or a `data.yaml` here
    /// say the project has data of its own, a helper thread parses them while this thread reads the embedded data
    /// and compiles its models (``ProjectOptions/embeddedProject``): the reading takes about twice as long as the
    /// parse, and a new thread can take milliseconds to start on a sleeping core, so the helper gets the shorter
    /// part (this thread parses them itself if the helper has not started by then), and then reads and parses the
    /// templates the arguments name (``ProjectOptions/templatesAhead``). The guesses only save time: loading takes
    /// the data read ahead only when the project turns out to be the embedded one, and the templates only when it
    /// fills them from the same place, so the output does not change.
    static func parseReadingAhead(_ arguments: [String]) throws -> any ParsableCommand {
        guard arguments.count > 1, ["build", "validate"].contains(arguments[1]),
            !arguments.contains(where: { $0.hasPrefix("--data") }), ProjectOptions.dataPath(flag: nil) == nil
        else { return try parseAsRoot() }
        // The thread that parses the arguments then reads and parses the templates they name, while this one is still
        // reading the data (the reading is prepared with the parse, so no one waits for a thread that never started).
        let parsing = Background(
            {
                let result = Result { try parseAsRoot() }
                if case .success(let command) = result,
                    let project = (command as? BuildCommand)?.project ?? (command as? ValidateCommand)?.project
                {
                    ProjectOptions.templatesAhead.prepare(project)
                }
                return ParsedCommand(result: result)
            },
            then: {
                warmWorkers()
                ProjectOptions.templatesAhead.run()
            })
        ProjectOptions.readEmbeddedProject()
        return try parsing.value.result.get()
    }

    /// Gives Dispatch's pool work while the data is still being read, so that it starts its threads here, on the
    /// helper, and not on the main thread when the simulation spreads over the cores and the readings start beside
    /// it (a new thread took up to 3 ms to start then, while another thread faulted pages in).
    static func warmWorkers() {
        for _ in 0..<3 { DispatchQueue.global(qos: .userInitiated).async {} }
    }

    /// A parsed command, handed from the thread that parsed it to the one that runs it (after the parse, before the
    /// run: never touched by both at once).
    struct ParsedCommand: @unchecked Sendable {
        let result: Result<any ParsableCommand, any Error>
    }

    /// At most two malloc arenas. glibc reserves 64 MiB of address space for each arena it adds when threads
    /// allocate at once (up to 8 a core); under a memory limit on address space (`ulimit -v`, as the bad-input tests
    /// run it), a build that parses a large data file while the templates parse on a worker died with "failed to
    /// allocate" though it used little memory.
    static func limitMallocArenas() {
        #if os(Linux)
            _ = mallopt(mallocArenaMaximum, 2)
        #endif
    }

    /// The located diagnostics printed for a problem in the data, the templates, the analysis or the output
    /// folder; nil for any other error (argument parser's usage errors, `--help`, `--version`).
    static func diagnostics(of error: any Error) -> String? {
        switch error {
        case let error as RegistryError: error.description
        case let error as RenderError: error.description
        case let error as AnalysisError: "error: \(error.description)"
        case let error as OutputError: error.description
        default: nil
        }
    }

    /// Prints `message` to stderr and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        Foundation.exit(1)
    }
}

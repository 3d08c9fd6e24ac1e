import ArgumentParser
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// The `lifeline` command: sourced figures on remittances to North Korea, turned into a briefing report.
@main
struct Lifeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifeline",
        abstract: "Turn sourced figures on cash remittances to North Korea into a statistical briefing report.",
        discussion: """
            Exit codes: 0 success; 1 invalid data, templates or quotes, a failed build, or a stale report \
            (build --check); 64 a usage error (an unknown option or a bad value).
            """,
        version: LifelineVersion.number,
        subcommands: [FiguresCommand.self, ValidateCommand.self, SimulateCommand.self, ErodeCommand.self, BuildCommand.self, ChartCommand.self, ChartsCommand.self, InitCommand.self]
    )

    /// Runs the command, printing data and template problems as located diagnostics on stderr.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as RegistryError {
            fail(error.description)
        } catch let error as RenderError {
            fail(error.description)
        } catch let error as AnalysisError {
            fail("error: \(error.description)")
        } catch let error as OutputError {
            fail(error.description)
        } catch {
            exit(withError: error)
        }
    }

    /// Prints `message` to stderr and exits with status 1.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
        Foundation.exit(1)
    }
}

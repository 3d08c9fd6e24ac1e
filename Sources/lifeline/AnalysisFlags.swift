import ArgumentParser
import LifelineAnalysis

/// `--draws` and `--seed` for the commands that run the analysis to draw a report or its charts.
struct AnalysisFlags: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Monte Carlo draws per model (default 1000000).", valueName: "n"),
            transform: { text in try SimulateCommand.drawCount(text) })
    var draws: Int = AnalysisOptions.defaultDraws

    @Option(name: .long, help: ArgumentHelp("The random seed (default \(AnalysisOptions.defaultSeed)).", valueName: "s"))
    var seed: UInt64 = AnalysisOptions.defaultSeed

    /// The analysis options these flags choose.
    var options: AnalysisOptions { AnalysisOptions(draws: draws, seed: seed) }
}

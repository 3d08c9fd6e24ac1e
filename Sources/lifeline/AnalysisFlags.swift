import ArgumentParser
import LifelineAnalysis

/// `--draws` and `--seed` for the commands that run the analysis to draw a report or its charts.
struct AnalysisFlags: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("Monte Carlo draws per model (default 1000000; 1e9 and 1_000_000 also work).", valueName: "n"),
        transform: { text in try AnalysisFlags.drawCount(text) })
    var draws: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The random seed; the same seed gives the same numbers (default \(AnalysisOptions.defaultSeed)).", valueName: "s"))
    var seed: UInt64?

    /// The analysis options these flags choose.
    var options: AnalysisOptions { options(over: AnalysisOptions()) }

    /// The flags given, and for those not given the draws and seed of `defaults` (e.g. what a manifest recorded).
    func options(over defaults: AnalysisOptions) -> AnalysisOptions {
        AnalysisOptions(draws: draws ?? defaults.draws, seed: seed ?? defaults.seed)
    }

    /// A whole number of draws from `1000000`, `1_000_000`, `1,000,000` or `1e6`.
    static func drawCount(_ text: String) throws -> Int {
        let cleaned = text.filter { $0 != "_" && $0 != "," }
        if let value = Int(cleaned), value >= 1 { return value }
        if let value = Double(cleaned), value.isFinite, value >= 1, value == value.rounded(), value <= 1e15 { return Int(value) }
        throw ValidationError("--draws needs a whole number of draws of at least 1, such as 1000000 or 1e6, not \"\(text)\".")
    }
}

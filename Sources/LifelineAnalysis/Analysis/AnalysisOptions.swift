import Foundation

/// How to run the analysis: number of draws, seed and threads; the models, their parameters, pools and curves
/// are in the data.
public struct AnalysisOptions: Sendable, Equatable {
    /// The default number of Monte Carlo draws per model: 1,000,000.
    public static let defaultDraws = 1_000_000
    /// The default seed, 20150925: the day the UN adopted the 2030 Agenda with target 10.c. Any seed gives
    /// valid results; a fixed default makes every run of the same data identical.
    public static let defaultSeed: UInt64 = 20_150_925

    /// Monte Carlo draws per model (at least 1).
    public var draws: Int
    /// The generator seed.
    public var seed: UInt64
    /// Worker threads (at least 1). Results are identical for every value.
    public var threads: Int
    /// Draws per reading of the evidence (`readings:`); `nil` for the default, ``readingDraws``.
    public var readingDrawsSetting: Int?
    /// Draws per reading: the setting, or the main run's draws up to ``defaultReadingDraws``. A reading re-runs
    /// its models once per reading; its results are printed to two significant figures, which 100,000 draws
    /// settle, so the default keeps a build fast.
    public var readingDraws: Int { readingDrawsSetting ?? min(draws, Self.defaultReadingDraws) }
    /// The most draws a reading takes by default: 100,000.
    public static let defaultReadingDraws = 100_000
    /// Number of equal-width chart bins in each summary's histogram.
    public var histogramBins: Int
    /// Percentiles to report beyond 5, 25, 50, 75 and 95 (probabilities, e.g. 0.99).
    public var extraPercentiles: [Double]

    /// Creates options; every argument has the documented default (threads: the active processor count).
    public init(
        draws: Int = AnalysisOptions.defaultDraws,
        seed: UInt64 = AnalysisOptions.defaultSeed,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        readingDraws: Int? = nil,
        histogramBins: Int = 40,
        extraPercentiles: [Double] = []
    ) {
        self.draws = draws
        self.seed = seed
        self.threads = threads
        self.readingDrawsSetting = readingDraws
        self.histogramBins = histogramBins
        self.extraPercentiles = extraPercentiles
    }

    /// Checks every option, naming the first bad one.
    public func validate() throws(AnalysisError) {
        guard draws >= 1 else {
            throw .invalidOption(name: "--draws", value: "\(draws)", reason: "at least 1 draw is needed (the default is 1000000)")
        }
        if let readingDrawsSetting, readingDrawsSetting < 1 {
            throw .invalidOption(name: "reading draws", value: "\(readingDrawsSetting)", reason: "at least 1 draw is needed")
        }
        guard threads >= 1 else {
            throw .invalidOption(name: "threads", value: "\(threads)", reason: "at least 1 thread is needed")
        }
        guard (1...10_000).contains(histogramBins) else {
            throw .invalidOption(name: "histogram bins", value: "\(histogramBins)", reason: "use 1 to 10000 bins")
        }
        for p in extraPercentiles where !(p >= 0 && p <= 1) {
            throw .invalidOption(name: "percentile", value: "\(p)", reason: "write percentiles as probabilities from 0 to 1, e.g. 0.99")
        }
    }
}

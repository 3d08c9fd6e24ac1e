/// How the numbers were made, for the report's methodology section.
///
/// JSON keys: `generator`, `seed`, `draws`, `blockSize`, `percentiles`, `percentileRelativeError`,
/// `distributions`, `sensitivity`.
public struct MethodNotes: Codable, Sendable, Equatable {
    /// The random number generator and how streams are split.
    public var generator: String
    /// The seed used.
    public var seed: UInt64
    /// Draws per model.
    public var draws: Int
    /// Draws per generator block.
    public var blockSize: Int
    /// How percentiles are computed.
    public var percentiles: String
    /// The largest relative error of a reported percentile (2⁻¹⁰ ≈ 0.00098).
    public var percentileRelativeError: Double
    /// How registry figures become distributions.
    public var distributions: String
    /// How the tornado rows are computed.
    public var sensitivity: String

    /// The notes for a run with this seed and number of draws.
    public init(seed: UInt64, draws: Int) {
        generator =
            "xoshiro256** (Blackman & Vigna), seeded through SplitMix64; each uncertain input has its own stream "
            + "(seeded from the seed and the input's key), and each block of \(MonteCarlo.blockSize) draws starts 2^128 "
            + "numbers further on (the generator's jump), so results are identical for any number of threads and on every "
            + "machine, and an input gets the same draws in every model that uses it."
        self.seed = seed
        self.draws = draws
        blockSize = MonteCarlo.blockSize
        percentiles =
            "Streaming log-bucket histogram indexed by the IEEE-754 bits of each value (exponent and top "
            + "\(StreamingHistogram.subBucketBits) mantissa bits: 1,024 buckets per power of two), interpolated within "
            + "the bucket; every draw is counted, none is stored."
        percentileRelativeError = 1.0 / Double(1 << StreamingHistogram.subBucketBits)
        distributions =
            "A range is uniform unless the data file names another distribution: triangular or PERT with "
            + "a mode, log-normal reading the range as a 90 % interval, or discrete whole numbers; a single value is a "
            + "point. Inputs are independent."
        sensitivity =
            "Each uncertain input is set to its 5th and then its 95th percentile with every other input at "
            + "its median; the output at each end is exact."
    }
}

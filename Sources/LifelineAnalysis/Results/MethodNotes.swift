/// The numbers behind how the results were made, for the report's methodology section (its words are in the
/// methodology template).
///
/// JSON keys: `seed`, `draws`, `blockSize`, `subBucketBits`, `bucketsPerPowerOfTwo`, `percentileRelativeError`.
public struct MethodNotes: Codable, Sendable, Equatable {
    /// The seed used.
    public var seed: UInt64
    /// Draws per model.
    public var draws: Int
    /// Draws per generator block; each block starts 2¹²⁸ numbers further on in its input's stream.
    public var blockSize: Int
    /// The mantissa bits (after the exponent) that index the percentile histogram's buckets.
    public var subBucketBits: Int
    /// Buckets per power of two: 2^`subBucketBits`.
    public var bucketsPerPowerOfTwo: Int
    /// The largest relative error of a reported percentile (2⁻¹⁰ ≈ 0.00098).
    public var percentileRelativeError: Double

    /// The notes for a run with this seed and number of draws.
    public init(seed: UInt64, draws: Int) {
        self.seed = seed
        self.draws = draws
        blockSize = MonteCarlo.blockSize
        subBucketBits = StreamingHistogram.subBucketBits
        bucketsPerPowerOfTwo = 1 << StreamingHistogram.subBucketBits
        percentileRelativeError = 1.0 / Double(1 << StreamingHistogram.subBucketBits)
    }
}

/// How a model output is distributed over the Monte Carlo draws: the numbers a briefing quotes (mean, median,
/// 90 % interval from the 5th to the 95th percentile), the quartiles, and histogram bins for a chart.
///
/// Percentiles come from a ``StreamingHistogram`` and are accurate to 0.098 % of the value; the mean, standard
/// deviation, minimum and maximum are exact for the draws made.
///
/// JSON keys: `count`, `mean`, `sd`, `min`, `max`, `p5`, `p25`, `median`, `p75`, `p95`, `histogram` (array of
/// ``HistogramBin``) and `percentiles` (array of ``Percentile``, empty unless more were asked for).
public struct Summary: Codable, Sendable, Equatable {
    /// Number of draws.
    public var count: Int
    /// The mean.
    public var mean: Double
    /// The standard deviation of the draws.
    public var standardDeviation: Double
    /// The smallest draw.
    public var minimum: Double
    /// The largest draw.
    public var maximum: Double
    /// The 5th percentile: the lower end of the 90 % interval.
    public var p5: Double
    /// The 25th percentile.
    public var p25: Double
    /// The median.
    public var median: Double
    /// The 75th percentile.
    public var p75: Double
    /// The 95th percentile: the upper end of the 90 % interval.
    public var p95: Double
    /// Equal-width bins from the smallest to the largest draw, for charts.
    public var histogram: [HistogramBin]
    /// Further percentiles that were asked for.
    public var percentiles: [Percentile]

    enum CodingKeys: String, CodingKey {
        case count, mean
        case standardDeviation = "sd"
        case minimum = "min"
        case maximum = "max"
        case p5, p25, median, p75, p95
        case histogram, percentiles
    }

    /// Creates a summary from its parts.
    public init(
        count: Int, mean: Double, standardDeviation: Double, minimum: Double, maximum: Double,
        p5: Double, p25: Double, median: Double, p75: Double, p95: Double,
        histogram: [HistogramBin] = [], percentiles: [Percentile] = []
    ) {
        self.count = count
        self.mean = mean
        self.standardDeviation = standardDeviation
        self.minimum = minimum
        self.maximum = maximum
        self.p5 = p5
        self.p25 = p25
        self.median = median
        self.p75 = p75
        self.p95 = p95
        self.histogram = histogram
        self.percentiles = percentiles
    }

    /// Summarises engine statistics with `bins` chart bins and the `extra` percentiles.
    public init(_ statistics: SampleStatistics, bins: Int = 40, extra: [Double] = []) {
        let standard = statistics.histogram.quantiles(
            [0.05, 0.25, 0.5, 0.75, 0.95] + extra, minimum: statistics.minimum, maximum: statistics.maximum)
        self.init(
            count: statistics.count, mean: statistics.mean, standardDeviation: statistics.variance.squareRoot(),
            minimum: statistics.minimum, maximum: statistics.maximum,
            p5: standard[0], p25: standard[1], median: standard[2], p75: standard[3], p95: standard[4],
            histogram: Self.bins(statistics, count: bins),
            percentiles: zip(extra, standard.dropFirst(5)).map { Percentile(p: $0, value: $1) })
    }

    /// The exact summary of a single distribution, with no simulation: exact mean, standard deviation and
    /// percentiles; histogram counts are the expected counts for `count` draws (rounded).
    public init(exactly distribution: InputDistribution, count: Int, bins: Int = 40, extra: [Double] = []) {
        let support = distribution.support
        let low = support.lowerBound, high = support.upperBound
        var histogram: [HistogramBin] = []
        if bins > 0 {
            if high > low {
                let width = (high - low) / Double(bins)
                // P(edge_i ≤ X < edge_i+1), with the last bin closed at the top.
                let below = (0...bins).map { i -> Double in
                    i == bins ? 1 : distribution.cdf((low + Double(i) * width).nextDown)
                }
                histogram = (0..<bins).map { i in
                    HistogramBin(
                        lower: low + Double(i) * width, upper: i == bins - 1 ? high : low + Double(i + 1) * width,
                        count: Int((Double(count) * max(0, below[i + 1] - below[i])).rounded()))
                }
            } else {
                histogram = [HistogramBin(lower: low, upper: high, count: count)]
            }
        }
        self.init(
            count: count, mean: distribution.mean, standardDeviation: distribution.variance.squareRoot(),
            minimum: low, maximum: high,
            p5: distribution.quantile(0.05), p25: distribution.quantile(0.25), median: distribution.quantile(0.5),
            p75: distribution.quantile(0.75), p95: distribution.quantile(0.95), histogram: histogram,
            percentiles: extra.map { Percentile(p: $0, value: distribution.quantile($0)) })
    }

    /// Groups the fine buckets into `count` equal-width chart bins from minimum to maximum; each fine bucket
    /// goes whole to the bin holding its midpoint (fine buckets are at most 0.1 % wide, so edges move by no
    /// more than that). A constant output gives one bin.
    static func bins(_ statistics: SampleStatistics, count: Int) -> [HistogramBin] {
        let low = statistics.minimum, high = statistics.maximum
        guard count > 0, statistics.count > 0 else { return [] }
        guard high > low else { return [HistogramBin(lower: low, upper: high, count: Int(statistics.histogram.count))] }
        let width = (high - low) / Double(count)
        var counts = [Int](repeating: 0, count: count)
        statistics.histogram.forEachBucket { lower, upper, bucketCount in
            let middle = min(max((lower + upper) / 2, low), high)
            let index = min(Int((middle - low) / width), count - 1)
            counts[index] += Int(bucketCount)
            return true
        }
        return counts.enumerated().map { index, n in
            HistogramBin(lower: low + Double(index) * width, upper: index == count - 1 ? high : low + Double(index + 1) * width, count: n)
        }
    }

    /// The standard error of the mean, sd/√n: how far the Monte Carlo mean may sit from the true mean.
    public var meanStandardError: Double { count > 0 ? standardDeviation / Double(count).squareRoot() : .nan }

    /// The compact interval view: mean, 5th percentile, median, 95th percentile.
    public var interval: Interval { Interval(mean: mean, p5: p5, median: median, p95: p95) }

    /// The summary of `factor × X` for a positive `factor` (quantiles of a positive multiple scale exactly).
    public func scaled(by factor: Double) -> Summary {
        precondition(factor > 0, "only a positive factor keeps the order of percentiles")
        return Summary(
            count: count, mean: mean * factor, standardDeviation: standardDeviation * factor,
            minimum: minimum * factor, maximum: maximum * factor,
            p5: p5 * factor, p25: p25 * factor, median: median * factor, p75: p75 * factor, p95: p95 * factor,
            histogram: histogram.map { HistogramBin(lower: $0.lower * factor, upper: $0.upper * factor, count: $0.count) },
            percentiles: percentiles.map { Percentile(p: $0.p, value: $0.value * factor) })
    }
}

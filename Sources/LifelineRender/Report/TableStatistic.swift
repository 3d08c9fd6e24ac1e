/// The statistic a `models` table gives beside each model's 90% interval.
enum TableStatistic: String, CaseIterable, Sendable {
    /// The simulated median.
    case median
    /// The simulated mean (means add up across parts of a whole; medians do not).
    case mean
}

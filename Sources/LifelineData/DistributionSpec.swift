/// Which probability distribution the analysis draws a figure from.
///
/// The default is `point` for a single value and `uniform` for a range. A data file may choose
/// another with `distribution:` (and `mode:` for `triangular` and `pert`, `sample:` for `sample-share`).
public enum DistributionSpec: Sendable, Equatable {
    /// Always the same number.
    case point
    /// Every number between low and high equally likely (the default for a range).
    case uniform
    /// Triangular between low and high, peaking at `mode`.
    case triangular(mode: Double)
    /// Beta-PERT between low and high with the given `mode`: smoother than triangular.
    case pert(mode: Double)
    /// Log-normal that puts 90 % of its mass between low and high (low > 0).
    case lognormal
    /// Each whole number from low to high equally likely ("once or twice a year").
    case discrete
    /// A share measured in a sample of `size` (the value of the figure `sample`, e.g. a survey's respondents),
    /// drawn from its sampling distribution: normal around the share with sd √(p(1−p)/n), clipped to 0–1.
    case sampleShare(sample: String, size: Int)

    /// The name used in data files and in the report's methodology.
    public var name: String {
        switch self {
        case .point: "point"
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .pert: "pert"
        case .lognormal: "lognormal"
        case .discrete: "discrete"
        case .sampleShare: "sample-share"
        }
    }

    /// Every name a data file may use.
    public static let names = ["point", "uniform", "triangular", "pert", "lognormal", "discrete", "sample-share"]

    /// The fewest members of a sample on each side of a `sample-share` (n·p and n·(1−p)): below it the normal
    /// approximation of the sampling distribution is poor, and the loader refuses the figure.
    public static let sampleShareMinimumOnEachSide = 5.0
}

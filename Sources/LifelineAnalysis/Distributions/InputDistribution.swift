import Foundation
import LifelineData

/// The probability distribution of one uncertain model input.
///
/// A registry figure becomes a distribution through ``init(figure:)``: a point value is a ``Kind/point(_:)``,
/// and a range is ``Kind/uniform(low:high:)`` unless the data file names another distribution
/// (`triangular` or `pert` with a `mode`, `lognormal` read as a 90 % interval, `discrete` whole numbers, or
/// `sample-share`, a share measured in a sample drawn from its sampling distribution).
/// A ``Kind/mixture(_:)`` pools several distributions, e.g. the broker fees that different sources report.
///
/// Every distribution answers ``mean``, ``quantile(_:)`` and ``cdf(_:)`` exactly (PERT through a fine table, see
/// ``QuantileTable``) and hands the Monte Carlo engine a fast sampler.
public struct InputDistribution: Sendable, Equatable, CustomStringConvertible {
    /// Which distribution, with its parameters.
    public indirect enum Kind: Sendable, Equatable {
        /// Always `value`.
        case point(Double)
        /// Every value in [low, high] equally likely.
        case uniform(low: Double, high: Double)
        /// Triangular on [low, high], peaking at `mode`.
        case triangular(low: Double, mode: Double, high: Double)
        /// Beta-PERT on [low, high] with the given `mode`.
        case pert(low: Double, mode: Double, high: Double)
        /// Log-normal with 5 % of its mass below `low` and 5 % above `high` (a range read as a 90 % interval).
        case lognormal(low: Double, high: Double)
        /// Each whole number from `low` to `high` equally likely.
        case discrete(low: Int, high: Int)
        /// A share `share` measured in a sample of `size`: normal with mean p and sd √(p(1−p)/n), clipped to
        /// [0, 1] (see ``sampleShareSD(share:size:)``).
        case sampleShare(share: Double, size: Int)
        /// A weighted mixture: first a component is chosen with probability proportional to its weight, then
        /// a value from it.
        case mixture([MixtureComponent])
    }

    /// The distribution and its parameters.
    public let kind: Kind
    /// The tabulated quantile function, for PERT.
    let table: QuantileTable?

    /// Creates a distribution. PERT is tabulated once here.
    public init(_ kind: Kind) {
        self.kind = kind
        if case .pert(let low, let mode, let high) = kind, high > low {
            table = QuantileTable.pert(low: low, mode: mode, high: high)
        } else {
            table = nil
        }
    }

    /// The distribution a registry figure asks for (see ``DistributionSpec``); a range whose ends are equal is
    /// a point.
    public init(figure: Figure) {
        self.init(value: figure.value, spec: figure.distribution)
    }

    /// The distribution a value or range and a ``DistributionSpec`` ask for (a figure's, or a parameter's);
    /// a range whose ends are equal is a point.
    public init(value: FigureValue, spec: DistributionSpec) {
        let low = value.low, high = value.high
        if case .sampleShare(_, let size) = spec, low == high, Self.sampleShareSD(share: low, size: size) > 0 {
            self.init(.sampleShare(share: low, size: size))
            return
        }
        if low == high {
            self.init(.point(low))
            return
        }
        switch spec {
        case .point: self.init(.point(value.midpoint))
        case .uniform: self.init(.uniform(low: low, high: high))
        case .triangular(let mode): self.init(.triangular(low: low, mode: mode, high: high))
        case .pert(let mode): self.init(.pert(low: low, mode: mode, high: high))
        case .lognormal: self.init(.lognormal(low: low, high: high))
        case .discrete: self.init(.discrete(low: Int(low.rounded()), high: Int(high.rounded())))
        case .sampleShare: self.init(.uniform(low: low, high: high))  // the loader allows only a single share
        }
    }

    /// Equality of kind (the table follows from the kind).
    public static func == (lhs: InputDistribution, rhs: InputDistribution) -> Bool { lhs.kind == rhs.kind }

    /// The name the report's methodology uses: `point`, `uniform`, `triangular`, `pert`, `lognormal`,
    /// `discrete`, `sample-share` or `mixture`.
    public var name: String {
        switch kind {
        case .point: "point"
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .pert: "pert"
        case .lognormal: "lognormal"
        case .discrete: "discrete"
        case .sampleShare: "sample-share"
        case .mixture: "mixture"
        }
    }

    /// The name with its parameters, e.g. `uniform(0.2, 0.6)`, for methodology tables.
    public var description: String {
        switch kind {
        case .point(let v): "point(\(Self.number(v)))"
        case .uniform(let a, let b): "uniform(\(Self.number(a)), \(Self.number(b)))"
        case .triangular(let a, let m, let b): "triangular(\(Self.number(a)), mode \(Self.number(m)), \(Self.number(b)))"
        case .pert(let a, let m, let b): "pert(\(Self.number(a)), mode \(Self.number(m)), \(Self.number(b)))"
        case .lognormal(let a, let b): "lognormal(90 % in \(Self.number(a))–\(Self.number(b)))"
        case .discrete(let a, let b): "discrete(\(a)…\(b))"
        case .sampleShare(let p, let n): "sample-share(\(Self.number(p)) of \(n))"
        case .mixture(let parts):
            "mixture(" + parts.map { "\(Self.number($0.weight)) × \($0.distribution)" }.joined(separator: ", ") + ")"
        }
    }

    /// The log-normal's μ and σ (of the logarithm), fitted so that `low` and `high` are its 5th and 95th
    /// percentiles: μ = (ln low + ln high)/2, σ = (ln high − ln low)/(2 × 1.6449).
    public static func lognormalParameters(low: Double, high: Double) -> (mu: Double, sigma: Double) {
        let mu = (log(low) + log(high)) / 2
        return (mu, (log(high) - log(low)) / (2 * StandardNormal.z95))
    }

    /// The expected value.
    public var mean: Double {
        switch kind {
        case .point(let v): return v
        case .uniform(let a, let b): return (a + b) / 2
        case .triangular(let a, let m, let b): return (a + m + b) / 3
        case .pert(let a, let m, let b): return table?.mean ?? (a + 4 * m + b) / 6
        case .lognormal(let a, let b):
            let (mu, sigma) = Self.lognormalParameters(low: a, high: b)
            return exp(mu + sigma * sigma / 2)
        case .discrete(let a, let b): return Double(a + b) / 2
        case .sampleShare(let p, let n): return Self.clippedNormalMoments(mean: p, sd: Self.sampleShareSD(share: p, size: n)).mean
        case .mixture(let parts):
            let total = parts.reduce(0) { $0 + $1.weight }
            return parts.reduce(0) { $0 + $1.weight * $1.distribution.mean } / total
        }
    }

    /// The variance.
    public var variance: Double {
        switch kind {
        case .point: return 0
        case .uniform(let a, let b): return (b - a) * (b - a) / 12
        case .triangular(let a, let m, let b): return (a * a + m * m + b * b - a * m - a * b - m * b) / 18
        case .pert(let a, let m, let b):
            if let table { return table.variance }
            let mean = (a + 4 * m + b) / 6
            return (mean - a) * (b - mean) / 7
        case .lognormal(let a, let b):
            let (mu, sigma) = Self.lognormalParameters(low: a, high: b)
            return (exp(sigma * sigma) - 1) * exp(2 * mu + sigma * sigma)
        case .discrete(let a, let b):
            let n = Double(b - a + 1)
            return (n * n - 1) / 12
        case .sampleShare(let p, let n):
            return Self.clippedNormalMoments(mean: p, sd: Self.sampleShareSD(share: p, size: n)).variance
        case .mixture(let parts):
            let total = parts.reduce(0) { $0 + $1.weight }
            let mean = self.mean
            let second =
                parts.reduce(0) { sum, part in
                    let m = part.distribution.mean
                    return sum + part.weight * (part.distribution.variance + m * m)
                } / total
            return max(0, second - mean * mean)
        }
    }

    /// The smallest and largest values a draw can practically take (for a log-normal and a sample share, the
    /// 10⁻¹⁵ and 1 − 10⁻¹⁵ quantiles).
    public var support: ClosedRange<Double> { quantileBound(lower: true)...quantileBound(lower: false) }

    /// The smallest value `x` with P(X ≤ x) ≥ `p` (for 0 ≤ p ≤ 1). For a discrete distribution whose CDF
    /// equals `p` exactly at a value, the midpoint between that value and the next is returned (so the median
    /// of "once or twice a year" is 1.5).
    public func quantile(_ p: Double) -> Double {
        let p = min(max(p, 0), 1)
        switch kind {
        case .point(let v):
            return v
        case .uniform(let a, let b):
            return a + p * (b - a)
        case .triangular(let a, let m, let b):
            guard b > a else { return a }
            let cut = (m - a) / (b - a)
            return p < cut ? a + ((b - a) * (m - a) * p).squareRoot() : b - ((b - a) * (b - m) * (1 - p)).squareRoot()
        case .pert(let a, _, let b):
            return table?.quantile(p) ?? (a + b) / 2
        case .lognormal(let a, let b):
            let (mu, sigma) = Self.lognormalParameters(low: a, high: b)
            return exp(mu + sigma * StandardNormal.quantile(p))
        case .discrete(let a, let b):
            let count = Double(b - a + 1)
            let position = p * count
            let whole = position.rounded(.down)
            if position == whole, whole > 0, whole < count {
                return Double(a) + whole - 0.5
            }
            return Double(a) + min(max(position.rounded(.up) - 1, 0), count - 1)
        case .sampleShare(let share, let n):
            return min(max(share + Self.sampleShareSD(share: share, size: n) * StandardNormal.quantile(p), 0), 1)
        case .mixture:
            return mixtureQuantile(p)
        }
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        switch kind {
        case .point(let v):
            return x < v ? 0 : 1
        case .uniform(let a, let b):
            return x < a ? 0 : x >= b ? 1 : (x - a) / (b - a)
        case .triangular(let a, let m, let b):
            if x <= a { return 0 }
            if x >= b { return 1 }
            return x <= m ? (x - a) * (x - a) / ((b - a) * (m - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - m))
        case .pert(let a, _, let b):
            return table?.cdf(x) ?? (x < (a + b) / 2 ? 0 : 1)
        case .lognormal(let a, let b):
            guard x > 0 else { return 0 }
            let (mu, sigma) = Self.lognormalParameters(low: a, high: b)
            return StandardNormal.cdf((log(x) - mu) / sigma)
        case .discrete(let a, let b):
            let k = x.rounded(.down) - Double(a) + 1
            return min(max(k, 0), Double(b - a + 1)) / Double(b - a + 1)
        case .sampleShare(let p, let n):
            if x < 0 { return 0 }
            if x >= 1 { return 1 }
            return StandardNormal.cdf((x - p) / Self.sampleShareSD(share: p, size: n))
        case .mixture(let parts):
            let total = parts.reduce(0) { $0 + $1.weight }
            return parts.reduce(0) { $0 + $1.weight * $1.distribution.cdf(x) } / total
        }
    }

    /// A mixture's quantile, by bisection on its CDF (60 halvings: exact to the last bits of a `Double`).
    private func mixtureQuantile(_ p: Double) -> Double {
        var low = quantileBound(lower: true), high = quantileBound(lower: false)
        if p <= 0 { return low }
        if cdf(low) >= p { return low }
        for _ in 0..<100 {
            let middle = (low + high) / 2
            if middle <= low || middle >= high { break }
            if cdf(middle) >= p { high = middle } else { low = middle }
        }
        return high
    }

    /// A value below (or above) every draw the distribution can practically give.
    private func quantileBound(lower: Bool) -> Double {
        switch kind {
        case .mixture(let parts):
            let bounds = parts.map { $0.distribution.quantileBound(lower: lower) }
            return (lower ? bounds.min() : bounds.max()) ?? 0
        case .lognormal, .sampleShare:
            return quantile(lower ? 1e-15 : 1 - 1e-15)
        default:
            return quantile(lower ? 0 : 1)
        }
    }

    /// The fast sampler the engine draws from. It points into this distribution's tables, so the
    /// distribution must outlive it.
    var sampler: Sampler {
        if case .mixture = kind {
            var parts: [(weight: Double, leaf: LeafSampler)] = []
            flatten(weight: 1, into: &parts)
            return .mixture(MixtureSampler(parts))
        }
        return .leaf(leaf)
    }

    /// The mixture's parts with their weights multiplied out, nested mixtures flattened.
    private func flatten(weight: Double, into parts: inout [(weight: Double, leaf: LeafSampler)]) {
        guard case .mixture(let components) = kind else {
            parts.append((weight, leaf))
            return
        }
        let total = components.reduce(0) { $0 + $1.weight }
        for component in components where component.weight > 0 {
            component.distribution.flatten(weight: weight * component.weight / total, into: &parts)
        }
    }

    /// The sampler of a distribution that is not a mixture.
    private var leaf: LeafSampler {
        switch kind {
        case .point(let v):
            return .constant(v)
        case .uniform(let a, let b):
            return a == b ? .constant(a) : .uniform(low: a, width: b - a)
        case .triangular(let a, let m, let b):
            guard b > a else { return .constant(a) }
            return .triangular(low: a, high: b, cut: (m - a) / (b - a), lowScale: (b - a) * (m - a), highScale: (b - a) * (b - m))
        case .pert(let a, _, let b):
            guard let table else { return .constant((a + b) / 2) }
            return .table(UnsafePointer(table.storage.baseAddress!))
        case .lognormal(let a, let b):
            let (mu, sigma) = Self.lognormalParameters(low: a, high: b)
            return .lognormal(mu: mu, sigma: sigma)
        case .discrete(let a, let b):
            return a == b ? .constant(Double(a)) : .discrete(low: Double(a), count: UInt64(b - a + 1))
        case .sampleShare(let p, let n):
            return .clippedNormal(mean: p, sd: Self.sampleShareSD(share: p, size: n), low: 0, high: 1)
        case .mixture:
            preconditionFailure("mixtures are flattened")
        }
    }

    /// Shortest text that reads back as the same number.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}

/// The exact quantile function of a mixture of points, uniforms, triangulars and discrete whole numbers, fast
/// enough to call once per draw (``ComonotonicProgram`` does).
///
/// Such a mixture's density is linear between its breakpoints (every atom, range end and mode), so its CDF is a
/// quadratic there: the quantile at `p` is found by a binary search over the breakpoints' CDF values and one
/// quadratic solved in closed form, where ``InputDistribution/quantile(_:)`` bisects the CDF 60 times. It gives
/// the same values (the smallest `x` with P(X ≤ x) ≥ `p`) up to rounding in the last bits.
struct PiecewiseQuantile: Sendable {
    /// The breakpoints, increasing.
    let points: [Double]
    /// P(X < points[k]).
    let below: [Double]
    /// P(X ≤ points[k]).
    let atOrBelow: [Double]
    /// The density just right of points[k] (on the segment to points[k + 1]).
    let density: [Double]
    /// The density's slope on that segment.
    let slope: [Double]

    /// Most atoms a discrete part may bring.
    static let maximumAtoms = 10_000

    /// The quantile function of `distribution`, or `nil` when it is not a mixture of the supported kinds.
    init?(_ distribution: InputDistribution) {
        guard case .mixture = distribution.kind else { return nil }
        var atoms: [Double: Double] = [:]
        // Density pieces: on [from, to], the density is height + rise × (x − from).
        var pieces: [(from: Double, to: Double, height: Double, rise: Double)] = []
        var stack: [(weight: Double, distribution: InputDistribution)] = [(1, distribution)]
        while let (weight, part) = stack.popLast() {
            switch part.kind {
            case .point(let v):
                atoms[v, default: 0] += weight
            case .uniform(let a, let b) where b > a:
                pieces.append((a, b, weight / (b - a), 0))
            case .uniform(let a, _):
                atoms[a, default: 0] += weight
            case .triangular(let a, let m, let b) where b > a:
                let peak = 2 * weight / (b - a)
                if m > a { pieces.append((a, m, 0, peak / (m - a))) }
                if b > m { pieces.append((m, b, peak, -peak / (b - m))) }
            case .triangular(let a, _, _):
                atoms[a, default: 0] += weight
            case .discrete(let a, let b):
                guard b >= a, b - a < Self.maximumAtoms else { return nil }
                for k in a...b { atoms[Double(k), default: 0] += weight / Double(b - a + 1) }
            case .mixture(let parts):
                let total = parts.reduce(0) { $0 + $1.weight }
                for component in parts.reversed() where component.weight > 0 {
                    stack.append((weight * component.weight / total, component.distribution))
                }
            case .pert, .lognormal, .sampleShare:
                return nil
            }
        }
        let points = Set(atoms.keys).union(pieces.flatMap { [$0.from, $0.to] }).sorted()
        var below: [Double] = [], atOrBelow: [Double] = [], density: [Double] = [], slope: [Double] = []
        var mass = 0.0
        for (k, x) in points.enumerated() {
            if k > 0 {
                let width = x - points[k - 1]
                mass += density[k - 1] * width + slope[k - 1] * width * width / 2
            }
            below.append(mass)
            mass += atoms[x] ?? 0
            atOrBelow.append(mass)
            var height = 0.0, rise = 0.0
            for piece in pieces where piece.from <= x && x < piece.to {
                height += piece.height + piece.rise * (x - piece.from)
                rise += piece.rise
            }
            density.append(height)
            slope.append(rise)
        }
        self.points = points
        self.below = below
        self.atOrBelow = atOrBelow
        self.density = density
        self.slope = slope
    }

    /// The smallest `x` with P(X ≤ x) ≥ `p`, for 0 ≤ p ≤ 1 (the lowest breakpoint for p = 0).
    func quantile(_ p: Double) -> Double {
        // The first breakpoint whose P(X ≤ x) reaches p (the last when rounding leaves the total below p).
        var low = 0, high = points.count - 1
        while low < high {
            let middle = (low + high) / 2
            if atOrBelow[middle] >= p { high = middle } else { low = middle + 1 }
        }
        let k = low
        guard k > 0, below[k] >= p else { return points[k] }
        // p is reached on the segment from points[k − 1] to points[k]: solve F(x) = p, a quadratic, there.
        let start = points[k - 1], width = points[k] - start
        let d = p - atOrBelow[k - 1], a = density[k - 1], b = slope[k - 1]
        let root = max(0, a * a + 2 * b * d).squareRoot()
        let t = a + root > 0 ? 2 * d / (a + root) : width
        return start + min(max(t, 0), width)
    }
}

/// Evenly spaced bands for categories, as d3-scale's scaleBand.
///
/// `paddingInner` is the fraction of each step left empty between bands; `paddingOuter` the
/// space before the first and after the last band, in steps.
public struct BandScale: Sendable, Equatable {
    /// The categories in display order; duplicates are dropped at creation.
    public let domain: [String]
    /// The output interval; categories run from `start` to `end`.
    public var range: ScreenRange
    /// Fraction of a step between bands, 0…1.
    public var paddingInner: Double
    /// Space before the first and after the last band, in steps.
    public var paddingOuter: Double

    /// Creates a band scale.
    public init(domain: [String], range: ScreenRange = .unit, paddingInner: Double = 0.2, paddingOuter: Double = 0.1) {
        var seen = Set<String>()
        self.domain = domain.filter { seen.insert($0).inserted }
        self.range = range
        self.paddingInner = Self.clean(paddingInner, upTo: 1)
        self.paddingOuter = Self.clean(paddingOuter, upTo: 10)
    }

    /// Distance from the start of one band to the start of the next.
    public var step: Double {
        let n = Double(domain.count)
        return range.length / max(1, n - paddingInner + paddingOuter * 2)
    }

    /// Width of each band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// Where the band for `category` starts (its lower coordinate), or nil for an unknown category.
    public func callAsFunction(_ category: String) -> Double? {
        guard let index = domain.firstIndex(of: category) else { return nil }
        let n = Double(domain.count)
        let low = min(range.start, range.end)
        let offset = (range.length - step * (n - paddingInner)) / 2
        let ordinal = range.end < range.start ? n - 1 - Double(index) : Double(index)
        return low + offset + step * ordinal
    }

    /// The centre of the band for `category`.
    public func center(of category: String) -> Double? {
        self(category).map { $0 + bandwidth / 2 }
    }

    private static func clean(_ value: Double, upTo limit: Double) -> Double {
        value.isFinite ? min(max(value, 0), limit) : 0
    }
}

/// What one axis shows: its kind of scale, domain, title, tick format and gridlines.
///
/// ```swift
/// .linear("Share of income", domain: 0...0.7, format: .percent)
/// .band("Country")
/// .log("Population", format: .compact)
/// ```
public struct Axis: Sendable {
    /// The kind of scale.
    public enum Kind: Sendable, Hashable {
        /// Numbers, linear.
        case linear
        /// Positive numbers, logarithmic.
        case log
        /// Categories.
        case band
    }

    /// The kind of scale.
    public var kind: Kind
    /// Axis title; on y it sits above the plot, on x below the tick labels.
    public var title: String?
    /// Numeric domain; nil fits the marks' values.
    public var domain: ClosedRange<Double>?
    /// Categories in order; nil takes them from the marks in order of appearance.
    public var categories: [String]?
    /// Tick label format.
    public var format: NumberFormat
    /// Round the domain out to tick values; nil means "when the domain is fitted to the data".
    public var nice: Bool?
    /// Always include zero in a fitted domain.
    public var includesZero: Bool
    /// Desired (and largest) number of ticks; fewer are used when their labels would collide.
    /// nil picks one from the axis length and font size.
    public var tickCount: Int?
    /// Gridlines; nil draws them on numeric y axes, and on numeric x axes when y holds categories.
    public var grid: Bool?
    /// Band axes: fraction of each step between bands.
    public var paddingInner: Double
    /// Band axes: space before the first and after the last band, in steps.
    public var paddingOuter: Double

    /// Creates an axis; the static constructors are usually more convenient.
    public init(
        kind: Kind, title: String? = nil, domain: ClosedRange<Double>? = nil, categories: [String]? = nil,
        format: NumberFormat = .automatic, nice: Bool? = nil, includesZero: Bool = false, tickCount: Int? = nil,
        grid: Bool? = nil, paddingInner: Double = 0.2, paddingOuter: Double = 0.1
    ) {
        self.kind = kind
        self.title = title
        self.domain = domain
        self.categories = categories
        self.format = format
        self.nice = nice
        self.includesZero = includesZero
        self.tickCount = tickCount
        self.grid = grid
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
    }

    /// A linear numeric axis.
    public static func linear(
        _ title: String? = nil, domain: ClosedRange<Double>? = nil, format: NumberFormat = .automatic,
        nice: Bool? = nil, includesZero: Bool = false, ticks: Int? = nil, grid: Bool? = nil
    ) -> Axis {
        Axis(
            kind: .linear, title: title, domain: domain, format: format, nice: nice,
            includesZero: includesZero, tickCount: ticks, grid: grid)
    }

    /// A logarithmic axis for positive numbers.
    public static func log(
        _ title: String? = nil, domain: ClosedRange<Double>? = nil, format: NumberFormat = .automatic,
        nice: Bool? = nil, ticks: Int? = nil, grid: Bool? = nil
    ) -> Axis {
        Axis(kind: .log, title: title, domain: domain, format: format, nice: nice, tickCount: ticks, grid: grid)
    }

    /// A categorical axis with one band per category.
    public static func band(
        _ title: String? = nil, categories: [String]? = nil, paddingInner: Double = 0.2, paddingOuter: Double = 0.1
    ) -> Axis {
        Axis(kind: .band, title: title, categories: categories, paddingInner: paddingInner, paddingOuter: paddingOuter)
    }
}

/// A complete chart: a name (the prefix of every SVG id), title, description, two axes and a stack of marks.
///
/// ```swift
/// let chart = try Chart(
///     name: "income-histogram",
///     title: "Most households earn under USD 3,000",
///     description: "Histogram of household income; the median is USD 2,650.",
///     x: .linear("Monthly income", format: .currency("USD")),
///     y: .linear("Households", format: .count),
///     marks: [
///         HistogramMark(bins),
///         RuleMark(x: 2650, label: "Median USD 2,650"),
///     ])
/// let svg = chart.svg(theme: .slide)
/// ```
public struct Chart: Sendable {
    /// Lowercase letters, digits and hyphens, starting with a letter; prefixes every id in the SVG.
    public let name: String
    /// The headline, drawn at the top and used as the SVG `<title>`.
    public var title: String
    /// A line under the title, e.g. the unit or the population.
    public var subtitle: String?
    /// A sentence saying what the chart shows and its key numbers; the SVG `<desc>`.
    public var description: String
    /// A note under the chart, e.g. the source.
    public var caption: String?
    /// A short word drawn boxed at the top right, e.g. a status such as "Draft" or "Projection", so the caveat
    /// travels with the image; nil or empty for none.
    public var tag: String?
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// Layers, drawn in order (later marks on top).
    public var marks: [any Mark]
    /// Legend entries; nil collects them from the marks (stacked-bar series, labelled areas); empty for none.
    public var legend: [LegendEntry]?
    /// Width in pixels; nil uses the theme's.
    public var width: Double?
    /// Height in pixels; nil uses the theme's.
    public var height: Double?

    /// Creates a chart; throws `ChartError.invalidName` unless `name` matches `[a-z][a-z0-9-]{0,63}`.
    public init(
        name: String, title: String, subtitle: String? = nil, description: String, caption: String? = nil, tag: String? = nil,
        x: Axis, y: Axis, marks: [any Mark], legend: [LegendEntry]? = nil,
        width: Double? = nil, height: Double? = nil
    ) throws(ChartError) {
        guard Self.isValidName(name) else { throw .invalidName(name) }
        self.name = name
        self.title = title
        self.subtitle = subtitle
        self.description = description
        self.caption = caption
        self.tag = tag
        self.x = x
        self.y = y
        self.marks = marks
        self.legend = legend
        self.width = width
        self.height = height
    }

    /// Whether `name` can name a chart: 1–64 characters from `a–z`, `0–9` and `-`, starting with a letter
    /// (so ids are valid in XML, HTML and CSS selectors).
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64,
            ("a"..."z").contains(first)
        else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The chart as SVG text: standalone (with XML declaration) or inline (with class names).
    public func svg(theme: Theme = .report, options: RenderOptions = .standalone) -> String {
        SVGWriter(flavor: options.flavor).document(element(theme: theme, options: options))
    }

    /// The chart as an SVG element tree, for inspection or further composition.
    public func element(theme: Theme = .report, options: RenderOptions = .standalone) -> SVGElement {
        ChartRenderer(chart: self, theme: theme, options: options).render()
    }

    /// The id of the `<title>` element.
    public var titleID: String { name + "-title" }
    /// The id of the `<desc>` element.
    public var descriptionID: String { name + "-desc" }
}

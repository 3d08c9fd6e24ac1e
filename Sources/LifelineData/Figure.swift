/// One sourced number: what it measures, its value, and the verbatim quote that supports it.
public struct Figure: Sendable, Equatable {
    /// Short stable identifier, e.g. `sk-defector-population`.
    public var id: String
    /// What the number measures, as a sentence.
    public var measures: String
    /// The number or range.
    public var value: FigureValue
    /// What the number counts.
    public var unit: MeasureUnit
    /// The year the number refers to, when the source lets one establish it.
    public var year: Int?
    /// The id of the source it comes from.
    public var source: String
    /// The sentence from the source that supports it, character for character; `…` marks left-out words.
    public var quote: String
    /// How the source hedges the number, if it does.
    public var qualifier: Qualifier?
    /// The distribution the analysis draws it from.
    public var distribution: DistributionSpec
    /// How to read the number: bounds, sample sizes, what is interpretation.
    public var note: String?
    /// The 1-based line of the figure in its data file (0 when built in code).
    public var line: Int
    /// A short name for model inputs and tornado rows, e.g. `share who send`; the id stands in when absent.
    public var name: String?
    /// Why the number is this registry's reading of the quote's words ("tens of millions" read as 10–100 million),
    /// when the quote does not write it; such a figure is shown as a reading and its number is not looked for in
    /// its quote (see ``QuoteNumberCheck``).
    public var reading: String?
    /// A few words the article has just before the quote, when the quote alone occurs more than once in it.
    public var quoteBefore: String?
    /// A few words the article has just after the quote, when the quote alone occurs more than once in it.
    public var quoteAfter: String?
    /// The 1-based line of the quote in its data file (0 when built in code).
    public var quoteLine: Int

    /// Whether the number is this registry's reading of words rather than a number the quote writes.
    public var isReading: Bool { reading != nil }

    /// Creates a figure.
    public init(
        id: String, measures: String, value: FigureValue, unit: MeasureUnit, year: Int?, source: String, quote: String,
        qualifier: Qualifier? = nil, distribution: DistributionSpec? = nil, note: String? = nil, line: Int = 0,
        name: String? = nil, reading: String? = nil, quoteBefore: String? = nil, quoteAfter: String? = nil,
        quoteLine: Int = 0
    ) {
        self.id = id
        self.measures = measures
        self.value = value
        self.unit = unit
        self.year = year
        self.source = source
        self.quote = quote
        self.qualifier = qualifier
        if let distribution {
            self.distribution = distribution
        } else if case .point = value {
            self.distribution = .point
        } else {
            self.distribution = .uniform
        }
        self.note = note
        self.line = line
        self.name = name
        self.reading = reading
        self.quoteBefore = quoteBefore
        self.quoteAfter = quoteAfter
        self.quoteLine = quoteLine
    }
}

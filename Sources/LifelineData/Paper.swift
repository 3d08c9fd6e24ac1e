/// The paper's front matter, from the data file's `paper:` block: the title, who wrote it, when, which version, how
/// to cite it, and the yardstick its key judgements' probability words follow.
public struct Paper: Sendable, Equatable {
    /// One term of the probability yardstick, e.g. "probably" for 55–80 %.
    public struct Term: Sendable, Equatable {
        /// The words, as the key judgements use them, e.g. "likely, probably".
        public var words: String
        /// The lowest probability the words stand for, 0–1.
        public var low: Double
        /// The highest probability the words stand for, 0–1.
        public var high: Double

        /// Creates a term.
        public init(words: String, low: Double, high: Double) {
            self.words = words
            self.low = low
            self.high = high
        }
    }

    /// The title over the first section.
    public var title: String
    /// A line under the title, if any.
    public var subtitle: String?
    /// The authors as they are to be credited.
    public var authors: [String]
    /// The institute that publishes the paper, if any.
    public var institute: String?
    /// The date line as the author wants it shown, e.g. "December 2026" (the clock is never read).
    public var date: String?
    /// The paper's version, e.g. "1.0".
    public var version: String?
    /// A suggested citation written by the analyst; when absent the templates compose one.
    public var citation: String?
    /// The name of the probability yardstick, e.g. "the US Intelligence Community's ICD 203 scale".
    public var yardstick: String?
    /// The yardstick's terms, in order of probability.
    public var terms: [Term]
    /// The 1-based line of the block's first key in the data file.
    public var line: Int

    /// Creates front matter.
    public init(
        title: String, subtitle: String? = nil, authors: [String] = [], institute: String? = nil, date: String? = nil,
        version: String? = nil, citation: String? = nil, yardstick: String? = nil, terms: [Term] = [], line: Int = 0
    ) {
        self.title = title
        self.subtitle = subtitle
        self.authors = authors
        self.institute = institute
        self.date = date
        self.version = version
        self.citation = citation
        self.yardstick = yardstick
        self.terms = terms
        self.line = line
    }
}

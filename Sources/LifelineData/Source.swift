/// An article or document that figures are taken from.
public struct Source: Sendable, Equatable {
    /// Short stable identifier that figures cite, e.g. `dailynk-2021-crackdown`.
    public var id: String
    /// Who published it, when the article names its publisher.
    public var publisher: String?
    /// The article's headline or the document's title.
    public var title: String
    /// Authors, reporters and translators as the article credits them (may be empty).
    public var authors: [String]
    /// Publication date as precisely as the article establishes it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var date: String?
    /// How the date (or its absence) is known: a byline, a dateline, an event the article refers to.
    public var dateNote: String
    /// Where the article can be read, when known.
    public var url: String?
    /// File name of a plain-text copy of the article, kept beside the data; used to check quotes.
    public var archive: String?
    /// The SHA-256 of the archived copy (64 lowercase hex digits), so that a changed copy is noticed.
    public var sha256: String?
    /// Anything else a reader should know about the source.
    public var note: String?
    /// The analyst's assessment of the source for the reader: who speaks, first- or second-hand, what corroborates
    /// it (the sources table shows it).
    public var assessment: String?
    /// The 1-based line of the source in its data file (0 when built in code).
    public var line: Int

    /// Creates a source.
    public init(
        id: String, publisher: String? = nil, title: String, authors: [String] = [], date: String? = nil,
        dateNote: String, url: String? = nil, archive: String? = nil, note: String? = nil, assessment: String? = nil,
        line: Int = 0, sha256: String? = nil
    ) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.authors = authors
        self.date = date
        self.dateNote = dateNote
        self.url = url
        self.archive = archive
        self.note = note
        self.assessment = assessment
        self.line = line
        self.sha256 = sha256
    }

    /// The year of publication, when the date gives one.
    public var year: Int? {
        guard let date else { return nil }
        return Int(date.prefix(4))
    }
}

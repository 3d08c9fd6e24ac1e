/// One token of a formula, with the range of Unicode scalars it covers in the formula text.
public struct FormulaToken: Sendable, Equatable {
    /// What the token is.
    public enum Kind: Sendable, Equatable {
        /// A number, already converted (`3%` is 0.03).
        case number(Double)
        /// A number written with a unit, e.g. `100 USD/year` (see ``FormulaLexer``).
        case quantity(Double, MeasureUnit)
        /// An id, with its copy number when it is written `id@k`.
        case id(String, copy: Int?)
        /// One of `+ - * / ^`.
        case symbol(Character)
        /// `(`.
        case open
        /// `)`.
        case close
        /// `,` between a function's arguments.
        case comma
        /// The end of the formula.
        case end
    }

    /// What the token is.
    public var kind: Kind
    /// The scalars it covers, counted from the start of the formula.
    public var range: Range<Int>

    /// Creates a token.
    public init(_ kind: Kind, _ range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

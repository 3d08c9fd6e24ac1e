/// Where a piece of a data file starts (a declaration, or a formula's text), so that an offset in a formula
/// becomes a line and column.
///
/// For a formula on one line (a plain or quoted YAML scalar), offset `k` is at `column + k` on `line`: give the
/// column of the formula's first character (after an opening quote). For a block scalar spread over lines, each
/// newline in the text moves to the next line, at ``continuationColumn``. Escapes in a double-quoted scalar
/// (`\"`) shift what follows by their extra characters; formulas have no reason to contain them.
public struct TextPosition: Sendable, Equatable {
    /// The file as the user named it.
    public var file: String
    /// The 1-based line of the text's first character.
    public var line: Int
    /// The 1-based column of the text's first character.
    public var column: Int
    /// The column where the text's continuation lines start (a block scalar's indentation + 1).
    public var continuationColumn: Int

    /// Creates a position; continuation lines start at `column` unless told otherwise.
    public init(file: String, line: Int, column: Int, continuationColumn: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.continuationColumn = continuationColumn ?? column
    }

    /// The line and column of the scalar at `offset` in `text`.
    public func location(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = self.line, column = self.column
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index == offset { break }
            if scalar == "\n" {
                line += 1
                column = continuationColumn
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// A problem at `problem.offset` in `text`, as a located diagnostic.
    public func diagnostic(_ problem: FormulaProblem, in text: String) -> Diagnostic {
        let (line, column) = location(of: problem.offset, in: text)
        return Diagnostic(file: file, line: line, column: column, message: problem.message, hint: problem.hint)
    }
}

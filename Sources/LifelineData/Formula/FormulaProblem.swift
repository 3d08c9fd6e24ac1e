/// One problem in a formula, located by its offset in the formula text: what is wrong and what to do.
///
/// A ``TextPosition`` turns it into a ``Diagnostic`` with the file, line and column inside the data file.
public struct FormulaProblem: Sendable, Equatable {
    /// The offset, in Unicode scalars from the formula's first character, of the text the problem is about.
    public var offset: Int
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String

    /// Creates a problem.
    public init(offset: Int, message: String, hint: String) {
        self.offset = offset
        self.message = message
        self.hint = hint
    }
}

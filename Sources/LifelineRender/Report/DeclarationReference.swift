/// One word of a template's declaration line (an id or a kind) and where it is written.
struct DeclarationReference: Sendable, Equatable {
    /// The word.
    var id: String
    /// 1-based line in the template.
    var line: Int
    /// 1-based column of the word's first character.
    var column: Int
}

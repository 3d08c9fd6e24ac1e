/// A parsed formula: its text and the tree read from it.
public struct Formula: Sendable, Equatable {
    /// The formula as written.
    public var text: String
    /// The expression it computes.
    public var root: FormulaNode

    /// Reads `text` (see ``FormulaParser``); throws every syntax problem found.
    public init(_ text: String) throws(FormulaSyntaxError) {
        self = try FormulaParser.parse(text)
    }

    /// Creates a formula from parts already read.
    public init(text: String, root: FormulaNode) {
        self.text = text
        self.root = root
    }

    /// The text a node was read from, e.g. `sk-share-sending * 2`.
    public func source(of node: FormulaNode) -> String {
        let scalars = Array(text.unicodeScalars)
        let range = node.range.clamped(to: 0..<scalars.count)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }
}

extension Formula {
    /// Whether `text` is a well-formed id: a lowercase letter, then lowercase letters, digits and single hyphens
    /// between them (`sk-share-sending`).
    public static func isID(_ text: String) -> Bool {
        let (tokens, problems) = FormulaLexer.tokens(text)
        guard problems.isEmpty, tokens.count == 2, case .id(let id, nil) = tokens[0].kind else { return false }
        return id == text && tokens[0].range == 0..<text.unicodeScalars.count
    }
}

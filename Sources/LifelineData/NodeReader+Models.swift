import Yams

extension NodeReader {
    static let modelKeys = ["id", "name", "unit", "formula"]

    /// The model in `node`: its id, the name a reader sees, its unit and its formula, which the analysis compiles
    /// (the formula's position is kept so that its errors point inside it); nil when a problem leaves no model.
    mutating func readModel(_ node: Node) -> ModelDeclaration? {
        guard let entries = entries(of: node, what: "model", allowed: Self.modelKeys, shown: "id, name, unit, formula") else {
            return nil
        }
        let id = identifier(entries, in: node, what: "model")
        let name = requiredText(entries, "name", in: node)
        let unit = requiredText(entries, "unit", in: node)
        var formula: (text: String, position: TextPosition)?
        if let formulaNode = entries["formula"] {
            if text(formulaNode, key: "formula") != nil { formula = formulaText(formulaNode) }
        } else {
            fail(node, "the key `formula` is missing", "Add `formula:` with the arithmetic over figure, parameter, pool and model ids.")
        }
        guard let id, let name, let unit, let formula else { return nil }
        return ModelDeclaration(
            id: id, name: name, unit: unit, formula: formula.text, formulaPosition: formula.position, position: position(node))
    }

    /// A formula's text and where its first character is in the file.
    ///
    /// A plain scalar starts at its mark, a quoted one one column after. A block scalar (`|` or `>`) starts on
    /// the line after its indicator, at its indentation; its text is taken from the file's lines with their
    /// line breaks (whitespace means nothing in a formula, and this keeps every later line's columns, which
    /// folding with `>` would lose). A plain or quoted formula over several lines is folded by YAML, so positions
    /// on its later lines are approximate.
    func formulaText(_ node: Node) -> (text: String, position: TextPosition) {
        let scalar = node.scalar!
        let start = position(node)
        switch scalar.style {
        case .singleQuoted, .doubleQuoted:
            return (scalar.string, TextPosition(file: file, line: start.line, column: start.column + 1))
        case .literal, .folded:
            let body = lines.dropFirst(start.line).prefix { $0.allSatisfy(\.isWhitespace) || Self.indentation($0) > 0 }
            let indent = body.first { !$0.allSatisfy(\.isWhitespace) }.map(Self.indentation) ?? 0
            guard indent > 0 else { return (scalar.string, start) }
            var kept = body.prefix { $0.allSatisfy(\.isWhitespace) || Self.indentation($0) >= indent }.map { String($0.dropFirst(indent)) }
            while let last = kept.last, last.allSatisfy(\.isWhitespace) { kept.removeLast() }
            return (kept.joined(separator: "\n"), TextPosition(file: file, line: start.line + 1, column: indent + 1))
        default:
            return (scalar.string, start)
        }
    }

    /// The number of spaces that start `line`.
    private static func indentation(_ line: Substring) -> Int { line.prefix { $0 == " " }.count }
}

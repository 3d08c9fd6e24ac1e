/// A Mustache tag found in a template's text, with its position, for strict checking.
struct TemplateTag: Equatable {
    /// What the tag does.
    enum Kind: Equatable { case variable, partial, other }

    var kind: Kind
    var name: String
    var line: Int
    var column: Int

    /// Every `{{…}}` tag in `text` with the default delimiters: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`),
    /// sections (`{{#x}}`, `{{^x}}`), and partials (`{{> x}}`). Comments, closers and pragmas are `other`.
    /// Lines are counted at each line feed; columns in characters from the start of the line.
    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let bytes = Array(text.utf8)
        let brace = UInt8(ascii: "{"), closing = UInt8(ascii: "}"), newline = UInt8(ascii: "\n")
        var line = 1
        var lineStart = 0
        var index = 0
        while index + 1 < bytes.count {
            if bytes[index] == newline {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard bytes[index] == brace, bytes[index + 1] == brace else { index += 1; continue }
            let tripled = index + 2 < bytes.count && bytes[index + 2] == brace
            let open = index + (tripled ? 3 : 2)
            let closeCount = tripled ? 3 : 2
            // The first `}}` (or `}}}`) after the opening.
            var end = open
            while end + closeCount <= bytes.count, !(bytes[end..<end + closeCount].allSatisfy { $0 == closing }) { end += 1 }
            guard end + closeCount <= bytes.count else { break }
            let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
            let body = trimmed(String(decoding: bytes[open..<end], as: UTF8.self))
            tags.append(classify(body, tripled: tripled, line: line, column: column))
            for position in index..<end + closeCount where bytes[position] == newline {
                line += 1
                lineStart = position + 1
            }
            index = end + closeCount
        }
        return tags
    }

    /// `text` without spaces and tabs at either end (Unicode space separators included).
    private static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func classify(_ body: String, tripled: Bool, line: Int, column: Int) -> TemplateTag {
        if tripled { return TemplateTag(kind: .variable, name: body, line: line, column: column) }
        guard let sigil = body.first else { return TemplateTag(kind: .other, name: "", line: line, column: column) }
        let rest = trimmed(String(body.dropFirst()))
        switch sigil {
        case "#", "^", "&": return TemplateTag(kind: .variable, name: rest, line: line, column: column)
        case ">": return TemplateTag(kind: .partial, name: rest, line: line, column: column)
        case "!", "/", "%", "=", "<", "$": return TemplateTag(kind: .other, name: rest, line: line, column: column)
        default: return TemplateTag(kind: .variable, name: body, line: line, column: column)
        }
    }
}

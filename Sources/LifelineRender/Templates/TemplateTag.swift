import Foundation

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
    static func scan(_ text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let startLine = line
                let startColumn = column
                let tripled = text[index...].hasPrefix("{{{")
                let close = tripled ? "}}}" : "}}"
                let open = text.index(index, offsetBy: tripled ? 3 : 2)
                guard let end = text[open...].range(of: close) else { break }
                let body = text[open..<end.lowerBound].trimmingCharacters(in: .whitespaces)
                tags.append(classify(body, tripled: tripled, line: startLine, column: startColumn))
                for character in text[index..<end.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end.upperBound
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return tags
    }

    private static func classify(_ body: String, tripled: Bool, line: Int, column: Int) -> TemplateTag {
        if tripled { return TemplateTag(kind: .variable, name: body, line: line, column: column) }
        guard let sigil = body.first else { return TemplateTag(kind: .other, name: "", line: line, column: column) }
        let rest = body.dropFirst().trimmingCharacters(in: .whitespaces)
        switch sigil {
        case "#", "^", "&": return TemplateTag(kind: .variable, name: rest, line: line, column: column)
        case ">": return TemplateTag(kind: .partial, name: rest, line: line, column: column)
        case "!", "/", "%", "=", "<", "$": return TemplateTag(kind: .other, name: rest, line: line, column: column)
        default: return TemplateTag(kind: .variable, name: body, line: line, column: column)
        }
    }
}

/// Finds the tags of a template the way swift-mustache's parser reads them, so that the strict check sees
/// exactly the tags that will render: delimiters changed by `{{=<% %>=}}` are followed, a tag may wrap onto
/// further lines (`{{ name\n}}`), comments and pragmas are skipped, and transforms (`{{uppercased(x)}}`) are
/// split from the name.
///
/// It runs only on templates swift-mustache has already parsed, so it never reports syntax errors itself:
/// on text it cannot read it stops and returns the tags found so far.
struct TemplateScanner {
    private let characters: [Character]
    private var index = 0
    private var open: [Character] = ["{", "{"]
    private var close: [Character] = ["}", "}"]
    /// Where the line being scanned starts, and its 1-based number.
    private var lineStart = 0
    private var line = 1

    /// The text swift-mustache could not read; never thrown for a template it accepted.
    private struct Unreadable: Error {}

    private init(_ text: String) { characters = Array(text) }

    /// Every tag of `text`, in order, except comments, set-delimiter tags and pragmas.
    static func tags(in text: String) -> [TemplateTag] {
        var scanner = TemplateScanner(text)
        return scanner.scan()
    }

    private mutating func scan() -> [TemplateTag] {
        var tags: [TemplateTag] = []
        while index < characters.count {
            guard characters[index] != "\n", characters[index] != "\r\n" else {
                index += 1
                lineStart = index
                line += 1
                continue
            }
            guard starts(with: open) else { index += 1; continue }
            let start = index
            index += open.count
            guard index < characters.count else { break }
            // swift-mustache reads a line break right after the opening delimiter as text, not as a tag.
            if characters[index].isNewline { continue }
            do {
                let delimiters = (String(open), String(close))
                if var tag = try readTag() {
                    tag.line = line
                    tag.column = start - lineStart + 1
                    tag.delimiters = delimiters
                    tags.append(tag)
                }
            } catch {
                break
            }
            countLines(from: start)
        }
        return tags
    }

    /// Moves the line count past the line feeds of a tag that wrapped.
    private mutating func countLines(from start: Int) {
        for position in start..<index where characters[position] == "\n" || characters[position] == "\r\n" {
            line += 1
            lineStart = position + 1
        }
    }

    /// Reads the tag whose opening delimiter ends at `index`; nil for comments, delimiter changes and pragmas.
    private mutating func readTag() throws -> TemplateTag? {
        let sigil = characters[index]
        switch sigil {
        case "#", "^", "/", "&", "$":
            index += 1
            let kinds: [Character: TemplateTag.Kind] = ["#": .section, "^": .inverted, "/": .close, "&": .unescaped, "$": .block]
            return try named(kinds[sigil]!)
        case "{":
            index += 1
            let tag = try named(.unescaped)
            guard current == "}" else { throw Unreadable() }
            index += 1
            return tag
        case ">":
            index += 1
            skipWhitespace()
            let dynamic = current == "*"
            if dynamic { index += 1 }
            return TemplateTag(kind: .partial(dynamic: dynamic), name: try partialName(), line: 0, column: 0)
        case "<":
            index += 1
            skipWhitespace()
            var name = try partialName()
            let dynamic = name.first == "*"
            if dynamic { name.removeFirst() }
            return TemplateTag(kind: .parent(dynamic: dynamic), name: name, line: 0, column: 0)
        case "!", "%":
            index += 1
            try skipPastClose()
            return nil
        case "=":
            index += 1
            try setDelimiters()
            return nil
        default:
            return try named(.variable)
        }
    }

    /// A tag of `kind` whose name (with any transforms) follows.
    private mutating func named(_ kind: TemplateTag.Kind) throws -> TemplateTag {
        skipWhitespace()
        let text = read(while: Self.nameCharacters)
        skipWhitespace()
        try expectClose()
        let (name, transforms) = try Self.splitTransforms(text)
        return TemplateTag(kind: kind, name: name, transforms: transforms, line: 0, column: 0)
    }

    /// `a(b(x))` is the name `x` with the transforms `["a", "b"]`, as swift-mustache's `parseName` reads it.
    private static func splitTransforms(_ text: String) throws -> (String, [String]) {
        guard text.contains("(") || text.contains(")") else { return (text, []) }
        var transforms: [String] = []
        var rest = Substring(text)
        while true {
            let name = rest.prefix { nameCharactersWithoutBrackets.contains($0) }
            rest = rest.dropFirst(name.count)
            switch rest.first {
            case "(":
                transforms.append(String(name))
                rest = rest.dropFirst()
            case ")" where !transforms.isEmpty:
                let closers = rest.prefix { $0 == ")" }
                guard closers.count == transforms.count, closers.count == rest.count else { throw Unreadable() }
                return (String(name), transforms)
            default:
                throw Unreadable()
            }
        }
    }

    private mutating func partialName() throws -> String {
        skipWhitespace()
        let name = read(while: Self.partialNameCharacters)
        skipWhitespace()
        try expectClose()
        return name
    }

    /// `{{=<% %>=}}`: the new delimiters, separated by white space, then `=` and the old closing delimiter.
    private mutating func setDelimiters() throws {
        skipWhitespace()
        let newOpen = read { !$0.isWhitespace }
        skipWhitespace()
        let newClose = read { !$0.isWhitespace && $0 != "=" }
        skipWhitespace()
        guard current == "=" else { throw Unreadable() }
        index += 1
        try expectClose()
        guard !newOpen.isEmpty, !newClose.isEmpty else { throw Unreadable() }
        open = Array(newOpen)
        close = Array(newClose)
    }

    private mutating func skipPastClose() throws {
        while index < characters.count, !starts(with: close) { index += 1 }
        try expectClose()
    }

    private mutating func expectClose() throws {
        guard starts(with: close) else { throw Unreadable() }
        index += close.count
    }

    private var current: Character? { index < characters.count ? characters[index] : nil }

    private func starts(with delimiter: [Character]) -> Bool {
        guard index + delimiter.count <= characters.count else { return false }
        for (offset, character) in delimiter.enumerated() where characters[index + offset] != character { return false }
        return true
    }

    private mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { index += 1 }
    }

    private mutating func read(while belongs: (Character) -> Bool) -> String {
        let start = index
        while let character = current, belongs(character) { index += 1 }
        return String(characters[start..<index])
    }

    private mutating func read(while set: Set<Character>) -> String {
        read { set.contains($0) }
    }

    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = nameCharactersWithoutBrackets.union("()")
    private static let partialNameCharacters = nameCharacters.union("/")
}

/// Finds the tags of a template the way swift-mustache's parser reads them, so that the strict check sees
/// exactly the tags that will render: delimiters changed by `{{=<% %>=}}` are followed, a tag may wrap onto
/// further lines (`{{ name\n}}`), comments and pragmas are skipped, and transforms (`{{uppercased(x)}}`) are
/// split from the name.
///
/// It runs only on templates swift-mustache has already parsed, so it never reports syntax errors itself:
/// on text it cannot read it stops and returns the tags found so far. It reads UTF-8 bytes (names and
/// delimiters compare byte for byte; white space and line breaks beyond ASCII are decoded where they stand),
/// and counts columns in characters.
struct TemplateScanner {
    private let bytes: [UInt8]
    private var index = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// Where the line being scanned starts, and its 1-based number.
    private var lineStart = 0
    private var line = 1

    /// The text swift-mustache could not read; never thrown for a template it accepted.
    private struct Unreadable: Error {}

    private init(_ text: String) { bytes = Array(text.utf8) }

    /// Every tag of `text`, in order, except comments, set-delimiter tags and pragmas.
    static func tags(in text: String) -> [TemplateTag] {
        var scanner = TemplateScanner(text)
        return scanner.scan()
    }

    private mutating func scan() -> [TemplateTag] {
        var tags: [TemplateTag] = []
        while index < bytes.count {
            guard bytes[index] != UInt8(ascii: "\n") else {
                index += 1
                lineStart = index
                line += 1
                continue
            }
            guard starts(with: open) else { index += 1; continue }
            let start = index
            index += open.count
            guard index < bytes.count else { break }
            // swift-mustache reads a line break right after the opening delimiter as text, not as a tag.
            if isNewline(at: index) { continue }
            do {
                let delimiters = (String(decoding: open, as: UTF8.self), String(decoding: close, as: UTF8.self))
                if var tag = try readTag() {
                    tag.line = line
                    tag.column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
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
        for position in start..<index where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
    }

    /// Reads the tag whose opening delimiter ends at `index`; nil for comments, delimiter changes and pragmas.
    private mutating func readTag() throws -> TemplateTag? {
        let sigil = bytes[index]
        switch sigil {
        case UInt8(ascii: "#"): return try named(.section, after: 1)
        case UInt8(ascii: "^"): return try named(.inverted, after: 1)
        case UInt8(ascii: "/"): return try named(.close, after: 1)
        case UInt8(ascii: "&"): return try named(.unescaped, after: 1)
        case UInt8(ascii: "$"): return try named(.block, after: 1)
        case UInt8(ascii: "{"):
            index += 1
            let tag = try named(.unescaped)
            guard current == "}" else { throw Unreadable() }
            index += 1
            return tag
        case UInt8(ascii: ">"):
            index += 1
            skipWhitespace()
            let dynamic = current == "*"
            if dynamic { index += 1 }
            return TemplateTag(kind: .partial(dynamic: dynamic), name: try partialName(), line: 0, column: 0)
        case UInt8(ascii: "<"):
            index += 1
            skipWhitespace()
            var name = try partialName()
            let dynamic = name.first == "*"
            if dynamic { name.removeFirst() }
            return TemplateTag(kind: .parent(dynamic: dynamic), name: name, line: 0, column: 0)
        case UInt8(ascii: "!"), UInt8(ascii: "%"):
            index += 1
            try skipPastClose()
            return nil
        case UInt8(ascii: "="):
            index += 1
            try setDelimiters()
            return nil
        default:
            return try named(.variable)
        }
    }

    /// A tag of `kind` whose name (with any transforms) follows, after the sigil's `after` bytes.
    private mutating func named(_ kind: TemplateTag.Kind, after: Int = 0) throws -> TemplateTag {
        index += after
        skipWhitespace()
        let text = read(while: Self.nameCharacters)
        skipWhitespace()
        try expectClose()
        let (name, transforms) = try Self.splitTransforms(text)
        return TemplateTag(kind: kind, name: name, transforms: transforms, line: 0, column: 0)
    }

    /// `a(b(x))` is the name `x` with the transforms `["a", "b"]`, as swift-mustache's `parseName` reads it.
    private static func splitTransforms(_ text: String) throws -> (String, [String]) {
        guard text.containsText("(") || text.containsText(")") else { return (text, []) }
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
        open = Array(newOpen.utf8)
        close = Array(newClose.utf8)
    }

    private mutating func skipPastClose() throws {
        while index < bytes.count, !starts(with: close) { index += 1 }
        try expectClose()
    }

    private mutating func expectClose() throws {
        guard starts(with: close) else { throw Unreadable() }
        index += close.count
    }

    /// The character at `index` (nil at the end), and its length in bytes.
    private var currentCharacter: (character: Character, length: Int)? {
        guard index < bytes.count else { return nil }
        if bytes[index] < 0x80 { return (Character(Unicode.Scalar(bytes[index])), 1) }
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return ("\u{FFFD}", 1) }
        return (Character(scalar), String(scalar).utf8.count)
    }

    private var current: Character? { currentCharacter?.character }

    /// Whether a line break starts at `position` (a character that reads as a new line, as Swift's `isNewline`).
    private func isNewline(at position: Int) -> Bool {
        let byte = bytes[position]
        if byte < 0x80 { return (0x0A...0x0D).contains(byte) }
        return String(decoding: bytes[position..<min(bytes.count, position + 3)], as: UTF8.self).first?.isNewline ?? false
    }

    private func starts(with delimiter: [UInt8]) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    private mutating func skipWhitespace() {
        while let (character, length) = currentCharacter, character.isWhitespace { index += length }
    }

    private mutating func read(while belongs: (Character) -> Bool) -> String {
        let start = index
        while let (character, length) = currentCharacter, belongs(character) { index += length }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// Reads the bytes of `set` (names are ASCII).
    private mutating func read(while set: Set<UInt8>) -> String {
        let start = index
        while index < bytes.count, set.contains(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = Set((nameCharactersWithoutBrackets.map(String.init).joined() + "()").utf8)
    private static let partialNameCharacters = nameCharacters.union("/".utf8)
}

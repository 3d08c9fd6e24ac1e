/// A cheap, deliberately over-cautious count of what a YAML text could hold, taken from its raw bytes
/// before any parser sees them.
///
/// It finds every place where libyaml *could* read an anchor (`&name`) or an alias (`*name`): the
/// indicator at the start of a token (after whitespace, a line break, `[`, `{`, `,` or `:`), followed by
/// one or more of `A–Z a–z 0–9 _ -` and then by whitespace, the end, or one of `? : , ] } % @` and a
/// backtick — exactly the shape libyaml's scanner accepts. Because it ignores quotes and comments, a
/// real anchor or alias is never missed, at the price of sometimes counting text such as `"see *note"`.
///
/// It also finds the first place where libyaml could read a tag (`!` at the start of a token, with the same
/// over-caution): only then is the composed document searched for one (``YAMLGuard/firstTag(in:file:)``).
///
/// It also counts separators (line breaks, `,` `[` `{` `-` `:` `?`): every YAML node starts after one of
/// them, so the count bounds how many nodes the parser would build, and so its memory.
struct TokenCensus {
    /// Where a possible anchor or alias starts: 1-based line and column (in Unicode scalars), and its name.
    struct Place: Equatable {
        var line: Int
        var column: Int
        var name: String
    }

    /// The first place that may be an anchor.
    private(set) var firstAnchor: Place?
    /// The first place that may be an alias.
    private(set) var firstAlias: Place?
    /// The first place that may be a tag.
    private(set) var firstTag: Place?
    /// The place where the separator count first went over the limit, if it did.
    private(set) var overLimit: Place?

    /// Scans `text`, stopping the separator count at `separatorLimit`.
    init(_ text: String, separatorLimit: Int) {
        var text = text
        text.makeContiguousUTF8()
        _ = text.utf8.withContiguousStorageIfAvailable { scan($0, separatorLimit: separatorLimit) }
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, separatorLimit: Int) {
        var line = 1
        var column = 1
        var separators = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*"), firstAnchor == nil || firstAlias == nil,
                index == 0 || Self.mayPrecedeToken(bytes[index - 1]),
                let end = Self.nameEnd(bytes, from: index + 1)
            {
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                let place = Place(line: line, column: column, name: Excerpt.of(name))
                if byte == UInt8(ascii: "&") { firstAnchor = firstAnchor ?? place } else { firstAlias = firstAlias ?? place }
            }
            if byte == UInt8(ascii: "!"), firstTag == nil, index == 0 || Self.mayPrecedeToken(bytes[index - 1]) {
                firstTag = Place(line: line, column: column, name: "")
            }
            if Self.isSeparator(byte) {
                separators += 1
                if separators > separatorLimit, overLimit == nil {
                    overLimit = Place(line: line, column: column, name: "")
                }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
    }

    /// Whether `byte` is a separator: a line feed, `,` `[` `{` `-` `:` or `?` (a `switch`, not a set: the census
    /// reads every byte of the file before the parser starts, and hashing each took most of its time).
    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\n"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "-"), UInt8(ascii: ":"),
            UInt8(ascii: "?"):
            true
        default: false
        }
    }

    /// Whitespace, line breaks (any non-ASCII byte may belong to NEL, LS, PS or a BOM) and the flow
    /// indicators after which libyaml starts a new token.
    private static func mayPrecedeToken(_ byte: UInt8) -> Bool {
        byte >= 0x80 || " \t\r\n[{,:".utf8.contains(byte)
    }

    /// The end of an anchor or alias name starting at `start`, if the bytes there form one.
    private static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        guard end < bytes.count else { return end }
        let next = bytes[end]
        return next >= 0x80 || " \t\r\n?:,]}%@`".utf8.contains(next) ? end : nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}

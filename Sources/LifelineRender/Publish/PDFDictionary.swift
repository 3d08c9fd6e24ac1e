/// The entries of one PDF dictionary (`<< /Key value … >>`) as raw bytes, read well enough for a document
/// information or trailer dictionary: literal and hex strings, names, numbers, references, arrays and nested
/// dictionaries are each kept as written.
struct PDFDictionary {
    /// The key without its slash (`Title`) and the value's bytes as written (`(Report)`, `<FEFF…>`, `12 0 R`).
    var entries: [(key: String, value: [UInt8])]
    /// Where the dictionary's `<<` is in the bytes it was read from.
    var start: Int
    /// Just past its `>>`.
    var end: Int

    /// Reads the dictionary whose `<<` is the first non-space at or after `offset`; nil when the bytes there are not one.
    init?(bytes: [UInt8], at offset: Int) {
        var index = offset
        Self.skipSpace(bytes, &index)
        guard bytes[index...].starts(with: Self.open) else { return nil }
        start = index
        index += 2
        entries = []
        while true {
            Self.skipSpace(bytes, &index)
            guard index < bytes.count else { return nil }
            if bytes[index...].starts(with: Self.close) { end = index + 2; return }
            guard bytes[index] == UInt8(ascii: "/") else { return nil }
            let keyStart = index + 1
            index = keyStart
            while index < bytes.count, !Self.isDelimiter(bytes[index]) { index += 1 }
            let key = String(decoding: bytes[keyStart..<index], as: UTF8.self)
            Self.skipSpace(bytes, &index)
            let valueStart = index
            guard Self.skipValue(bytes, &index) else { return nil }
            var valueEnd = index
            // A reference is three tokens: `12 0 R`.
            var lookahead = index
            Self.skipSpace(bytes, &lookahead)
            if let number = Self.token(bytes, at: lookahead), number.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                var afterNumber = lookahead + number.count
                Self.skipSpace(bytes, &afterNumber)
                if Self.token(bytes, at: afterNumber) == [UInt8(ascii: "R")] { index = afterNumber + 1; valueEnd = index }
            }
            entries.append((key, Array(bytes[valueStart..<valueEnd])))
        }
    }

    /// The value of `key` as written, if present.
    subscript(key: String) -> [UInt8]? { entries.first { $0.key == key }?.value }

    /// `<<`.
    static let open = Array("<<".utf8)
    /// `>>`.
    static let close = Array(">>".utf8)

    /// Whether `byte` is PDF white space.
    static func isSpace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }

    /// Whether `byte` ends a name or number.
    static func isDelimiter(_ byte: UInt8) -> Bool { isSpace(byte) || Array("()<>[]{}/%".utf8).contains(byte) }

    /// Moves `index` past white space and comments.
    static func skipSpace(_ bytes: [UInt8], _ index: inout Int) {
        while index < bytes.count {
            if isSpace(bytes[index]) {
                index += 1
            } else if bytes[index] == UInt8(ascii: "%") {
                while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters (a number, a keyword) starting at `index`; nil when there are none.
    private static func token(_ bytes: [UInt8], at index: Int) -> ArraySlice<UInt8>? {
        var end = index
        while end < bytes.count, !isDelimiter(bytes[end]) { end += 1 }
        return end > index ? bytes[index..<end] : nil
    }

    /// Moves `index` past one value; false when the bytes end first.
    private static func skipValue(_ bytes: [UInt8], _ index: inout Int) -> Bool {
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "("):
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\\"): index += 1
                case UInt8(ascii: "("): depth += 1
                case UInt8(ascii: ")"):
                    depth -= 1
                    if depth == 0 { index += 1; return true }
                default: break
                }
                index += 1
            }
            return false
        case UInt8(ascii: "<") where bytes[index...].starts(with: open):
            guard let nested = PDFDictionary(bytes: bytes, at: index) else { return false }
            index = nested.end
            return true
        case UInt8(ascii: "<"):
            guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return false }
            index = close + 1
            return true
        case UInt8(ascii: "["):
            index += 1
            while true {
                skipSpace(bytes, &index)
                guard index < bytes.count else { return false }
                if bytes[index] == UInt8(ascii: "]") { index += 1; return true }
                guard skipValue(bytes, &index) else { return false }
            }
        case UInt8(ascii: "/"):
            index += 1
            while index < bytes.count, !isDelimiter(bytes[index]) { index += 1 }
            return true
        default:
            guard let token = token(bytes, at: index) else { return false }
            index += token.count
            return true
        }
    }
}

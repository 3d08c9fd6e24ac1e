/// An estimate of how deeply a YAML text nests, read from its raw bytes so that absurd nesting is
/// refused with a located message before the composer, which recurses once per level, sees it.
///
/// Block nesting is read from indentation (a stack of the indentation of enclosing lines) and from
/// `- ` and `? ` entries at the start of a line; flow nesting from `[` and `{` that open a collection,
/// outside quoted scalars, comments and block scalars. It is an estimate: unusual but valid layouts can
/// make it count a level more or fewer, which does not matter at a limit far above what a registry
/// needs. Underneath it libyaml refuses anything deeper than 1000 levels, so a miss stays harmless.
struct NestingScanner {
    /// Where the nesting first went over the limit: 1-based line and column (in Unicode scalars).
    struct Excess: Equatable {
        var line: Int
        var column: Int
    }

    /// The first place in `text` where the nesting goes deeper than `limit`, if any.
    static func firstExcess(in text: String, limit: Int) -> Excess? {
        var text = text
        text.makeContiguousUTF8()
        var scanner = NestingScanner(limit: limit)
        return text.utf8.withContiguousStorageIfAvailable { scanner.scan($0) } ?? nil
    }

    private let limit: Int
    /// Indentation of the enclosing block lines, outermost first.
    private var indents: [Int] = []
    /// Open `[` and `{`.
    private var flowDepth = 0
    /// Block depth of the line the outermost open flow collection started on.
    private var flowBase = 0
    /// The quote character while inside a quoted scalar that continues over lines.
    private var quote: UInt8?
    /// Inside a `|` or `>` block scalar: the indentation of the line that started it.
    private var blockScalarIndent: Int?

    private init(limit: Int) { self.limit = limit }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Excess? {
        var lineNumber = 1
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != newline { end += 1 }
            if let column = scanLine(bytes, start: start, end: end) {
                let prefix = bytes[start..<(start + column)]
                return Excess(line: lineNumber, column: prefix.filter { $0 & 0xC0 != 0x80 }.count + 1)
            }
            lineNumber += 1
            start = end + 1
        }
        return nil
    }

    /// Scans one line; returns the byte offset within the line where the nesting goes over the limit.
    private mutating func scanLine(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int? {
        var index = start
        while index < end, bytes[index] == space { index += 1 }
        let indent = index - start
        let blank = index == end || bytes[index] == carriageReturn
        if quote == nil {
            if flowDepth == 0, let scalarIndent = blockScalarIndent {
                if blank || indent > scalarIndent { return nil }
                blockScalarIndent = nil
            }
            if blank || bytes[index] == hash { return nil }
        }
        if quote == nil, flowDepth == 0 {
            while let top = indents.last, top >= indent { indents.removeLast() }
            var entries = 0
            while index < end, bytes[index] == dash || bytes[index] == question, index + 1 == end || isBlank(bytes[index + 1]) {
                entries += 1
                index += 1
                while index < end, isBlank(bytes[index]) { index += 1 }
            }
            indents.append(indent)
            flowBase = indents.count + entries
            if flowBase > limit { return indent }
        } else if quote != nil {
            index = start
        }
        return scanTokens(bytes, from: index, end: end, indent: indent).map { $0 - start }
    }

    /// Follows quotes and flow brackets through the rest of a line.
    private mutating func scanTokens(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, end: Int, indent: Int) -> Int? {
        var tokenStart = true
        var previousBlank = true
        var index = first
        while index < end {
            let byte = bytes[index]
            if let open = quote {
                if open == doubleQuote, byte == backslash {
                    index += 2
                    continue
                }
                if byte == open {
                    if open == singleQuote, index + 1 < end, bytes[index + 1] == singleQuote {
                        index += 2
                        continue
                    }
                    quote = nil
                    tokenStart = false
                }
                index += 1
                continue
            }
            let next: UInt8? = index + 1 < end ? bytes[index + 1] : nil
            if isBlank(byte) {
                previousBlank = true
                index += 1
                continue
            }
            if byte == hash, previousBlank { return nil }
            previousBlank = false
            let endsHere = next.map(isBlank) ?? true
            if (byte == doubleQuote || byte == singleQuote) && tokenStart {
                quote = byte
            } else if (byte == openBracket || byte == openBrace) && (tokenStart || flowDepth > 0) {
                flowDepth += 1
                if flowBase + flowDepth > limit { return index }
                tokenStart = true
            } else if (byte == closeBracket || byte == closeBrace) && flowDepth > 0 {
                flowDepth -= 1
                tokenStart = false
            } else if (byte == comma && flowDepth > 0) || (byte == colon && (flowDepth > 0 || endsHere)) {
                tokenStart = true
            } else if (byte == pipe || byte == greater) && tokenStart && flowDepth == 0 {
                blockScalarIndent = indent
                return nil
            } else if !((byte == dash || byte == question) && tokenStart && endsHere) {
                tokenStart = false
            }
            index += 1
        }
        return nil
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab || byte == carriageReturn }
}

private let newline = UInt8(ascii: "\n")
private let carriageReturn = UInt8(ascii: "\r")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let hash = UInt8(ascii: "#")
private let dash = UInt8(ascii: "-")
private let question = UInt8(ascii: "?")
private let colon = UInt8(ascii: ":")
private let comma = UInt8(ascii: ",")
private let pipe = UInt8(ascii: "|")
private let greater = UInt8(ascii: ">")
private let backslash = UInt8(ascii: "\\")
private let doubleQuote = UInt8(ascii: "\"")
private let singleQuote = UInt8(ascii: "'")
private let openBracket = UInt8(ascii: "[")
private let closeBracket = UInt8(ascii: "]")
private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")

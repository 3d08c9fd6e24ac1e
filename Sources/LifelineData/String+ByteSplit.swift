extension String {
    /// The lines of the text, exactly as `split(separator: "\n", omittingEmptySubsequences: false)` gives them, found
    /// in its bytes instead of by comparing characters (which cost hundreds of instructions a character): a line feed
    /// ends a line unless a carriage return comes right before it, since CR LF is one character and no "\n".
    package func splitLines() -> [Substring] {
        var text = self
        text.makeContiguousUTF8()
        let ends =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") && ($0 == 0 || bytes[$0 - 1] != UInt8(ascii: "\r")) }
            } ?? []
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = text.startIndex, offset = 0
        for end in ends + [text.utf8.count] {
            let next = text.utf8.index(start, offsetBy: end - offset)
            lines.append(text[start..<next])
            guard next < text.endIndex else { break }
            start = text.utf8.index(after: next)
            offset = end + 1
        }
        return lines
    }

    /// The parts between the bytes of the ASCII `separator`, empty ones left out: what `split(separator:)` gives
    /// wherever no combining mark follows the separator (no name does that), without comparing characters, which
    /// cost about 13,000 instructions for a template's dotted name.
    package func parts(separatedBy separator: UInt8) -> [Substring] {
        utf8.split(separator: separator).map { Substring($0) }
    }
}

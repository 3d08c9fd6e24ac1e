/// A sentence of `report.md` (or a heading, list item's sentence or table row), as words, with the line it starts on.
struct ReportSentence: Equatable {
    /// The 1-based line of its first word.
    var line: Int
    /// Its words, split at white space (Markdown kept as written).
    var words: [String]

    /// Its words joined by single spaces.
    var text: String { words.joined(separator: " ") }

    /// The sentences of `markdown`, in order.
    ///
    /// Blocks are paragraphs (lines up to a blank line), headings, list items, table rows and HTML lines; a block's
    /// wrapped lines are one text. A sentence ends at a word ending in `.`, `?` or `!` (before closing brackets,
    /// quotes or emphasis) when the next word does not start with a lower-case letter.
    static func sentences(in markdown: String) -> [ReportSentence] {
        var sentences: [ReportSentence] = []
        var block: [(word: String, line: Int)] = []
        func flush() {
            var current: [(word: String, line: Int)] = []
            for (index, token) in block.enumerated() {
                current.append(token)
                let next = index + 1 < block.count ? block[index + 1].word : nil
                if next == nil || (endsSentence(token.word) && !(next!.first?.isLowercase ?? false)) {
                    sentences.append(ReportSentence(line: current[0].line, words: current.map(\.word)))
                    current = []
                }
            }
            block = []
        }
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || startsBlock(trimmed) { flush() }
            block += trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { (String($0), index + 1) }
        }
        flush()
        return sentences
    }

    /// Whether a line (without its indentation) starts a block of its own: a heading, list item, table row, quote or
    /// HTML line.
    private static func startsBlock(_ line: Substring) -> Bool {
        if let first = line.first, "#|<>".contains(first) { return true }
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") { return true }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }

    /// Whether `word` ends a sentence: its last character before closing marks is `.`, `?` or `!`.
    private static func endsSentence(_ word: String) -> Bool {
        let core = word.reversed().drop { ")]*_\"'’”".contains($0) }
        guard let last = core.first else { return false }
        return ".?!".contains(last)
    }
}

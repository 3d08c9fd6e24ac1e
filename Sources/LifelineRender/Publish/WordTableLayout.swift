/// Column widths for a Word table, shared out the way a browser lays out an automatic table: each column gets at
/// least its longest word, and the width left over goes to columns in proportion to how much more their longest
/// cell needs. A long quote column thus gets most of the page, and a year column no more than its four digits.
enum WordTableLayout {
    /// An average character of the table text (8 pt Arial), in twentieths of a point; an estimate that only
    /// shares out the width, so it need not be exact.
    static let characterWidth = 85
    /// A character of a column's longest word, which must fit on one line even in the bold header row: wider than
    /// the average, since a header word is bold and often starts with a capital.
    static let wordCharacterWidth = 105
    /// A cell's left and right margins together, in twentieths of a point.
    static let cellMargins = 144
    /// A word longer than this many characters may wrap inside itself rather than widen its column further.
    static let longestUnbrokenWord = 24

    /// The width of each column in twentieths of a point, summing to `total`; `cells` holds each row's cells'
    /// plain text, the header row first.
    static func widths(cells: [[String]], total: Int) -> [Int] {
        let count = cells.map(\.count).max() ?? 0
        guard count > 0 else { return [] }
        var least = [Int](repeating: 0, count: count), wanted = [Int](repeating: 0, count: count)
        for row in cells {
            for (column, text) in row.enumerated() {
                let word = text.split(whereSeparator: \.isWhitespace).map(\.count).max() ?? 0
                least[column] = max(least[column], min(word, longestUnbrokenWord) * wordCharacterWidth + cellMargins)
                wanted[column] = max(wanted[column], text.count * characterWidth + cellMargins)
            }
        }
        wanted = zip(least, wanted).map { max($0, $1) }
        let leastSum = least.reduce(0, +), wantedSum = wanted.reduce(0, +)
        var widths: [Int]
        if wantedSum <= total {
            widths = wanted.map { $0 * total / max(wantedSum, 1) }
        } else if leastSum >= total {
            widths = least.map { $0 * total / max(leastSum, 1) }
        } else {
            let spare = total - leastSum, growth = wantedSum - leastSum
            widths = zip(least, wanted).map { $0 + spare * ($1 - $0) / growth }
        }
        if let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) { widths[widest] += total - widths.reduce(0, +) }
        return widths
    }
}

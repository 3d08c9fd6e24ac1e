import Yams

extension NodeReader {
    /// Checks that the figure's number is written in its own quote (see ``QuotedNumber``): its value, or both ends of
    /// its range, a share as a percentage. A figure that is this registry's reading of words gives `reading:` (why),
    /// and is not checked; `qualifier: qualitative` requires one. A mismatch is recorded at the quote.
    mutating func checkQuoteNumber(
        id: String, quote: String, at quoteNode: Node, value: FigureValue, unit: MeasureUnit, qualifier: Qualifier?,
        reading: String?, in entries: [String: Node]
    ) {
        if qualifier == .qualitative, reading == nil {
            fail(
                entries["qualifier"] ?? quoteNode,
                "figure `\(id)` is `qualitative`, so its number is this registry's reading of words, but it does not say how it reads them",
                "Add `reading:` with why the words give this number, e.g. `reading: \"“tens of millions”: from ten million up to a hundred million\"`."
            )
            return
        }
        if reading != nil { return }
        let found = QuotedNumber.all(in: quote)
        let wanted = value.low == value.high ? [value.low] : [value.low, value.high]
        let missing = wanted.filter { number in !found.contains { $0.gives(number, unit: unit) } }
        guard !missing.isEmpty else { return }
        let shown = missing.map { format($0) + (unit == .share ? " (\(QuotedNumber.written($0, unit: unit)))" : "") }
        let given =
            found.isEmpty
            ? "it writes no number"
            : "it writes " + found.map { NumberText.grouped($0.value, decimals: 4) + ($0.isPercent ? "%" : "") }.joined(separator: ", ")
        fail(
            quoteNode, "the quote of `\(id)` does not contain \(shown.joined(separator: " or ")) (\(given))",
            "Correct the value or the quote. If the number is this registry's reading of words, say why with `reading:`.")
    }
}

/// A number as a quote writes it: its value, and whether the quote marks it as a percentage.
///
/// Read by ``QuotedNumber/all(in:)`` the way people write numbers: digits with thousands commas and a decimal
/// point ("93,300", "1.5"), the words one to twenty and the tens ("five", "twenty-five"), a currency before it
/// ("$2,200", "US$900", "USD 200,000", "U.S. $3,000"), a scale word after it ("1.5 billion", "10 million"), a
/// percent sign or word after it ("30%", "18 %", "17 percent", "60 per cent"). In a range ("20–60%",
/// "US$900-US$1,800", "$2,200 to $3,100", "10–100 million") the first end takes the percent or scale of the second
/// when it has none of its own.
public struct QuotedNumber: Sendable, Equatable {
    /// The number, its scale word applied ("1.5 billion" is 1.5e9); a percentage as written (17 for "17%").
    public var value: Double
    /// Whether a `%`, "percent" or "per cent" follows the number (or the range it begins).
    public var isPercent: Bool

    /// Creates a number.
    public init(value: Double, isPercent: Bool) {
        self.value = value
        self.isPercent = isPercent
    }

    /// Every number in `text`, in order.
    public static func all(in text: String) -> [QuotedNumber] {
        let tokens = QuoteTokens.read(text)
        var numbers: [(index: Int, number: QuotedNumber, marked: Bool)] = []
        var index = 0
        while index < tokens.count {
            guard case .number(let value) = tokens[index] else { index += 1; continue }
            var number = QuotedNumber(value: value, isPercent: false)
            var marked = false
            var next = index + 1
            if next < tokens.count, case .scale(let scale) = tokens[next] {
                number.value *= scale
                marked = true
                next += 1
            }
            if next < tokens.count, tokens[next] == .percent {
                number.isPercent = true
                marked = true
                next += 1
            }
            // The first end of a range takes the second end's percent or scale: "20–60%", "10–100 million".
            if let previous = numbers.last, !previous.marked, previous.index == index - 2 || previous.index == index - 3,
                isRangeJoin(tokens, from: previous.index + 1, to: index), marked
            {
                let scale = number.isPercent ? 1 : number.value / value
                numbers[numbers.count - 1].number = QuotedNumber(
                    value: previous.number.value * scale, isPercent: number.isPercent)
            }
            numbers.append((index, number, marked))
            index = next
        }
        return numbers.map(\.number)
    }

    /// Whether the tokens between two numbers join them into a range: a dash or "to", and at most a currency.
    private static func isRangeJoin(_ tokens: [QuoteTokens.Token], from start: Int, to end: Int) -> Bool {
        let between = tokens[start..<end]
        return between.first == .rangeJoin && between.dropFirst().allSatisfy { $0 == .currency }
    }

    /// How the quote would write `number` as a figure of `unit` gives it: "18%" for a share, "2,000" otherwise.
    public static func written(_ number: Double, unit: MeasureUnit) -> String {
        unit == .share ? NumberText.percent(number, decimals: 2) : NumberText.grouped(number, decimals: 4)
    }

    /// Whether this quoted number gives `number` of a figure in `unit`: a share as a percentage (0.17 is "17%"),
    /// any other unit as a plain number.
    public func gives(_ number: Double, unit: MeasureUnit) -> Bool {
        let wanted = unit == .share ? number * 100 : number
        guard isPercent == (unit == .share) else { return false }
        return abs(value - wanted) <= 1e-9 * max(1, abs(wanted))
    }
}

/// Reads rates and amounts typed by a user: `0.3` or `30%` for a rate, a plain number for an amount.
public enum RateParser {
    /// A rate from 0 to 1, written as a fraction (`0.3`) or a percentage (`30%`, `30 %`, `12.5%`).
    ///
    /// - Throws: ``InputError`` when the text is not a number, is negative, or is above 100 %.
    public static func rate(_ text: String, option: String) throws(InputError) -> Double {
        let trimmed = text.trimmingCharacters(in: " \t")
        let isPercent = trimmed.hasSuffix("%")
        let number = isPercent ? String(trimmed.dropLast()).trimmingCharacters(in: " \t") : trimmed
        guard let parsed = Double(number), parsed.isFinite, !number.isEmpty else {
            throw .notANumber(option: option, text: text, expected: "a rate such as 0.3 or 30%")
        }
        let value = isPercent ? parsed / 100 : parsed
        guard value >= 0 else { throw .negative(option: option, text: text) }
        guard value <= 1 else {
            throw isPercent || parsed <= 1
                ? .aboveHundredPercent(option: option, text: text) : .percentWithoutSign(option: option, text: text)
        }
        return value
    }

    /// A non-negative, finite amount of money (`1000`, `2650.50`; `_` and `,` between digits are allowed).
    ///
    /// - Throws: ``InputError`` when the text is not a number or is negative.
    public static func amount(_ text: String, option: String) throws(InputError) -> Double {
        let cleaned = text.trimmingCharacters(in: " \t").filter { $0 != "_" && $0 != "," }
        guard let value = Double(cleaned), value.isFinite, !cleaned.isEmpty else {
            throw .notANumber(option: option, text: text, expected: "an amount such as 1000")
        }
        guard value >= 0 else { throw .negative(option: option, text: text) }
        return value
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

import LifelineData

/// Plain, locale-independent number formatting for the sentences the analysis writes (verdicts, assumption
/// values): the same numbers give the same text on every machine.
public enum BriefingFormat {
    /// A US-dollar amount for prose, written as the report writes it (`NumberText.usd`): `USD 54.1 million`, `USD 2,650`.
    public static func usd(_ value: Double) -> String {
        NumberText.usd(value)
    }

    /// A range of US dollars: `USD 300–1,200`.
    public static func usdRange(_ range: AssumedRange) -> String {
        range.low == range.high ? usd(range.low) : "USD " + grouped(range.low.rounded()) + "–" + grouped(range.high.rounded())
    }

    /// A share as a percentage with at most one decimal, as the report writes it (`NumberText.percent`): `30%`, `34.3%`.
    public static func percent(_ share: Double) -> String {
        NumberText.percent(share)
    }

    /// A range of shares: `10%–30%`.
    public static func shareRange(_ range: AssumedRange) -> String {
        range.low == range.high ? percent(range.low) : percent(range.low) + "–" + percent(range.high)
    }

    /// `value` with at most `decimals` decimals, trailing zeros removed: `2.5`, `16`.
    public static func trimmed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let whole = (scaled / scale).rounded(.towardZero)
        var fraction = Int(abs(scaled - whole * scale))
        var digits = decimals
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        guard digits > 0 else { return grouped(whole) }
        var fractionText = String(fraction)
        while fractionText.count < digits { fractionText = "0" + fractionText }
        return grouped(whole) + "." + fractionText
    }

    /// A whole number with thousands separators: `1,234,567`.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let negative = value < 0
        var digits = String(Int64(abs(value).rounded()))
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(Substring(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        return (negative ? "-" : "") + groups.joined(separator: ",")
    }
}

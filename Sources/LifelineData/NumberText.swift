import Foundation

/// Locale-independent number text for tables and prose: the same bytes on every machine.
public enum NumberText {
    /// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped:
    /// `34000` → "34,000", `2.50` → "2.5".
    public static func grouped(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "∞" : "−∞") }
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded()
        let whole = (scaled / scale).rounded(.down)
        var fraction = Int((scaled - whole * scale).rounded())
        var digits = wholeDigits(whole)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits.removeLast(3)
        }
        groups.insert(Substring(digits), at: 0)
        var text = (value < 0 && scaled > 0 ? "−" : "") + groups.joined(separator: ",")
        if fraction > 0 {
            var fractionDigits = decimals
            while fraction % 10 == 0 { fraction /= 10; fractionDigits -= 1 }
            let padded = String(fraction)
            text += "." + String(repeating: "0", count: fractionDigits - padded.count) + padded
        }
        return text
    }

    /// A fraction as a percentage: `0.3` → "30%", `0.025` → "2.5%".
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        grouped(fraction * 100, decimals: decimals) + "%"
    }

    /// A dollar amount: `2200` → "USD 2,200"; amounts of a million and more in millions: "USD 54.1 million".
    public static func usd(_ amount: Double) -> String {
        if abs(amount) >= 1_000_000_000 { return "USD " + grouped(amount / 1_000_000_000, decimals: 2) + " billion" }
        if abs(amount) >= 1_000_000 { return "USD " + grouped(amount / 1_000_000, decimals: 1) + " million" }
        return "USD " + grouped(amount, decimals: 0)
    }

    /// `value` rounded to `digits` significant figures (at least 1), for numbers known no better: the report
    /// prints simulated results to two, e.g. `47_742_865` → `48_000_000`, `0.6748` → `0.67`, `51.91` → `52`.
    /// Zero and non-finite values are returned as they are.
    public static func significant(_ value: Double, digits: Int = 2) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let magnitude = Int((abs(value)).log10Floor)
        let exponent = max(digits, 1) - 1 - magnitude
        // Scale by an exact power of ten on the side that keeps the scaled number an integer-sized value.
        if exponent >= 0 {
            let scale = pow10(exponent)
            return (value * scale).rounded() / scale
        }
        let scale = pow10(-exponent)
        return (value / scale).rounded() * scale
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<max(exponent, 0)).reduce(1) { value, _ in value * 10 }
    }

    private static func wholeDigits(_ whole: Double) -> String {
        whole < 1e18 ? String(UInt64(whole)) : String(format: "%.0f", whole)
    }
}

extension Figure {
    /// The figure's number in its unit, as a reader expects it: "34,000 people", "20%–60%", "USD 2,200–3,100".
    public var valueText: String {
        let low = value.low
        let high = value.high
        let isPoint = low == high
        func number(_ value: Double) -> String {
            switch unit {
            case .share: NumberText.percent(value)
            case .usd, .usdPerYear: NumberText.grouped(value, decimals: 0)
            default: NumberText.grouped(value)
            }
        }
        let core = isPoint ? number(low) : "\(number(low))–\(number(high))"
        switch unit {
        case .people: return "\(core) people"
        case .count: return core
        case .usd: return "USD \(core)"
        case .usdPerYear: return "USD \(core) a year"
        case .share: return core
        case .timesPerYear:
            if isPoint, low == 1 { return "once a year" }
            if isPoint, low == 2 { return "twice a year" }
            return "\(core) times a year"
        case .monthsOfPay: return "\(core) months of pay"
        }
    }

    /// The value with the source's hedge: "up to 70%", "about 30%".
    public var hedgedValueText: String {
        guard let qualifier, qualifier != .qualitative else { return valueText }
        return "\(qualifier.phrase) \(valueText)"
    }
}

extension Double {
    /// ⌊log10 |x|⌋ for a finite non-zero x, exact at powers of ten.
    fileprivate var log10Floor: Double {
        var exponent = Foundation.log10(abs(self)).rounded(.down)
        // log10 can land a hair below an exact power of ten (or above one less); settle it by comparison.
        if Foundation.pow(10, exponent + 1) <= abs(self) { exponent += 1 }
        if Foundation.pow(10, exponent) > abs(self) { exponent -= 1 }
        return exponent
    }
}

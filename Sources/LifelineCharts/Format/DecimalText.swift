import Foundation

/// Locale-independent decimal text: fixed places, thousands separators, a true minus sign.
/// Built from integer arithmetic so output never depends on the machine's locale.
enum DecimalText {
    /// U+2212 MINUS SIGN, as d3-format uses: the same width as a digit, unlike a hyphen.
    static let minus = "\u{2212}"

    /// `value` with `decimals` fixed places, optionally grouped ("34,000") and trimmed of trailing zeros.
    static func fixed(_ value: Double, decimals: Int, grouped: Bool = true, trimmed: Bool = false) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? minus + "∞" : "∞") }
        var places = min(max(decimals, 0), 12)
        while places > 0, abs(value) * pow(10, Double(places)) >= 9e15 { places -= 1 }
        let scaled = (abs(value) * pow(10, Double(places))).rounded()
        guard scaled < 9e15 else { return scientific(value, decimals: 2) }
        let unit = UInt64(pow(10, Double(places)))
        let magnitude = UInt64(scaled)
        var whole = String(magnitude / unit)
        if grouped { whole = group(whole) }
        var fraction = places == 0 ? "" : String(magnitude % unit)
        fraction = String(repeating: "0", count: max(0, places - fraction.count)) + fraction
        if trimmed { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = value < 0 && magnitude != 0 ? minus : ""
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// `value` as mantissa and power of ten, e.g. "2.5e−9".
    static func scientific(_ value: Double, decimals: Int) -> String {
        guard value != 0, value.isFinite else { return fixed(value, decimals: 0) }
        var power = exponent(value)
        var mantissa = value / pow(10, Double(power))
        if abs(mantissa.rounded(toPlaces: decimals)) >= 10 {
            power += 1
            mantissa /= 10
        }
        let sign = power < 0 ? minus : ""
        return fixed(mantissa, decimals: decimals, grouped: false, trimmed: true) + "e" + sign + String(abs(power))
    }

    /// The power of ten of `value`'s leading digit (floor of log10), corrected for rounding error.
    static func exponent(_ value: Double) -> Int {
        let magnitude = abs(value)
        guard magnitude > 0, magnitude.isFinite else { return 0 }
        var power = Int(log10(magnitude).rounded(.down))
        if pow(10, Double(power + 1)) <= magnitude { power += 1 }
        if pow(10, Double(power)) > magnitude { power -= 1 }
        return power
    }

    /// Decimal places needed to tell apart values `step` apart (d3-format's precisionFixed).
    static func precision(forStep step: Double) -> Int {
        guard step.isFinite, step > 0 else { return 0 }
        return max(0, -exponent(step))
    }

    /// Inserts a comma every three digits from the right.
    static func group(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }
}

extension Double {
    /// The value rounded half away from zero to `places` decimal places.
    func rounded(toPlaces places: Int) -> Double {
        let factor = pow(10, Double(max(0, places)))
        return (self * factor).rounded() / factor
    }
}

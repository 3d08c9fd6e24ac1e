/// Writes numbers for SVG attributes: fixed precision, no trailing zeros, never NaN or infinity.
public enum SVGNumber {
    /// Coordinates are clamped to ±`limit` so a stray value cannot blow up a file or a renderer.
    public static let limit = 1e6

    /// `value` rounded to `decimals` places ("12.5", "12", "-3.2"), or nil when it is not finite.
    public static func format(_ value: Double, decimals: Int = 1) -> String? {
        guard value.isFinite else { return nil }
        let places = min(max(decimals, 0), 4)
        let unit = powersOfTen[places]
        let scaled = (min(max(value, -limit), limit) * Double(unit)).rounded()
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / unit)
        var fraction = magnitude % unit
        if fraction != 0 {
            // Trailing zeros dropped, leading ones kept: 0.05 at two places is "05", not "5".
            var digits = places
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let written = String(fraction)
            text += "."
            if written.utf8.count < digits { text += String(repeating: "0", count: digits - written.utf8.count) }
            text += written
        }
        return text
    }

    private static let powersOfTen: [Int64] = [1, 10, 100, 1_000, 10_000]
}

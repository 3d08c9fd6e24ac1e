import Foundation

/// Writes numbers for SVG attributes: fixed precision, no trailing zeros, never NaN or infinity.
public enum SVGNumber {
    /// Coordinates are clamped to ±`limit` so a stray value cannot blow up a file or a renderer.
    public static let limit = 1e6

    /// `value` rounded to `decimals` places ("12.5", "12", "-3.2"), or nil when it is not finite.
    public static func format(_ value: Double, decimals: Int = 1) -> String? {
        guard value.isFinite else { return nil }
        let places = min(max(decimals, 0), 4)
        let factor = pow(10, Double(places))
        let scaled = (min(max(value, -limit), limit) * factor).rounded()
        if scaled == 0 { return "0" }
        let magnitude = Int64(abs(scaled))
        let unit = Int64(factor)
        var text = scaled < 0 ? "-" : ""
        text += String(magnitude / unit)
        let fraction = magnitude % unit
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: places - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text
    }
}

import Foundation

/// An opaque sRGB colour, always written as `#rrggbb` (transparency is a separate opacity attribute).
public struct Color: Sendable, Hashable, CustomStringConvertible {
    /// Red, 0–255.
    public var red: UInt8
    /// Green, 0–255.
    public var green: UInt8
    /// Blue, 0–255.
    public var blue: UInt8

    /// Creates a colour from components.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a hex number such as `0x0072B2`.
    public init(_ hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// Parses `#rrggbb` (the `#` is optional); nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(value)
    }

    /// Pure white.
    public static let white = Color(0xFFFFFF)
    /// Pure black.
    public static let black = Color(0x000000)

    /// The colour as lowercase `#rrggbb`.
    public var hex: String {
        "#"
            + [red, green, blue].map { component in
                let digits = String(component, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
    }

    /// Same as `hex`.
    public var description: String { hex }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public var relativeLuminance: Double {
        func linear(_ component: UInt8) -> Double {
            let c = Double(component) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2 contrast ratio with `other`, 1 to 21.
    public func contrastRatio(with other: Color) -> Double {
        let a = relativeLuminance, b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// This colour moved `amount` (0…1) of the way towards `other`.
    public func mixed(with other: Color, amount: Double) -> Color {
        let t = amount.isFinite ? min(max(amount, 0), 1) : 0
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return Color(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }

    /// This colour, darkened or lightened (towards black on light backgrounds, white on dark ones)
    /// just enough to reach `ratio` against `background`.
    public func ensuringContrast(_ ratio: Double, against background: Color) -> Color {
        let target = background.relativeLuminance > 0.18 ? Color.black : Color.white
        var amount = 0.0
        var candidate = self
        while candidate.contrastRatio(with: background) < ratio, amount < 1 {
            amount += 0.02
            candidate = mixed(with: target, amount: amount)
        }
        return candidate
    }

    /// Black or white, whichever reads better on this colour (for labels inside bars).
    public var readableText: Color {
        contrastRatio(with: .black) >= contrastRatio(with: .white) ? Color(0x111111) : .white
    }
}

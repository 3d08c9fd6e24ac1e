/// Estimates how wide text renders, without any font machinery.
///
/// Widths come from Helvetica's per-character advance widths, scaled up by 10 % so that the
/// common fallbacks (Arial, Liberation Sans, and the wider DejaVu Sans) also fit. Wide scripts
/// (Hangul, CJK, full-width forms) count one em per character; zero-width and bidi marks count nothing.
public enum TextMeasure {
    /// Safety margin over Helvetica for wider fallback fonts.
    static let fallbackAllowance = 1.1

    /// Estimated width of `text` in pixels at `size`, bold or not.
    public static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var units = 0.0
        for scalar in text.unicodeScalars { units += advance(of: scalar) }
        let weight = bold ? 1.15 : 1
        return units / 1000 * size * weight * fallbackAllowance
    }

    /// Advance width of one character in thousandths of an em.
    static func advance(of scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        if value >= 32, value < 127 { return ascii[Int(value - 32)] }
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return 0
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFF00...0xFF60,
            0x1F300...0x1FAFF:
            return 1000
        case 0x2212: return 584
        case 0x2026: return 1000
        case 0x2013: return 556
        case 0x2014: return 1000
        default: return 600
        }
    }

    /// Helvetica advance widths for U+0020…U+007E.
    private static let ascii: [Double] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space … /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556,  // 0 … 9
        278, 278, 584, 584, 584, 556, 1015,  // : … @
        667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,  // A … M
        722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,  // N … Z
        278, 278, 278, 469, 556, 333,  // [ … `
        556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,  // a … m
        556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,  // n … z
        334, 260, 334, 584,  // { … ~
    ]
}

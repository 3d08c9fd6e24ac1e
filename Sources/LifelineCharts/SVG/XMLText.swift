/// Escaping and cleaning of text on its way into an SVG (XML 1.0) document.
///
/// Text from data is treated as hostile: markup characters are escaped, characters XML 1.0 forbids
/// (control characters other than tab, line feed and carriage return) are removed, and right-to-left
/// overrides a value leaves open are closed (`BidiText`).
public enum XMLText {
    /// Removes characters that may not appear in an XML 1.0 document: C0 controls other than
    /// tab, line feed and carriage return, DEL and C1 controls, and the non-characters U+FFFE and U+FFFF.
    /// Everything else (Hangul, right-to-left marks, emoji) is kept.
    public static func sanitize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    /// Escapes character data for use between tags: `&`, `<`, `>`, `"` and `'`, and a carriage return
    /// as `&#13;` (XML parsers turn a raw one into a line feed, so it would not read back as written).
    public static func escapeText(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "\r": "&#13;"
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: nil
            }
        }
    }

    /// Escapes an attribute value written between double quotes: `&`, `<`, `>` and `"`,
    /// plus tab and line breaks (which parsers would otherwise fold into spaces).
    /// A single quote is left as is, so a font stack such as `'Liberation Sans'` stays readable.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "\t": "&#9;"
            case "\n": "&#10;"
            case "\r": "&#13;"
            default: nil
            }
        }
    }

    /// Whether XML 1.0 allows `scalar` in a document (with the discouraged DEL and C1 controls removed too).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x0..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Whether `text` may need any change: a markup character, a control character, or the lead byte of a C1
    /// control (0xC2), a bidirectional control (0xE2) or U+FFFE/U+FFFF (0xEF). Most labels have none, and are
    /// returned as they are without being rebuilt.
    static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { byte in
            byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF
                || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
        }
    }

    private static func escape(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        if isPlain(text) { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where isAllowed(scalar) {
            if let entity = replacement(scalar) {
                out += entity
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return BidiText.balanced(out)
    }
}

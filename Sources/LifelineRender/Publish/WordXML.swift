/// Text from the data made safe for WordprocessingML: HTML's escaping (markup characters as references, control
/// characters dropped, bidirectional overrides closed), which is XML's too, less the two noncharacters U+FFFE and
/// U+FFFF, which XML 1.0 cannot hold.
enum WordXML {
    /// `text` as XML character data or an attribute value (quotes escaped too).
    static func escape(_ text: String) -> String {
        let escaped = HTMLText.escape(text)
        guard escaped.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else { return escaped }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.filter { $0.value != 0xFFFE && $0.value != 0xFFFF }))
    }
}

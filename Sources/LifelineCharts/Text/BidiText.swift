/// Bidirectional formatting controls in data, kept inside the value they come with.
///
/// A right-to-left override (U+202E), embedding or isolate left open in a data value reorders everything
/// after it up to the end of the paragraph: a source title could make the publisher, the date and the
/// citation beside it read backwards. The controls stay (the text shows as what it is); each one the
/// value leaves open is closed at its end, with U+202C for embeddings and overrides, U+2069 for isolates.
public enum BidiText {
    /// `text` followed by the closers for every embedding, override and isolate it leaves open.
    public static func balanced(_ text: String) -> String {
        // Every opener is U+202A–U+202E or U+2066–U+2068, whose UTF-8 starts with 0xE2: most text has no such byte.
        guard text.utf8.contains(0xE2), text.unicodeScalars.contains(where: { isOpener($0.value) }) else { return text }
        var open: [Bool] = []  // true for an isolate, false for an embedding or override
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E: open.append(false)
            case 0x2066, 0x2067, 0x2068: open.append(true)
            case 0x202C where open.last == false: open.removeLast()
            case 0x2069:
                // A PDI closes the innermost open isolate and every embedding opened inside it.
                if let isolate = open.lastIndex(of: true) { open.removeSubrange(isolate...) }
            default: break
            }
        }
        var result = text
        for isolate in open.reversed() { result.unicodeScalars.append(isolate ? "\u{2069}" : "\u{202C}") }
        return result
    }

    /// An embedding, override or isolate that needs closing: U+202A, U+202B, U+202D, U+202E, U+2066–U+2068.
    private static func isOpener(_ value: UInt32) -> Bool {
        ((0x202A...0x202E).contains(value) && value != 0x202C) || (0x2066...0x2068).contains(value)
    }
}

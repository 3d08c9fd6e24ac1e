/// A value from a data file made fit to quote inside a one-line message on a terminal.
///
/// Messages quote what the file says (`unknown key `measure``), and the file may be hostile: a value can
/// be megabytes long, hold terminal escape sequences, or a right-to-left override that makes the rest of
/// the line read backwards. Invisible and control characters are shown as `\u{…}` escapes, and long
/// values are cut.
enum Excerpt {
    /// How many characters of a value a message quotes.
    static let maximumCharacters = 60

    /// `text` with control, format (bidirectional marks, zero-width characters) and line-separator
    /// characters escaped, cut to `maximumCharacters` with `…`.
    static func of(_ text: String, limit: Int = maximumCharacters) -> String {
        var result = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default:
                result.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return result
    }

    /// At most `limit` items joined with commas, then how many more there are.
    static func list(_ items: [String], limit: Int = 8) -> String {
        let shown = items.prefix(limit).map { of($0) }.joined(separator: ", ")
        return items.count > limit ? shown + ", … (\(items.count - limit) more)" : shown
    }
}

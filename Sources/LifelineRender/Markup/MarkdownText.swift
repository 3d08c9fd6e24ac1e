import LifelineCharts

/// Escaping of data for Markdown (CommonMark and GitHub-flavoured), so that text from a data file
/// always shows as the text it is and never becomes emphasis, a link, an image, a table cell or HTML.
public enum MarkdownText {
    /// ASCII characters that start inline syntax in CommonMark or GFM; each is escaped with a backslash,
    /// which CommonMark allows before any ASCII punctuation. `$` is escaped for pandoc's math.
    static let inlineSyntax: [Bool] = (0..<128).map { "\\`*_[]<>|#!~&${}".utf8.contains(UInt8($0)) }

    /// `text` escaped for use inline in Markdown: in a sentence, a list item, a heading or a table cell.
    /// Line breaks become spaces, so data can never start a block (a heading, a list, a fence), and
    /// right-to-left overrides and embeddings left open are closed (`BidiText`).
    ///
    /// The text is read by Unicode scalar, as cmark reads it, never by Character: a combining mark or a
    /// prepended mark joins a syntax character into one Character that would hide it (found by fuzzing).
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            defer { afterCarriageReturn = value == 0x0D }
            // Line breaks become one space ("\r\n" too).
            if (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029 {
                if value == 0x0A, afterCarriageReturn { continue }
                if atStart { if bytes.isEmpty { bytes.append(UInt8(ascii: " ")) } } else { bytes.append(UInt8(ascii: " ")) }
                continue
            }
            // Leading white space would hide a list marker from the checks below, and four spaces would open an
            // indented code block: it shrinks to one space (kept, since a piece may sit between two others) and the
            // first visible character is still checked as the start.
            if atStart, value == 0x20 || value == 0x09 || (value > 0x7F && scalar.properties.isWhitespace) {
                if bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
                continue
            }
            // Control characters (C0, DEL and C1) are dropped.
            if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
            if value < 0x80 {
                let byte = UInt8(value)
                if inlineSyntax[Int(value)]
                    || (atStart && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "=")))
                {
                    bytes.append(UInt8(ascii: "\\"))
                }
                bytes.append(byte)
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
            atStart = false
        }
        // "1. text", "1) text" or a lone "1." at the start would become an ordered list ("93.9%" would not).
        // Checked on UTF-8 bytes, as cmark reads them: a combining mark after the space joins it into one
        // Character that is not " ", yet cmark still sees the space and opens a list (found by fuzzing).
        let digits = bytes.first == UInt8(ascii: " ") ? 1 : 0
        var marker = digits
        while marker < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[marker]) { marker += 1 }
        if marker > digits, marker < bytes.count, bytes[marker] == UInt8(ascii: ".") || bytes[marker] == UInt8(ascii: ")"),
            marker + 1 == bytes.count || bytes[marker + 1] == UInt8(ascii: " ") || bytes[marker + 1] == UInt8(ascii: "\t")
        {
            bytes.insert(UInt8(ascii: "\\"), at: marker)
        }
        return BidiText.balanced(String(decoding: bytes, as: UTF8.self))
    }

    /// `linkDestination(url)` written into a Markdown link, `[text](destination)`: each `&` becomes `&amp;`.
    /// CommonMark decodes character references in destinations, so without this `javascript&#58;alert(1)`,
    /// which has no colon when `linkDestination` checks it, would reach the HTML as `javascript:alert(1)`.
    public static func markdownLinkDestination(_ url: String) -> String {
        let destination = linkDestination(url)
        guard destination.utf8.contains(UInt8(ascii: "&")) else { return destination }
        var bytes: [UInt8] = []
        for byte in destination.utf8 {
            if byte == UInt8(ascii: "&") { bytes += "&amp;".utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A link destination made safe: only `#fragment`, relative paths and http(s) URLs pass;
    /// anything else (`javascript:`, `data:`) becomes `#`. Spaces and parentheses are percent-encoded.
    public static func linkDestination(_ url: String) -> String {
        // Cleaned first and checked after: a browser drops tabs and line breaks inside a URL, so "/\t/host"
        // checked before cleaning would pass as a path and reach the page as the foreign "//host".
        // Control characters are dropped here, before the check, and nothing later may drop more.
        var result = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ": result += "%20"
            case "(": result += "%28"
            case ")": result += "%29"
            case "<": result += "%3C"
            case ">": result += "%3E"
            case "\"": result += "%22"
            case "\\": result += "%5C"
            // C1 controls too: HTMLText drops them later, so a leading U+0085 would hide a "//" from the check
            // below and then vanish (found by fuzzing).
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        // UTF-8 bytes, not Characters: a combining mark after ":" or "/" joins it into one Character that
        // `contains(":")` or `hasPrefix("//")` would not see ("data:\u{65E}…" passed as a relative path;
        // found by fuzzing).
        let bytes = Array(result.utf8)
        func starts(with prefix: String) -> Bool {
            bytes.count >= prefix.utf8.count && zip(bytes, prefix.utf8).allSatisfy { lowercasedASCII($0) == $1 }
        }
        let allowed =
            starts(with: "#") || starts(with: "https://") || starts(with: "http://")
            || (!bytes.contains(UInt8(ascii: ":")) && !starts(with: "//"))
        return allowed ? result : "#"
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

import LifelineCharts
/// Escaping of data for Markdown (CommonMark and GitHub-flavoured), so that text from a data file
/// always shows as the text it is and never becomes emphasis, a link, an image, a table cell or HTML.
public enum MarkdownText {
    /// Characters that start inline syntax in CommonMark or GFM; each is escaped with a backslash,
    /// which CommonMark allows before any ASCII punctuation. `$` is escaped for pandoc's math.
    static let inlineSyntax: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "~", "&", "$", "{", "}"]

    /// `text` escaped for use inline in Markdown: in a sentence, a list item, a heading or a table cell.
    /// Line breaks become spaces, so data can never start a block (a heading, a list, a fence), and
    /// right-to-left overrides and embeddings left open are closed (`BidiText`).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var atStart = true
        for character in text {
            // Leading white space would hide a list marker from the checks below, and four spaces would open an
            // indented code block: it shrinks to one space (kept, since a piece may sit between two others) and the
            // first visible character is still checked as the start.
            if atStart, character.isWhitespace {
                if result.isEmpty { result.append(" ") }
                continue
            }
            if character.isNewline {
                result.append(" ")
                continue
            }
            // By the first scalar, not the Character: a combining mark joins ">" or "*" into one Character
            // that the set would not match, and the mark would then open a block quote (found by fuzzing).
            let lead = Character(character.unicodeScalars.first!)
            if inlineSyntax.contains(lead) {
                result.append("\\")
            } else if atStart, lead == "-" || lead == "+" || lead == "=" {
                result.append("\\")
            } else if character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                continue
            }
            result.append(character)
            atStart = false
        }
        // "1. text", "1) text" or a lone "1." at the start would become an ordered list ("93.9%" would not).
        // Checked on UTF-8 bytes, as cmark reads them: a combining mark after the space joins it into one
        // Character that is not " ", yet cmark still sees the space and opens a list (found by fuzzing).
        let bytes = Array(result.utf8)
        let digits = bytes.first == UInt8(ascii: " ") ? 1 : 0
        var marker = digits
        while marker < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[marker]) { marker += 1 }
        if marker > digits, marker < bytes.count, bytes[marker] == UInt8(ascii: ".") || bytes[marker] == UInt8(ascii: ")"),
           marker + 1 == bytes.count || bytes[marker + 1] == UInt8(ascii: " ") || bytes[marker + 1] == UInt8(ascii: "\t") {
            result = String(decoding: bytes[..<marker] + [UInt8(ascii: "\\")] + bytes[marker...], as: UTF8.self)
        }
        return BidiText.balanced(result)
    }

    /// `linkDestination(url)` written into a Markdown link, `[text](destination)`: each `&` becomes `&amp;`.
    /// CommonMark decodes character references in destinations, so without this `javascript&#58;alert(1)`,
    /// which has no colon when `linkDestination` checks it, would reach the HTML as `javascript:alert(1)`.
    public static func markdownLinkDestination(_ url: String) -> String {
        linkDestination(url).replacingOccurrences(of: "&", with: "&amp;")
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
        let allowed = starts(with: "#") || starts(with: "https://") || starts(with: "http://")
            || (!bytes.contains(UInt8(ascii: ":")) && !starts(with: "//"))
        return allowed ? result : "#"
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}

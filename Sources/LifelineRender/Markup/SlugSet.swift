/// Heading anchors as GitHub makes them, so that links work both on a code host and in the HTML page.
///
/// The slug is the text in lowercase, with everything but letters, digits, spaces, hyphens and
/// underscores removed and spaces turned into hyphens; a repeated slug gets `-1`, `-2`, ….
public struct SlugSet: Sendable {
    private var used: [String: Int] = [:]

    /// An empty set.
    public init() {}

    /// The slug of `text` as GitHub writes it, before de-duplication.
    public static func slug(_ text: String) -> String {
        // ASCII headings, nearly all of them, by byte; the Unicode letter and digit tables only for the rest.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: " "): bytes.append(UInt8(ascii: "-"))
                default: break
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var slug = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                slug.append(character)
            } else if character == " " {
                slug.append("-")
            }
        }
        return slug
    }

    /// A slug for `text` not handed out before.
    public mutating func unique(_ text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 1
            return base
        }
        used[base] = count + 1
        let candidate = "\(base)-\(count)"
        used[candidate] = 1
        return candidate
    }
}

/// Heading anchors as GitHub makes them, so that links work both on a code host and in the HTML page.
///
/// The slug is the text in lowercase, with everything but letters, digits, spaces, hyphens and
/// underscores removed and spaces turned into hyphens; a repeated slug gets `-1`, `-2`, …, skipping any taken
/// already, as github-slugger does. A heading with no slug (empty, or punctuation only) gets `section`, so that every
/// heading has a non-empty id that the contents can link to.
public struct SlugSet: Sendable {
    /// Every id handed out, and for each base slug the last number tried after it.
    private var used: [String: Int] = [:]

    /// The id of a heading whose slug is empty: HTML needs at least one character in an id.
    static let emptyFallback = "section"

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
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    bytes.append(byte)
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

    /// A slug for `text` not handed out before, never empty.
    public mutating func unique(_ text: String) -> String {
        let slug = Self.slug(text)
        let base = slug.isEmpty ? Self.emptyFallback : slug
        var candidate = base
        // `foo-1`, `foo`, `foo` must give `foo-1`, `foo`, `foo-2`: count on until the id is free.
        while used[candidate] != nil {
            let count = (used[base] ?? 0) + 1
            used[base] = count
            candidate = "\(base)-\(count)"
        }
        used[candidate] = 0
        return candidate
    }
}

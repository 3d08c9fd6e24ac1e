import Yams

/// The tag YAML 1.1 gives an untagged plain scalar: what Yams' default resolver decides with its regular expressions
/// (bool, int, float, merge, null, timestamp, value, in that order, else str), decided here from the bytes.
///
/// Yams compiles and runs those expressions through ICU; the first use alone costs several milliseconds, a sizeable
/// part of a build. ``RegistryLoader`` therefore parses with Yams' `basic` resolver (every scalar a string) and asks
/// this type about plain scalars — but only when the text holds no explicit tag (`!…`), so that the tag of every
/// scalar follows from its style and text alone. A test compares it with Yams' resolver on a large corpus.
enum PlainScalarTag {
    /// The tag Yams' default resolver gives the plain scalar `text`.
    static func of(_ text: String) -> Tag.Name {
        var text = text
        return text.withUTF8 { bytes in
            let scanner = Scanner(bytes)
            if scanner.isBool { return .bool }
            if scanner.isInt { return .int }
            if scanner.isFloat { return .float }
            if scanner.matches("<<") { return .merge }
            if scanner.isNull { return .null }
            if scanner.isTimestamp { return .timestamp }
            if scanner.matches("=") { return .value }
            return .str
        }
    }

    /// Whole-text matchers over the UTF-8 bytes of one scalar.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        func matches(_ word: StaticString) -> Bool {
            bytes.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
        }

        func matchesAny(_ words: [StaticString]) -> Bool { words.contains { matches($0) } }

        /// `yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF`
        var isBool: Bool {
            matchesAny(["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                        "on", "On", "ON", "off", "Off", "OFF"])
        }

        /// `~|null|Null|NULL|` (the empty text too)
        var isNull: Bool { bytes.isEmpty || matchesAny(["~", "null", "Null", "NULL"]) }

        /// `[-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+ | [-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`
        var isInt: Bool {
            var i = signEnd
            guard i < bytes.count else { return false }
            if bytes[i] == UInt8(ascii: "0") {
                i += 1
                if i == bytes.count { return true }
                switch bytes[i] {
                case UInt8(ascii: "b"): return rest(from: i + 1, nonEmpty: true) { $0 == 0x30 || $0 == 0x31 || $0 == 0x5F }
                case UInt8(ascii: "x"): return rest(from: i + 1, nonEmpty: true) { Self.isHexDigit($0) || $0 == 0x5F }
                case UInt8(ascii: "o"): return rest(from: i + 1, nonEmpty: true) { Self.isOctalDigit($0) || $0 == 0x5F }
                default: return rest(from: i, nonEmpty: true) { Self.isOctalDigit($0) || $0 == 0x5F }
                }
            }
            guard Self.isDigit(bytes[i]), bytes[i] != UInt8(ascii: "0") else { return false }
            let end = span(from: i + 1) { Self.isDigit($0) || $0 == 0x5F }
            if end == bytes.count { return true }
            return sexagesimalEnd(from: end) == bytes.count
        }

        /// `[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)? | \.[0-9_]+([eE][-+][0-9]+)? | [-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]* | [-+]?\.(inf|Inf|INF) | \.(nan|NaN|NAN)`
        var isFloat: Bool {
            if matchesAny([".nan", ".NaN", ".NAN"]) { return true }
            let start = signEnd
            guard start < bytes.count else { return false }
            if bytes[start] == UInt8(ascii: ".") {
                let tail = UnsafeBufferPointer(rebasing: bytes[(start + 1)...])
                if ["inf", "Inf", "INF"].contains(where: { (word: StaticString) in
                    tail.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
                }) { return true }
                // `\.[0-9_]+([eE][-+][0-9]+)?` takes no sign.
                guard start == 0 else { return false }
                let end = span(from: 1) { Self.isDigit($0) || $0 == 0x5F }
                guard end > 1 else { return false }
                return end == bytes.count || exponentEnd(from: end, signRequired: true) == bytes.count
            }
            guard Self.isDigit(bytes[start]) else { return false }
            let integer = span(from: start + 1) { Self.isDigit($0) || $0 == 0x5F }
            // Decimal: digits, an optional fraction, an optional exponent.
            var i = integer
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i = span(from: i + 1) { Self.isDigit($0) || $0 == 0x5F } }
            if i == bytes.count || exponentEnd(from: i, signRequired: false) == bytes.count { return true }
            // Sexagesimal with a fraction: digits, `:` groups, `.` and digits.
            guard let groups = sexagesimalEnd(from: integer), groups < bytes.count, bytes[groups] == UInt8(ascii: ".") else { return false }
            return span(from: groups + 1) { Self.isDigit($0) || $0 == 0x5F } == bytes.count
        }

        /// `[0-9]{4}-[0-9]{2}-[0-9]{2}` or
        /// `[0-9]{4}-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9]{2}:[0-9]{2}(\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9]{2})?))?`
        var isTimestamp: Bool {
            guard var i = digits(from: 0, min: 4, max: 4), byte(i) == UInt8(ascii: "-") else { return false }
            if bytes.count == 10, digits(from: 5, min: 2, max: 2) == 7, byte(7) == UInt8(ascii: "-"), digits(from: 8, min: 2, max: 2) == 10 {
                return true
            }
            guard let month = digits(from: i + 1, min: 1, max: 2), byte(month) == UInt8(ascii: "-"),
                  let day = digits(from: month + 1, min: 1, max: 2) else { return false }
            i = day
            if byte(i) == UInt8(ascii: "T") || byte(i) == UInt8(ascii: "t") {
                i += 1
            } else {
                let blanks = span(from: i) { $0 == 0x20 || $0 == 0x09 }
                guard blanks > i else { return false }
                i = blanks
            }
            guard let hour = digits(from: i, min: 1, max: 2), byte(hour) == UInt8(ascii: ":"),
                  let minute = digits(from: hour + 1, min: 2, max: 2), byte(minute) == UInt8(ascii: ":"),
                  let second = digits(from: minute + 1, min: 2, max: 2) else { return false }
            i = second
            if byte(i) == UInt8(ascii: ".") { i = span(from: i + 1, Self.isDigit) }
            if i == bytes.count { return true }
            i = span(from: i) { $0 == 0x20 || $0 == 0x09 }
            if byte(i) == UInt8(ascii: "Z") { return i + 1 == bytes.count }
            guard byte(i) == UInt8(ascii: "-") || byte(i) == UInt8(ascii: "+"), let zone = digits(from: i + 1, min: 1, max: 2) else { return false }
            if zone == bytes.count { return true }
            guard byte(zone) == UInt8(ascii: ":"), let zoneMinutes = digits(from: zone + 1, min: 2, max: 2) else { return false }
            return zoneMinutes == bytes.count
        }

        // MARK: Pieces

        /// The byte at `index`, or 0 past the end.
        private func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

        /// Where the text starts after an optional `-` or `+`.
        private var signEnd: Int {
            bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
        }

        /// The end of the run of bytes from `start` that satisfy `test`.
        private func span(from start: Int, _ test: (UInt8) -> Bool) -> Int {
            var i = start
            while i < bytes.count, test(bytes[i]) { i += 1 }
            return i
        }

        /// Whether every byte from `start` to the end satisfies `test` (and there is one, if `nonEmpty`).
        private func rest(from start: Int, nonEmpty: Bool, _ test: (UInt8) -> Bool) -> Bool {
            let end = span(from: start, test)
            return end == bytes.count && (!nonEmpty || end > start)
        }

        /// The end of `min`…`max` ASCII digits from `start`, if there are at least `min` (and the run stops there).
        private func digits(from start: Int, min: Int, max: Int) -> Int? {
            var i = start
            while i < bytes.count, i - start < max, Self.isDigit(bytes[i]) { i += 1 }
            guard i - start >= min, i == bytes.count || !Self.isDigit(bytes[i]) else { return nil }
            return i
        }

        /// The end of one or more `:[0-5]?[0-9]` groups from `start`, if there is at least one.
        private func sexagesimalEnd(from start: Int) -> Int? {
            var i = start
            while i < bytes.count, bytes[i] == UInt8(ascii: ":") {
                let digitsEnd = span(from: i + 1, Self.isDigit)
                switch digitsEnd - (i + 1) {
                case 1: i = digitsEnd
                case 2 where bytes[i + 1] <= UInt8(ascii: "5"): i = digitsEnd
                default: return nil
                }
            }
            return i > start ? i : nil
        }

        /// The end of an exponent `[eE][-+]?[0-9]+` (sign required if `signRequired`) from `start`, if one is there.
        private func exponentEnd(from start: Int, signRequired: Bool) -> Int? {
            guard byte(start) == UInt8(ascii: "e") || byte(start) == UInt8(ascii: "E") else { return nil }
            var i = start + 1
            if byte(i) == UInt8(ascii: "-") || byte(i) == UInt8(ascii: "+") { i += 1 } else if signRequired { return nil }
            let end = span(from: i, Self.isDigit)
            return end > i ? end : nil
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        private static func isOctalDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x37 }
        private static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
        }
    }
}

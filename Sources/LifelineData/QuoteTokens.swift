/// A quote cut into the pieces ``QuotedNumber`` reads numbers from; everything else is `.other`.
enum QuoteTokens {
    /// One piece of a quote.
    enum Token: Equatable {
        /// Digits ("93,300", "1.5") or a number word ("five", "twenty-five").
        case number(Double)
        /// "thousand", "million", "billion" (or their plurals after a number).
        case scale(Double)
        /// `%`, "percent", "per cent".
        case percent
        /// A dash or "to" between two numbers.
        case rangeJoin
        /// "$", "US$", "USD", "U.S.": a currency written before an amount.
        case currency
        /// Any other word or sign.
        case other
    }

    /// The number words read as numbers: one to twenty and the tens.
    static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// The scale words, singular or plural.
    static let scaleWords: [String: Double] = [
        "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    ]

    /// The words that mark a currency before an amount.
    static let currencyWords: Set<String> = ["usd", "us", "u.s", "us$", "u.s.$"]

    /// The tokens of `text`; spaces separate tokens and are not kept.
    static func read(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isWhitespace(character) {
                index += 1
            } else if isDigit(character) {
                let (value, end) = digits(characters, from: index)
                tokens.append(.number(value))
                index = end
            } else if isLetter(character) {
                var end = index
                while end < characters.count,
                    isLetter(characters[end])
                        || characters[end] == "." && end + 1 < characters.count
                            && isLetter(characters[end + 1])
                {
                    end += 1
                }
                let word = lowercased(characters[index..<end])
                index = end
                tokens.append(wordToken(word, characters: characters, index: &index, after: tokens.last))
            } else {
                index += 1
                switch character {
                case "%": tokens.append(.percent)
                case "$": if tokens.last != .currency { tokens.append(.currency) }
                case "–", "-", "—": tokens.append(.rangeJoin)
                default: tokens.append(.other)
                }
            }
        }
        return tokens
    }

    /// The token of `word`, reading on past a hyphen for "twenty-five" and past "cent" for "per cent".
    private static func wordToken(_ word: String, characters: [Character], index: inout Int, after previous: Token?) -> Token {
        if let tens = numberWords[word] {
            // "twenty-five": a tens word, a hyphen and a unit word.
            if tens >= 20, index + 1 < characters.count, characters[index] == "-" {
                var end = index + 1
                while end < characters.count, isLetter(characters[end]) { end += 1 }
                if let unit = numberWords[lowercased(characters[(index + 1)..<end])], unit < 10 {
                    index = end
                    return .number(tens + unit)
                }
            }
            return .number(tens)
        }
        if case .number? = previous, let scale = scaleWords[word] { return .scale(scale) }
        if word == "percent" { return .percent }
        if word == "per" {
            var end = index
            while end < characters.count, isWhitespace(characters[end]) { end += 1 }
            if lowercased(characters[end..<min(end + 4, characters.count)]) == "cent" {
                index = end + 4
                return .percent
            }
        }
        if word == "to", case .number? = previous { return .rangeJoin }
        if currencyWords.contains(word) { return .currency }
        return .other
    }

    // One-byte characters are judged by their byte, the others by their Unicode properties: a quote is mostly ASCII,
    // and `Character`'s properties cost hundreds of instructions a call.

    /// `character.isWhitespace`.
    static func isWhitespace(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// `character.isLetter`.
    static func isLetter(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return character.isLetter }
        return (0x61...0x7A).contains(byte | 0x20)
    }

    /// `character.isASCII && character.isNumber`: a digit 0–9.
    static func isDigit(_ character: Character) -> Bool {
        guard let byte = character.asciiValue else { return false }
        return (0x30...0x39).contains(byte)
    }

    /// `String(characters).lowercased()`, without building the string twice when every character is one byte.
    static func lowercased(_ characters: ArraySlice<Character>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(characters.count)
        for character in characters {
            guard let byte = character.asciiValue, character.utf8.count == 1 else { return String(characters).lowercased() }
            bytes.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The number written in digits at `start`: thousands groups of three after commas, then decimals after a point;
    /// returns it and the index after it.
    private static func digits(_ characters: [Character], from start: Int) -> (Double, Int) {
        func isDigit(_ index: Int) -> Bool { index < characters.count && Self.isDigit(characters[index]) }
        var end = start
        var text = ""
        while isDigit(end) { text.append(characters[end]); end += 1 }
        // "1,800" groups thousands; "1,8" or "1,8000" does not.
        while end < characters.count, characters[end] == ",", isDigit(end + 1), isDigit(end + 2), isDigit(end + 3),
            !isDigit(end + 4)
        {
            text += String(characters[(end + 1)...(end + 3)])
            end += 4
        }
        if end < characters.count, characters[end] == ".", isDigit(end + 1) {
            text.append(".")
            end += 1
            while isDigit(end) { text.append(characters[end]); end += 1 }
        }
        return (Double(text) ?? 0, end)
    }
}

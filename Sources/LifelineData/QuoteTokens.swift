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
            if character.isWhitespace {
                index += 1
            } else if character.isASCII, character.isNumber {
                let (value, end) = digits(characters, from: index)
                tokens.append(.number(value))
                index = end
            } else if character.isLetter {
                var end = index
                while end < characters.count,
                    characters[end].isLetter
                        || characters[end] == "." && end + 1 < characters.count
                            && characters[end + 1].isLetter
                {
                    end += 1
                }
                let word = String(characters[index..<end]).lowercased()
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
                while end < characters.count, characters[end].isLetter { end += 1 }
                if let unit = numberWords[String(characters[(index + 1)..<end]).lowercased()], unit < 10 {
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
            while end < characters.count, characters[end].isWhitespace { end += 1 }
            if String(characters[end..<min(end + 4, characters.count)]).lowercased() == "cent" {
                index = end + 4
                return .percent
            }
        }
        if word == "to", case .number? = previous { return .rangeJoin }
        if currencyWords.contains(word) { return .currency }
        return .other
    }

    /// The number written in digits at `start`: thousands groups of three after commas, then decimals after a point;
    /// returns it and the index after it.
    private static func digits(_ characters: [Character], from start: Int) -> (Double, Int) {
        func isDigit(_ index: Int) -> Bool { index < characters.count && characters[index].isASCII && characters[index].isNumber }
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

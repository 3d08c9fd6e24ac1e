import Testing

@testable import LifelineData

/// The quote tokenizer judges one-byte characters by their byte; it must judge every character as `Character`'s
/// properties do, and lowercase words as `String.lowercased()` does.
@Suite struct QuoteTokensTests {
    /// Every ASCII character, CR LF, and characters beyond ASCII that quotes hold or that look like letters, digits or
    /// blanks: accented and combined letters, Hangul, no-break and wide spaces, dashes, other digits.
    static let characters: [Character] =
        (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + [
            "\r\n", "é", "e\u{301}", "É", "ß", "한", "국", "\u{A0}", "\u{2009}", "\u{3000}", "\u{85}", "–", "—", "’", "₩",
            "٣", "５", "Ⅻ", "½", "ǅ", "\u{1F600}",
        ]

    @Test func byteJudgementsAgreeWithCharacterProperties() {
        for character in Self.characters {
            #expect(QuoteTokens.isWhitespace(character) == character.isWhitespace, "\(character.debugDescription)")
            #expect(QuoteTokens.isLetter(character) == character.isLetter, "\(character.debugDescription)")
            #expect(QuoteTokens.isDigit(character) == (character.isASCII && character.isNumber), "\(character.debugDescription)")
        }
    }

    @Test func wordsAreLowercasedAsStringsLowercaseThem() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<5_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            let word = (0..<length).map { offset in
                Self.characters[Int((state >> UInt64(4 * (offset % 12))) % UInt64(Self.characters.count))]
            }
            #expect(QuoteTokens.lowercased(word[...]) == String(word).lowercased(), "\(String(word).debugDescription)")
        }
    }
}

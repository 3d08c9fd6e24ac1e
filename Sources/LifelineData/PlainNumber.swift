/// What an unquoted scalar says as a registry number.
///
/// A registry number is written in decimal, as JSON writes numbers: an optional sign, digits without a leading
/// zero, an optional fraction and an optional exponent (`34000`, `-5`, `+12`, `0.3`, `1.5e6`). The YAML 1.1 shapes
/// beyond it (`0o17`, `0x1F`, `0b101`, `1_000`, `1:20`, `.5`, `.inf`) are not numbers here, and a leading zero
/// (`034000`, which YAML 1.1 reads as octal) is refused rather than guessed at. `-0` and `+0` are 0.
enum PlainNumber: Equatable {
    /// A decimal number (finite or not: `1e999` overflows).
    case number(Double)
    /// Decimal digits with a leading zero; `corrected` is the text without it.
    case leadingZero(corrected: String)
    /// YAML's infinity or not-a-number: `.inf`, `-.Inf`, `.nan`, …
    case notFinite
    /// Anything else, text included.
    case notANumber

    /// Reads `text`, the value of a plain scalar.
    init(_ text: String) {
        let bytes = Array(text.utf8)
        let signEnd = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
        if Self.isDecimal(bytes[...], from: signEnd), let number = Double(text) {
            self = .number(number == 0 ? 0 : number)
        } else if ["inf", "Inf", "INF", "nan", "NaN", "NAN"].contains(where: { bytes[signEnd...].elementsEqual(".\($0)".utf8) }) {
            self = .notFinite
        } else {
            var zerosEnd = signEnd
            while zerosEnd + 1 < bytes.count, bytes[zerosEnd] == UInt8(ascii: "0"), Self.isDigit(bytes[zerosEnd + 1]) { zerosEnd += 1 }
            let corrected = Array(bytes[..<signEnd] + bytes[zerosEnd...])
            self =
                zerosEnd > signEnd && Self.isDecimal(corrected[...], from: signEnd)
                ? .leadingZero(corrected: String(decoding: corrected, as: UTF8.self)) : .notANumber
        }
    }

    /// Whether `bytes` from `start` are `(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?` and nothing else.
    private static func isDecimal(_ bytes: ArraySlice<UInt8>, from start: Int) -> Bool {
        var i = bytes.startIndex + start
        func digits() -> Int {
            let first = i
            while i < bytes.endIndex, isDigit(bytes[i]) { i += 1 }
            return i - first
        }
        guard i < bytes.endIndex, bytes[i] != UInt8(ascii: "0") || i + 1 == bytes.endIndex || !isDigit(bytes[i + 1]),
            digits() > 0
        else { return false }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { return false }
        }
        if i < bytes.endIndex, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == bytes.endIndex
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

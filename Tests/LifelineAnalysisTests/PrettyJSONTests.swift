import Foundation
import Testing

@testable import LifelineAnalysis

/// `PrettyJSON` writes what `JSONEncoder` writes with sorted keys, pretty printing and unescaped slashes.
@Suite struct PrettyJSONTests {
    static func foundation(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours(_ value: some Encodable) throws -> String { String(decoding: try PrettyJSON.data(value), as: UTF8.self) }

    struct Awkward: Encodable {
        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{7} escape \u{1B} nul \u{0} del \u{7F} é 北 🙂"
        var numbers: [Double] = [0, -0.0, 1, 0.1, 0.35000000000000003, 1e20, 1e-7, 123_456_789_012_345_678, 5e-324, -2.5, 1e300]
        var integers: [Int] = [0, -1, Int.max, Int.min]
        var unsigned: UInt64 = .max
        var small: Int8 = -8
        var flags = [true, false]
        var missing: String? = nil
        var present: String? = "here"
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var keyed = ["p5": 1, "p25": 2, "p95": 3, "B": 4, "a": 5, "é": 6, "_x": 7, "figureID": 8, "figures": 9]
        var nested: [[String: [Double]]] = [["x": [1.5]], [:], ["y": []]]
        var url = URL(string: "https://example.org/a/b?c=d")!
        var float: Float = 0.1
        var optionalNumbers: [Double?] = [1, nil]
        var decimal = Decimal(string: "12.50")!
        var optionalScalars: [String: Bool?] = ["yes": true, "no": nil]
    }

    @Test func writesWhatJSONEncoderWritesForAwkwardValues() throws {
        let ours = try Self.ours(Awkward()), foundation = try Self.foundation(Awkward())
        #expect(ours == foundation, "\(zip(ours.split(separator: "\n"), foundation.split(separator: "\n")).filter { $0 != $1 })")
    }

    @Test func writesWhatJSONEncoderWritesForEveryControlCharacter() throws {
        let text = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        #expect(try Self.ours([text]) == (try Self.foundation([text])))
    }

    @Test func writesWhatJSONEncoderWritesForAnAnalysis() throws {
        let result = try Analysis.run(registry: TestRegistry.standard, options: AnalysisOptions(draws: 2_000, threads: 1))
        #expect(try Self.ours(result) == (try Self.foundation(result)))
    }

    @Test func writesTopLevelScalarsAsJSONEncoderDoes() throws {
        #expect(try Self.ours(2.5) == (try Self.foundation(2.5)))
        #expect(try Self.ours("a/b") == (try Self.foundation("a/b")))
        #expect(try Self.ours(Optional(2.5)) == (try Self.foundation(Optional(2.5))))
    }

    /// Encodes the key `b` twice and nests containers by hand.
    struct Repeated: Encodable {
        enum Key: String, CodingKey { case b, a, nested }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(1, forKey: .b)
            try container.encode("x", forKey: .a)
            try container.encode(2, forKey: .b)
            var nested = container.nestedUnkeyedContainer(forKey: .nested)
            try nested.encode(true)
            var inner = nested.nestedContainer(keyedBy: Key.self)
            try inner.encodeNil(forKey: .a)
        }
    }

    @Test func aKeyGivenTwiceKeepsItsLaterValueAsJSONEncoderDoes() throws {
        #expect(try Self.ours(Repeated()) == (try Self.foundation(Repeated())))
        #expect(try Self.ours(Repeated()).contains("\"b\" : 2"))
    }

    @Test func refusesANumberThatIsNotFinite() {
        #expect(throws: EncodingError.self) { try PrettyJSON.data([Double.nan]) }
        #expect(throws: EncodingError.self) { try PrettyJSON.data(["x": Double.infinity]) }
    }
}

import Foundation
import Testing
import Yams
@testable import LifelineData

/// `PlainScalarTag` replaces Yams' regular-expression resolver for plain scalars; it must agree with it exactly.
@Suite("Plain scalar tags")
struct PlainScalarTagTests {
    /// The tag Yams' default resolver gives the plain scalar `text`.
    static func yamsTag(_ text: String) -> Yams.Tag.Name {
        Resolver.default.resolveTag(of: Node(text))
    }

    @Test("agrees with Yams' resolver on every YAML 1.1 shape", arguments: [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "Yes", "YES", "yEs", "no", "On", "OFF", "true", "False", "y", "n",
        "0", "-0", "+0", "00", "07", "08", "0_7", "0o17", "0o", "0b1010", "0b", "0b2", "0x1F", "0xg", "0x", "-0x_1",
        "1", "12", "1_000", "-12", "+12", "1:20", "190:20:30", "1:60", "1:5", "1:05", "1:123", "1::2", ":1",
        "0.5", ".5", "-.5", "+.5", "5.", "1e5", "1E+5", "1e", "1.5e-3", ".5e3", ".5e+3", "-1_0.0_1", "1:20.5", "1:20.",
        ".inf", "-.Inf", "+.INF", ".iNf", ".nan", ".NaN", "-.nan", "<<", "<", "=", "==",
        "2018-08-27", "2018-8-27", "2018-08-27T10:20:30", "2018-8-7t1:20:30.25Z", "2018-08-27 10:20:30 +09:00",
        "2018-08-27 \t 1:20:30.5-5", "2018-08-27T10:20:30 ", "2018-08-27T10:20:30Z ", "2018-08-27T1:2:30",
        "2018-08-27T10:20:30+9:0", "2018-08", "2018", "18-08-27", "2018-08-270",
        "34000", "0.3", "USD 300", "1,000", "30%", "text", "2021 report",
    ])
    func knownShapes(_ text: String) {
        #expect(PlainScalarTag.of(text) == Self.yamsTag(text), "\(text.debugDescription)")
    }

    @Test("agrees with Yams' resolver on 100,000 generated scalars")
    func generated() {
        // Pieces of the rules' shapes and single bytes they look at, joined at random; a fixed seed keeps the corpus the
        // same on every run. Line breaks are left out: a plain scalar never ends with one, and ICU's `$` matches before it.
        let pieces = ["yes", "No", "TRUE", "off", "null", "~", "0", "0x", "0b", "0o", "1", "7", "9", "12", "60", "_", ".",
                      ":", "-", "+", "e", "E", ".inf", ".NaN", "<<", "=", "2018", "-08", "-8", "-27", "T", "t", " ", "\t",
                      "Z", "+09", ":00", "10:20:30", "a", "F", "o", "2018-08-27", "2018-8-7 ", "2018-08-27T"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var mismatches: [String] = []
        var seen: [Yams.Tag.Name: Int] = [:]
        for _ in 0..<100_000 {
            let text = (0..<next(6)).map { _ in pieces[next(pieces.count)] }.joined()
            let tag = Self.yamsTag(text)
            seen[tag, default: 0] += 1
            if PlainScalarTag.of(text) != tag { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).map(\.debugDescription))")
        // The corpus reaches every rule a registry meets, not only strings.
        for tag: Yams.Tag.Name in [.int, .float, .null, .bool, .timestamp, .str] { #expect(seen[tag, default: 0] >= 100, "\(tag.rawValue): \(seen[tag, default: 0])") }
    }

    @Test("a document with explicit tags is typed by Yams, as before")
    func explicitTags() throws {
        // `!!str 34000` is text and not a number; `!!float 0.1` is a number.
        let tagged = replacing("value: 34000", with: "value: !!str 34000")
        #expect(problems(tagged).map(\.message) == ["`value` must be a number, not `34000`"])
        let float = replacing("low: 0.1", with: "low: !!float 0.1")
        let registry = try RegistryLoader.parse(float, file: "test.yaml")
        #expect(registry.figure("fee")?.value == .range(low: 0.1, high: 0.4))
    }

    @Test("plain scalars keep their YAML types: null, numbers, and text that looks like neither")
    func plainTypes() throws {
        #expect(problems(replacing("year: null", with: "year: ~")).isEmpty)
        #expect(problems(replacing("value: 34000", with: "value: 3.4e4")).isEmpty)
        #expect(problems(replacing("value: 34000", with: "value: 34_000")).isEmpty)
        #expect(problems(replacing("value: 34000", with: "value: 34,000")).map(\.message) == ["`value` must be a number, not `34,000`"])
        #expect(problems(replacing("title: A paper", with: "title: yes")).first?.message == "`title` must be text, not `yes`")
        #expect(problems(replacing("title: A paper", with: "title: 2018")).first?.message == "`title` must be text, not `2018`")
        #expect(problems(replacing("title: A paper", with: "title: \"2018\"")).isEmpty)
        #expect(problems(replacing("title: A paper", with: "title: \"  \"")).first?.message == "`title` is empty")
    }
}

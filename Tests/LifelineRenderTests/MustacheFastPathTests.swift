import Foundation
import LifelineData
import Testing

@testable import LifelineRender
@testable import Mustache

/// The shortcuts patched into the vendored swift-mustache (`Vendor/swift-mustache/LIFELINE.md`) must read and
/// render exactly what the character-by-character code and the protocol casts give.
@Suite("Mustache fast paths")
struct MustacheFastPathTests {
    /// Template-like strings from pieces that matter to the parser's byte shortcut (braces, CR LF, a lone CR,
    /// combining marks after ASCII, no-break spaces, Hangul) and ordinary text, joined at random with a fixed seed.
    static func corpus(count: Int) -> [String] {
        let pieces = [
            "a", "Z", "0", " ", "\t", "{", "}", "{{", "}}", ".", "-", "_", "(", ")", "*", "?", "\n", "\r", "\r\n", "é",
            "e\u{301}", "{\u{301}", "\n\u{301}", "\u{A0}", "한", "—", "\u{1F600}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(10)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    /// The sets the parser reads with: up to a tag or a line's end, a name's characters, blanks.
    static let sets: [Set<Character>] = [
        ["\n", "\r\n", "{"], Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*"), Set(" \t"), ["é", "}"],
    ]

    @Test("reading up to a character of a set stops where a walk over the characters stops")
    func readUntil() throws {
        for text in Self.corpus(count: 5_000) {
            for set in Self.sets {
                var parser = Parser(text)
                let read = try parser.read(until: set, throwOnOverflow: false)
                let expected = String(text.prefix { !set.contains($0) })
                #expect(String(read) == expected, "\(text.debugDescription)")
                #expect(parser.current() == (text.dropFirst(expected.count).first ?? "\0"), "\(text.debugDescription)")
            }
        }
    }

    @Test("reading while characters are in a set stops where a walk over the characters stops")
    func readWhile() {
        for text in Self.corpus(count: 5_000) {
            for set in Self.sets {
                var parser = Parser(text)
                let read = parser.read(while: set)
                let expected = String(text.prefix { set.contains($0) })
                #expect(String(read) == expected, "\(text.debugDescription)")
                #expect(parser.current() == (text.dropFirst(expected.count).first ?? "\0"), "\(text.debugDescription)")
            }
        }
    }

    /// swift-mustache 2.1.1's `read(untilString:)`, a `Character` at a time: the text before the string and the
    /// position after the read (nil when the string is not found).
    static func readUntilString(_ text: String, _ until: String, skipToEnd: Bool) -> (read: String, position: String.Index)? {
        var position = text.startIndex, found = text.startIndex, untilIndex = until.startIndex
        while position < text.endIndex {
            if text[position] == until[untilIndex] {
                if untilIndex == until.startIndex { found = position }
                untilIndex = until.index(after: untilIndex)
                if untilIndex == until.endIndex {
                    position = text.index(after: position)
                    return (String(text[..<found]), skipToEnd ? position : found)
                }
            } else {
                untilIndex = until.startIndex
            }
            position = text.index(after: position)
        }
        return nil
    }

    @Test("reading up to a string (the end of a comment) stops where a walk over the characters stops")
    func readUntilString() throws {
        for text in Self.corpus(count: 5_000) {
            for until in ["}}", "{{", "%>", "\r\n", "é}", "e\u{301}"] {
                for skipToEnd in [false, true] {
                    var parser = Parser(text)
                    let expected = Self.readUntilString(text, until, skipToEnd: skipToEnd)
                    let read = try? parser.read(untilString: until, throwOnOverflow: true, skipToEnd: skipToEnd)
                    #expect(read.map(String.init) == expected?.read, "\(text.debugDescription) \(until.debugDescription)")
                    if let expected {
                        #expect(parser.position == expected.position, "\(text.debugDescription) \(until.debugDescription)")
                    } else {
                        #expect(parser.position == text.startIndex, "\(text.debugDescription) \(until.debugDescription)")
                    }
                }
            }
        }
    }

    /// Text ends with a letter: Mustache drops a last line of blanks alone.
    @Test("a template of text alone renders as itself, whatever its characters")
    func textAlone() throws {
        for text in Self.corpus(count: 5_000).map({ $0 + "z" }) where !text.contains("{") && !text.contains("}") {
            #expect(try MustacheTemplate(string: text).render([:] as [String: Any]) == text, "\(text.debugDescription)")
        }
    }

    /// A value that renders itself, as the report's ready-made markup does.
    struct Marked: MustacheCustomRenderable {
        var renderText: String { "<b>marked</b>" }
    }

    /// The expected text is what swift-mustache 2.1.1 as released renders (checked against it when the shortcuts were
    /// written): `{{^last}}` is a name here, not the sequence's `last()`, and an empty optional prints `nil`.
    @Test("plain strings, flags, dictionaries and lists render as the protocol casts render them")
    func plainValues() throws {
        let template = try MustacheTemplate(
            string: """
                {{title}}|{{{title}}}|{{#on}}on{{/on}}{{^on}}off{{/on}}|{{#off}}on{{/off}}{{^off}}off{{/off}}|\
                {{#person}}{{name}} {{person.name}}{{/person}}|{{person.address.city}}|\
                {{#rows}}{{name}}{{^last}}, {{/last}}{{/rows}}|{{#mixed}}[{{.}}]{{/mixed}}|{{#empty}}x{{/empty}}{{^empty}}none{{/empty}}|\
                {{marked}}|{{#rows}}{{title}}{{/rows}}|{{missing}}|{{#person}}{{.name}}{{/person}}|{{count}}|{{#rows}}{{#first}}first{{/first}}{{/rows}}|\
                {{maybe}}|{{some}}|{{#some}}({{.}}){{/some}}|{{^maybe}}no{{/maybe}}|{{#rows}}{{^last()}}-{{/last()}}{{/rows}}|\
                {{share}} {{{share}}} {{big}} {{{count}}}|{{rows}}
                """)
        let context: [String: Any] = [
            "title": "A & B", "on": true, "off": false,
            "person": ["name": "Kim", "address": ["city": "Seoul"] as [String: Any]] as [String: Any],
            "rows": [["name": "one"], ["name": "two"]] as [[String: Any]],
            "mixed": ["x", 2] as [Any], "empty": [] as [[String: Any]], "marked": Marked(), "count": 3,
            "maybe": String?.none as Any, "some": String?("x") as Any, "share": 0.25, "big": 1e21,
        ]
        #expect(
            template.render(context)
                == "A &amp; B|A & B|on|off|Kim Kim|Seoul|one, two, |[x][2]|none|&lt;b&gt;marked&lt;/b&gt;|A &amp; BA &amp; B||Kim|3||nil|x|(x)||-|0.25 0.25 1e+21 3|"
                + #"[[&quot;name&quot;: &quot;one&quot;], [&quot;name&quot;: &quot;two&quot;]]"#
        )
    }

    @Test("a dotted name splits into the parts that splitting by characters gives")
    func dottedNames() {
        for text in Self.corpus(count: 5_000) {
            let expected = text.split(separator: ".").map(String.init)
            #expect(MustacheTemplate.dottedParts(text) == expected, "\(text.debugDescription)")
            #expect(text.parts(separatedBy: UInt8(ascii: ".")).map(String.init) == expected, "\(text.debugDescription)")
        }
    }

    @Test("a chart's or table's words are cut at the colon and trimmed of white space, no-break spaces too")
    func labelLines() throws {
        let text =
            "subtitle:\u{A0}Every cut\u{A0}\n\n  x label :\tUSD, of 100 \t\nnote:  \u{3000}한 \u{301}\nempty:\nno colon here\ntitle: Last wins\n"
        let renderer = try LifelineRender.TemplateRenderer(
            templates: LifelineRender.TemplateSet(origin: "T", files: ["w.txt.mustache": text]))
        let labels = try LifelineRender.TemplateLabels(file: "w.txt.mustache", renderer: renderer, context: [:])
        #expect(
            labels.lines == ["subtitle": "Every cut", "title": "Last wins", "x label": "USD, of 100", "note": "한 \u{301}", "empty": ""])
    }
}

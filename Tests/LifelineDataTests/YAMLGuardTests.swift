import Foundation
import Testing

@testable import LifelineData

/// Nesting, anchors and aliases, and sheer entry counts are refused from the raw text, before the
/// composer can recurse, expand or allocate without bound.
@Suite struct YAMLGuardTests {
    /// `text` nested `depth` levels deep in flow style under `sources:`.
    func flowNesting(_ depth: Int) -> String {
        "sources: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\nfigures: []\n"
    }

    @Test func deepFlowNestingIsRefusedWhereItGoesTooDeep() {
        for depth in [65, 5_000, 100_000] {
            let found = problems(flowNesting(depth))
            #expect(found.count == 1)
            #expect(found.first?.message == "the data nests more than 64 levels deep")
            #expect(found.first?.line == 1)
            #expect(found.first?.column == 10 + 63)
        }
        #expect(problems(flowNesting(60)).first?.message.contains("nests") != true)
    }

    @Test func deepBlockNestingIsRefused() {
        let mappings = "sources:\n" + (1...100).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + " b\n"
        #expect(problems(mappings).first?.message == "the data nests more than 64 levels deep")
        let sequences = "sources:\n  " + String(repeating: "- ", count: 100) + "x\nfigures: []\n"
        #expect(problems(sequences).first?.message == "the data nests more than 64 levels deep")
        #expect(problems(sequences).first?.line == 2)
    }

    @Test func theEstimateLeavesOrdinaryFilesAlone() {
        // The registries nest four levels; the estimate may count one more.
        #expect(NestingScanner.firstExcess(in: Registry.embeddedText, limit: 5) == nil)
        #expect(NestingScanner.firstExcess(in: validYAML, limit: 5) == nil)
        let brackets = String(repeating: "[", count: 100)
        #expect(NestingScanner.firstExcess(in: "a: \"\(brackets)\"\nb: '\(brackets)'\nc: x \(brackets)\n# \(brackets)\n", limit: 4) == nil)
        #expect(NestingScanner.firstExcess(in: "a: |\n  \(brackets)\n  - - - - - - x\nb: 1\n", limit: 4) == nil)
        #expect(NestingScanner.firstExcess(in: "a: \"multi\n  line \(brackets)\"\n", limit: 4) == nil)
    }

    @Test func libyamlBacksUpTheEstimate() {
        // Line 2 is a continuation of the plain scalar `it's`, but the estimate takes its `"` for a quote
        // and stops counting; libyaml's own limit (1000) still refuses the nesting on line 3.
        let text = "note: it's\n  \"so\nsources: " + String(repeating: "[", count: 2_000) + "\n"
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.message == "the data nests more than 64 levels deep")
        #expect(found.first?.line == 3)
    }

    @Test func billionLaughsIsRefusedBeforeParsing() {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let bomb = lines.joined(separator: "\n") + "\nsources: []\nfigures: []\n"
        let found = problems(bomb)
        #expect(found.count == 1)
        #expect(found.first?.message == "`*a` is a YAML alias (and `&a` on line 1 an anchor); a registry allows neither")
        #expect(found.first?.line == 2)
        #expect(found.first?.column == 8)
        // As mapping keys, aliases would make Yams hash the expansion in full: it must not get there.
        let keys = lines.joined(separator: "\n") + "\nsources: []\nfigures: []\nx: {? *i : 1}\n"
        #expect(problems(keys).first?.message.contains("is a YAML alias") == true)
    }

    @Test func anAliasAloneIsAnUndefinedAlias() {
        let found = problems(replacing("    year: null", with: "    year: *nothing"))
        #expect(found.count == 1)
        #expect(found.first?.message == "`*nothing` is a YAML alias, and a registry allows no aliases")
        #expect(found.first?.line == 21)
    }

    @Test func anAnchorAloneIsRefusedWhereItIs() {
        let found = problems(replacing("    title: A paper", with: "    title: &t A paper"))
        #expect(found.count == 1)
        #expect(found.first?.message == "this value carries the YAML anchor `&t`, and a registry allows no anchors")
        #expect(found.first?.line == 4)
    }

    @Test func textThatLooksLikeAnAliasOrAnchorInQuotesStillLoads() {
        #expect(problems(replacing("\"Brokers take a 10% to 40% cut.\"", with: "\"Brokers take *up to* 10% to 40%, R&D &c.\"")).isEmpty)
        #expect(problems(replacing("\"34,000 defectors\"", with: "\"see *note &amp; 34,000 more\"")).isEmpty)
    }

    @Test func aValueStartingWithAStarNeedsQuotes() {
        let found = problems(replacing("    title: A paper", with: "    title: *A* paper"))
        #expect(found.count == 1)
        #expect(found.first?.message == "YAML reads a value that starts with `*` as an alias")
        #expect(found.first?.line == 4)
        #expect(found.first?.column == 12)
    }

    @Test func aSecondDocumentIsNamed() {
        let found = problems(validYAML + "\n---\nsources: []\n")
        #expect(found.first?.message == "a second YAML document starts here")
        #expect(found.first?.line == 24)
    }

    @Test func aMillionEntriesAreRefusedWithoutComposingThem() {
        let text = "sources: []\nfigures: []\nx: [" + String(repeating: "1,", count: 1_000_000) + "1]\n"
        let found = problems(text)
        #expect(found.count == 1)
        #expect(found.first?.message.contains("too large to be a registry") == true)
        #expect(found.first?.line == 3)
    }

    @Test func theCensusFindsOnlyTokenShapedAnchorsAndAliases() {
        let census = TokenCensus("a: R&D *bold* x*y &\n- [*one, {k: &two v}]\n", separatorLimit: 100)
        #expect(census.firstAlias == TokenCensus.Place(line: 2, column: 4, name: "one"))
        #expect(census.firstAnchor == TokenCensus.Place(line: 2, column: 14, name: "two"))
        #expect(census.overLimit == nil)
        #expect(TokenCensus("a\nb\nc\n", separatorLimit: 2).overLimit == TokenCensus.Place(line: 3, column: 2, name: ""))
    }

    @Test func theCensusCountsTheSevenSeparatorsAndNothingElse() {
        for separator in ["\n", ",", "[", "{", "-", ":", "?"] {
            let text = "x" + String(repeating: separator + "x", count: 3)
            #expect(TokenCensus(text, separatorLimit: 2).overLimit != nil, "\(separator.debugDescription)")
            #expect(TokenCensus(text, separatorLimit: 3).overLimit == nil, "\(separator.debugDescription)")
        }
        for other in ["]", "}", ";", "!", "&", "*", " ", "\r", "\t", "#", "|", ">", "한"] {
            #expect(TokenCensus(String(repeating: other + "x", count: 5), separatorLimit: 0).overLimit == nil, "\(other.debugDescription)")
        }
    }
}

import Foundation
import Testing

@testable import LifelineData

/// A small valid file that the invalid cases below are made from.
let validYAML = """
    sources:
      - id: paper
        publisher: Example Daily
        title: A paper
        authors: [A. Writer]
        date: 2018-08-27
        date_note: Dateline.
    figures:
      - id: fee
        measures: The broker's cut.
        low: 0.1
        high: 0.4
        unit: share
        year: 2021
        source: paper
        quote: "Brokers take a 10% to 40% cut."
      - id: people
        measures: Defectors in the South.
        value: 34000
        unit: people
        year: null
        source: paper
        quote: "34,000 defectors"
    """

/// The diagnostics that loading `text` produces (empty when it loads).
func problems(_ text: String) -> [Diagnostic] {
    do {
        _ = try RegistryLoader.parse(text, file: "test.yaml")
        return []
    } catch {
        return error.diagnostics
    }
}

/// `validYAML` with one line replaced.
func replacing(_ old: String, with new: String) -> String {
    precondition(validYAML.contains(old), "fixture has no \(old)")
    return validYAML.replacingOccurrences(of: old, with: new)
}

@Suite struct LoaderTests {
    @Test func validFileLoads() throws {
        let registry = try RegistryLoader.parse(validYAML, file: "test.yaml")
        #expect(registry.sources.count == 1)
        #expect(registry.figures.map(\.id) == ["fee", "people"])
        #expect(registry.figure("fee")?.value == .range(low: 0.1, high: 0.4))
        #expect(registry.figure("fee")?.distribution == .uniform)
        #expect(registry.figure("people")?.distribution == .point)
        #expect(registry.figure("people")?.year == nil)
        #expect(registry.source("paper")?.date == "2018-08-27")
        #expect(registry.figure("people")?.line == 17)
    }

    @Test func syntaxErrorNamesLine() {
        let found = problems(replacing("    title: A paper", with: "    title: [A paper"))
        #expect(found.count == 1)
        #expect(found[0].message.contains("YAML syntax error"))
        #expect(found[0].line != nil)
        #expect(found[0].description.hasPrefix("test.yaml:"))
    }

    @Test func tabIndentationIsNamed() {
        let found = problems(replacing("    title: A paper", with: "\ttitle: A paper"))
        #expect(found.count == 1)
        #expect(found[0].message.contains("tab"))
        #expect(found[0].line == 4)
    }

    @Test func unknownKeySuggestsTheRightOne() {
        let found = problems(replacing("    measures: The broker's cut.", with: "    measure: The broker's cut."))
        #expect(found.contains { $0.message.contains("unknown key `measure`") && $0.hint.contains("`measures`") && $0.line == 10 })
    }

    @Test func wrongTypes() {
        let found = problems(replacing("    value: 34000", with: "    value: \"34000\""))
        #expect(found.count == 1)
        #expect(found[0].message.contains("must be a number"))
        #expect(found[0].line == 19)
        let list = problems(replacing("    title: A paper", with: "    title: [one, two]"))
        #expect(list.first?.message.contains("must be text") == true)
    }

    @Test func duplicateIDs() {
        let found = problems(replacing("  - id: people", with: "  - id: fee"))
        #expect(found.contains { $0.message.contains("`fee` is used twice") && $0.line == 17 })
    }

    @Test func missingSource() {
        let found = problems(replacing("    source: paper\n    quote: \"34", with: "    source: papr\n    quote: \"34"))
        #expect(found.count == 1)
        #expect(found[0].message.contains("`papr`, which does not exist"))
        #expect(found[0].line == 22)
    }

    @Test func lowAboveHigh() {
        let found = problems(replacing("    low: 0.1", with: "    low: 0.5"))
        #expect(found.count == 1)
        #expect(found[0].message.contains("above `high`"))
        #expect(found[0].line == 11)
    }

    @Test func nanAndInfinityAreRefused() {
        for bad in [".nan", ".inf", "-.inf"] {
            let found = problems(replacing("    value: 34000", with: "    value: \(bad)"))
            #expect(found.count == 1, "\(bad)")
            #expect(found.first?.message.contains("not a finite number") == true)
        }
    }

    @Test func negativeCountsAndSharesOutOfRange() {
        let negative = problems(replacing("    value: 34000", with: "    value: -5"))
        #expect(negative.first?.message.contains("cannot be negative") == true)
        let share = problems(replacing("    high: 0.4", with: "    high: 40"))
        #expect(share.first?.message.contains("between 0 and 1") == true)
        #expect(share.first?.hint.contains("0.3") == true)
    }

    @Test func aNegativeAmountIsCalledAnAmountNotAAmount() {
        let text = replacing("    value: 34000", with: "    value: -300").replacingOccurrences(of: "unit: people", with: "unit: USD")
        #expect(problems(text).map(\.message) == ["an amount in USD cannot be negative, got -300"])
    }

    @Test func everyUnitRefusesANegativeNumberAndAShareStaysWithinZeroToOne() {
        for unit in MeasureUnit.allCases {
            #expect(unit.problem(with: .point(-1)) == (unit == .share ? .shareOutsideZeroToOne : .negative))
            #expect(unit.problem(with: .range(low: 0, high: 1)) == nil)
        }
        #expect(MeasureUnit.share.problem(with: .range(low: 0.1, high: 40)) == .shareOutsideZeroToOne)
        #expect(MeasureUnit.people.problem(with: .range(low: 0.1, high: 40)) == nil)
    }

    @Test func emptyFileAndCommentsOnly() {
        #expect(problems("").first?.message == "the file is empty")
        #expect(problems("  \n\n").first?.message == "the file is empty")
        #expect(problems("# only a comment\n").first?.message.contains("no YAML document") == true)
    }

    @Test func everyProblemIsReportedAtOnce() {
        var text = replacing("    low: 0.1", with: "    low: 0.5")
        text = text.replacingOccurrences(of: "    value: 34000", with: "    value: -1")
        text = text.replacingOccurrences(of: "    unit: people", with: "    unit: persons")
        let found = problems(text)
        #expect(found.count == 3)
        #expect(found.map(\.line) == found.map(\.line).sorted { ($0 ?? 0) < ($1 ?? 0) })
    }

    @Test func unknownUnitAndDistribution() {
        let found = problems(replacing("    unit: share", with: "    unit: percent\n    distribution: normal"))
        #expect(found.contains { $0.message.contains("`percent` is not a known unit") })
        #expect(found.contains { $0.message.contains("`normal` is not a known distribution") })
    }

    @Test func distributionsNeedWhatTheyUse() {
        let triangular = problems(replacing("    high: 0.4", with: "    high: 0.4\n    distribution: triangular"))
        #expect(triangular.first?.message.contains("needs a `mode`") == true)
        let mode = problems(replacing("    high: 0.4", with: "    high: 0.4\n    distribution: pert\n    mode: 0.9"))
        #expect(mode.first?.message.contains("outside the range") == true)
        let good = problems(replacing("    high: 0.4", with: "    high: 0.4\n    distribution: pert\n    mode: 0.3"))
        #expect(good.isEmpty)
    }

    @Test func badBytesAreRefusedWithTheirLine() {
        var nul = Data("sources: []\nfigures: []\n".utf8)
        nul.insert(0, at: 14)
        #expect(throws: RegistryError.self) { try RegistryLoader.parse(data: nul, file: "x.yaml") }
        do { _ = try RegistryLoader.parse(data: nul, file: "x.yaml") } catch {
            #expect(error.diagnostics[0].line == 2)
            #expect(error.diagnostics[0].message.contains("NUL"))
        }
        let invalid = Data("sources: []\nfigures: [\u{FF}]\n".utf8.map { $0 == 0xC3 ? 0xFF : $0 })
        do { _ = try RegistryLoader.parse(data: invalid + Data([0xFF]), file: "x.yaml") } catch {
            #expect(error.diagnostics[0].message.contains("UTF-8"))
        }
    }

    @Test func missingFileIsAClearError() {
        #expect(throws: RegistryError.self) { try Registry.load(path: "/nonexistent/data.yaml") }
    }
}

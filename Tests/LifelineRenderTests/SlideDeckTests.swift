import Foundation
import LifelineAnalysis
import LifelineData
import Testing
import ZIPFoundation

@testable import LifelineRender

/// slides.pptx opened as the zip archive it is: a title slide, a slide per key finding and per chart, pictures,
/// source lines, scenario tags, notes with the verbatim quotes, a 16:9 slide size, and the same bytes on a rebuild.
@Suite(.serialized) struct SlideDeckTests {
    static let builder = ReportBuilder(registry: try! Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000))
    static let report = try! builder.build()
    static let deck = try! builder.slideDeck(report: report)

    /// Every entry of the deck by path, as text (pictures as their bytes' count).
    static let parts: [String: Data] = {
        let archive = try! Archive(data: deck.data, accessMode: .read)
        var parts: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try! archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
        }
        return parts
    }()

    static func text(_ path: String) -> String { String(decoding: parts[path] ?? Data(), as: UTF8.self) }

    /// The slide parts in order: slide1.xml, slide2.xml, …
    static var slides: [String] {
        (1...).lazy.map { "ppt/slides/slide\($0).xml" }.prefix { parts[$0] != nil }.map(text)
    }

    @Test func writesTheDeckForInspection() throws {
        if let folder = ProcessInfo.processInfo.environment["LIFELINE_SLIDES_OUT"] {
            try Self.deck.data.write(to: URL(fileURLWithPath: folder).appendingPathComponent("slides.pptx"))
        }
        #expect(Self.deck.path == "slides.pptx")
    }
}

extension SlideDeckTests {
    /// The key findings the summary states: the bold sentence that opens each bullet of the key judgements.
    static var headlines: [String] {
        let markdown = String(decoding: report.first { $0.path == "report.md" }!.data, as: UTF8.self)
        let judgements = markdown.components(separatedBy: "## Key judgements")[1].components(separatedBy: "\n## ")[0]
        return judgements.split(separator: "\n").filter { $0.hasPrefix("- **") }.map { $0.dropFirst(4).components(separatedBy: "**")[0] }
    }

    static var findingCount: Int { headlines.count }

    @Test func aTitleSlideThenOneSlidePerFindingAndPerChart() {
        let charts = ChartExport.names.count
        #expect(Self.findingCount >= 4)
        #expect(Self.slides.count == 1 + Self.findingCount + charts)
        #expect(Self.slides[0].contains("type=\"ctrTitle\"") && Self.slides[0].contains("Cash remittances to North Korea"))
        #expect(Self.text("ppt/presentation.xml").components(separatedBy: "<p:sldId ").count - 1 == Self.slides.count)
    }

    @Test func theFindingsAreTheSummarysOwnSentences() {
        for headline in Self.headlines {
            #expect(Self.slides.contains { $0.contains("<a:t>\(SlideXML.escape(headline))</a:t>") }, "\(headline)")
        }
    }

    @Test func everyChartSlideHasItsPictureAndASourceLine() throws {
        let chartSlides = Self.slides.filter { $0.contains("<p:pic>") }
        #expect(chartSlides.count == ChartExport.names.count)
        for name in ChartExport.names {
            let png = try #require(Self.parts["ppt/media/lifeline-chart-\(name).png"], "\(name)")
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            // Twice the slide theme's 1280 pixels: sharp on a projector.
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 2560)
        }
        for slide in chartSlides {
            #expect(slide.contains("name=\"Source\""))
            #expect(slide.contains("<a:t>Source: ") || slide.contains("<a:t>Sources: "))
            #expect(slide.contains("descr=\""), "the picture has alternative text")
        }
    }

    @Test func scenarioChartsCarryTheirTagOnTheSlide() {
        func slide(_ name: String) -> String { Self.slides.first { $0.contains("name=\"Chart \(name)\"") } ?? "" }
        #expect(slide("fee-erosion").contains("<a:t>Scenario</a:t>"))
        #expect(slide("routes").contains("<a:t>Includes a scenario</a:t>"))
        #expect(!slide("annual-flow").contains("name=\"Tag\""))
    }

    @Test func theNotesCarryTheVerbatimQuotesBehindTheSlides() throws {
        let registry = try Registry.embedded()
        let notes = (1...Self.slides.count).map { Self.text("ppt/notesSlides/notesSlide\($0).xml") }
        for id in ["sk-defector-population", "sk-share-sending", "fee-scmp-usual", "state-fee-border"] {
            let quote = try #require(registry.figure(id)).quote
            #expect(notes.contains { $0.contains(SlideXML.escape(quote)) }, "\(id)")
        }
        // The routes chart's notes quote the worst cut reported, with its citation.
        let routes = try #require(Self.slides.firstIndex { $0.contains("name=\"Chart routes\"") })
        #expect(notes[routes].contains(SlideXML.escape(try #require(registry.figure("fee-feature-upper")).quote)))
        #expect(notes[routes].contains("reference ["))
    }

    @Test func theSlidesAreSixteenByNine() {
        #expect(Self.text("ppt/presentation.xml").contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"))
        #expect(Self.text("docProps/core.xml").contains("<dc:title>Cash remittances to North Korea"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        #expect(try Self.builder.slideDeck(report: Self.report).data == Self.deck.data)
        let names = try Archive(data: Self.deck.data, accessMode: .read).map(\.path)
        #expect(names.first == "[Content_Types].xml")
    }

    @Test func textIsReadIntoSlidesWithBoldRunsAndBlocks() {
        let slides = SlideText.slides(
            in:
                "# Deck {.title}\nBy us\n\n# **A** finding\nOne\nline.\n\n::: notes\n“Q & \\*A”\n:::\n# T {chart=x}\n::: tag\nScenario\n:::\n"
        )
        #expect(slides.map(\.kind) == [.title, .text, .chart("x")])
        #expect(slides[1].title == [.init(text: "A", bold: true), .init(text: " finding", bold: false)])
        #expect(slides[1].body.map(\.plain) == ["One line."])
        #expect(slides[1].notes.map(\.plain) == ["“Q & *A”"])
        #expect(slides[2].tag.map(\.plain) == ["Scenario"])
    }
}

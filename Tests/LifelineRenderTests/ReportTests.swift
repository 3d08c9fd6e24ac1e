import Foundation
import LifelineAnalysis
import LifelineData
import Testing

@testable import LifelineRender

extension Tag {
    /// Runs pandoc: skipped without it, and `./setup.sh test` fails when pandoc is installed and this was skipped.
    @Tag static var pandoc: Self
}

/// The default report, built once for the checks below.
let defaultReport: [ReportFile] = try! ReportBuilder(registry: try! Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000))
    .build()

func text(_ path: String, in files: [ReportFile] = defaultReport) -> String {
    String(decoding: files.first { $0.path == path }!.data, as: UTF8.self)
}

/// Every value of `attribute="…"` in `html`.
func attributeValues(_ attribute: String, in html: String) -> [String] {
    let marker = " \(attribute)=\""
    var values: [String] = []
    var rest = html[...]
    while let start = rest.range(of: marker) {
        let after = rest[start.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        values.append(String(after[..<end]))
        rest = after[end...]
    }
    return values
}

@Suite struct ReportTests {
    @Test func everyInternalLinkLandsOnAnID() {
        let html = text("report.html")
        let ids = Set(attributeValues("id", in: html))
        let targets = attributeValues("href", in: html).filter { $0.hasPrefix("#") }.map { String($0.dropFirst()) }
        #expect(!targets.isEmpty)
        for target in targets { #expect(ids.contains(target), "#\(target) has no target") }
    }

    @Test func idsAreUniqueAcrossThePageAndItsCharts() {
        let ids = attributeValues("id", in: text("report.html"))
        #expect(
            Set(ids).count == ids.count, "duplicates: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
    }

    @Test func markdownLinksLandOnHeadingsOrAnchors() {
        let markdown = text("report.md")
        let headingIDs = Set(CommonMark.headings(in: markdown).map(\.id))
        let anchorIDs = Set(attributeValues("id", in: markdown))
        var targets: [String] = []
        var rest = markdown[...]
        while let start = rest.range(of: "](#") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: ")") else { break }
            targets.append(String(after[..<end]))
            rest = after[end...]
        }
        #expect(!targets.isEmpty)
        for target in targets { #expect(headingIDs.contains(target) || anchorIDs.contains(target), "#\(target)") }
    }

    @Test func chartsAreInlineSVGInFiguresNeverImages() {
        let html = text("report.html")
        #expect(!html.contains("<img"))
        #expect(html.contains("<figure id=\"figure-broker-fees\">\n<svg"))
        #expect(html.contains("<figcaption>"))
    }

    @Test func tablesReachTheHTMLAsTables() {
        let html = text("report.html")
        #expect(html.contains("<table id=\"table-fee-evidence\">"))
        #expect(html.contains("<caption>"))
        #expect(html.contains("<th scope=\"col\""))
        #expect(html.contains("<th scope=\"row\""))
        #expect(!html.contains("<p>| "))
    }

    @Test func thePageIsSelfContained() {
        let html = text("report.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(html.contains("<main>"))
        for external in ["<link ", "<script", "src=\"http", "@import", "url(http"] { #expect(!html.contains(external), "\(external)") }
    }

    @Test func buildsAreByteIdentical() throws {
        let again = try ReportBuilder(registry: try Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()
        #expect(again == defaultReport)
    }

    /// pandoc on `PATH` or in a usual place (`./setup.sh test` installs it); nil without it.
    static let pandoc =
        ((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/pandoc" }
        + ["/usr/bin/pandoc", "/usr/local/bin/pandoc", "/opt/homebrew/bin/pandoc"]).first {
            FileManager.default.isExecutableFile(atPath: $0)
        }

    @Test(.tags(.pandoc), .enabled(if: pandoc != nil, "pandoc is not installed (./setup.sh test installs it)"))
    func markdownConvertsToWordWithRealTables() throws {
        let pandoc = try #require(Self.pandoc)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-docx-\(UUID().uuidString)")
        for file in defaultReport {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        func run(_ arguments: [String]) throws -> String {
            let (status, output) = try runTool(pandoc, arguments, in: folder)
            #expect(status == 0, "pandoc \(arguments)")
            return output
        }
        _ = try run(["-f", "gfm", "-t", "docx", "report.md", "-o", "report.docx"])
        let native = try run(["-f", "docx", "-t", "native", "report.docx"])
        let tables = native.split(separator: "\n").filter { $0.hasPrefix(", Table") || $0.hasPrefix("[ Table") }.count
        #expect(tables >= 2, "the Word document has \(tables) tables")
    }
}

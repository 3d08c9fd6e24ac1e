import Foundation
import LifelineAnalysis
import LifelineData
import Testing
@testable import LifelineRender

@Suite struct TemplateTests {
    func renderer(_ files: [String: String]) throws -> TemplateRenderer {
        try TemplateRenderer(templates: TemplateSet(origin: "T", files: files))
    }

    @Test func unknownVariableIsAnErrorWithItsLine() throws {
        let renderer = try renderer(["main.md.mustache": "# Title\n\nHello {{nmae}}.\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: ["name": "x"])
        } throws: { error in
            let text = "\(error)"
            return text.contains("T/main.md.mustache:3:7") && text.contains("`nmae` does not exist") && text.contains("Did you mean `name`?")
        }
    }

    @Test func tagPositionsCountCharactersAndLineFeeds() throws {
        // Columns in characters (é and the flag are one each), lines at each line feed, CR LF files included.
        let renderer = try renderer(["main.md.mustache": "# T\r\n\r\né🇰🇷 {{nmae}}\r\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: ["name": "x"])
        } throws: { "\($0)".contains("T/main.md.mustache:3:4") }
    }

    @Test func loadingSideBySideBuildsTheSameReport() throws {
        let builder = try ReportBuilder.loading(registry: { try Registry.embedded() }, templates: { .embedded },
                                                analysisOptions: AnalysisOptions(draws: 20_000))
        #expect(try builder.build() == defaultReport)
    }

    @Test func loadingSideBySideReportsTheRegistryErrorFirst() {
        struct DataProblem: Error {}
        #expect(throws: DataProblem.self) {
            _ = try ReportBuilder.loading(registry: { throw DataProblem() },
                                          templates: { TemplateSet(origin: "T", files: ["report.md.mustache": "{{#open}}\n"]) })
        }
        #expect {
            _ = try ReportBuilder.loading(registry: { try Registry.embedded() },
                                          templates: { TemplateSet(origin: "T", files: ["report.md.mustache": "{{#open}}\n"]) })
        } throws: { "\($0)".contains("T/report.md.mustache:") && "\($0)".contains("template syntax error") }
    }

    @Test func templatesChangedAfterLoadingAreTheOnesUsed() throws {
        var builder = try ReportBuilder.loading(registry: { try Registry.embedded() }, templates: { .embedded },
                                                analysisOptions: AnalysisOptions(draws: 1_000))
        builder.templates = TemplateSet(origin: "T", files: ["report.md.mustache": "ok\n{{#open}}\n"])
        #expect { _ = try builder.build() } throws: { "\($0)".contains("T/report.md.mustache:") }
    }

    @Test func unknownPartialIsAnError() throws {
        let renderer = try renderer(["main.md.mustache": "a\n{{> sectoin}}\n"])
        #expect {
            _ = try renderer.render("main.md.mustache", context: [:])
        } throws: { "\($0)".contains("T/main.md.mustache:2:1") && "\($0)".contains("partial `sectoin` does not exist") }
    }

    @Test func syntaxErrorNamesTheTemplateAndLine() {
        #expect {
            _ = try renderer(["main.md.mustache": "ok\n{{#open}}\nnever closed\n"])
        } throws: { "\($0)".contains("T/main.md.mustache:") && "\($0)".contains("template syntax error") }
    }

    @Test func markdownTemplatesEscapeForMarkdown() throws {
        let renderer = try renderer(["main.md.mustache": "Value: {{v}} raw: {{{v}}}\n", "page.html.mustache": "<p>{{v}}</p>"])
        #expect(try renderer.render("main.md.mustache", context: ["v": "*x* <b>"]) == "Value: \\*x\\* \\<b\\> raw: *x* <b>\n")
        #expect(try renderer.render("page.html.mustache", context: ["v": "*x* <b>"]) == "<p>*x* &lt;b&gt;</p>")
    }

    @Test func defaultTemplatesRender() throws {
        let files = try ReportBuilder(registry: try Registry.embedded(), analysisOptions: AnalysisOptions(draws: 20_000)).build()
        #expect(files.map(\.path).contains("report.md"))
        let markdown = String(decoding: files.first { $0.path == "report.md" }!.data, as: UTF8.self)
        #expect(markdown.contains("| Source | Reported cut |"))
        #expect(markdown.contains("](charts/broker-fees.svg)"))
        #expect(markdown.contains("- [References](#references)"))
    }
}

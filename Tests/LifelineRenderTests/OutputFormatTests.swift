import Testing

@testable import LifelineRender

/// `--formats` lists read into formats.
@Suite struct OutputFormatTests {
    @Test func aListIsReadInTheFormatsOrderEachOnce() throws {
        #expect(try OutputFormat.list("pdf,md, html,md") == [.md, .html, .pdf])
        #expect(try OutputFormat.list("PDF") == [.pdf])
    }

    @Test func allIsEveryFormat() throws {
        #expect(try OutputFormat.list("all") == OutputFormat.allCases)
        #expect(try OutputFormat.list("md,all") == OutputFormat.allCases)
    }

    @Test func anUnknownOrEmptyNameIsRefused() {
        #expect(throws: PublishError.unknownFormat("word")) { try OutputFormat.list("md,word") }
        #expect(throws: PublishError.unknownFormat("")) { try OutputFormat.list("md,,html") }
        #expect(throws: PublishError.unknownFormat("")) { try OutputFormat.list("") }
    }

    @Test func everyFormatWritesItsOwnFile() {
        #expect(Set(OutputFormat.allCases.map(\.fileName)).count == OutputFormat.allCases.count)
        #expect(Publisher.formatFiles.contains("slides.pptx"))
    }
}

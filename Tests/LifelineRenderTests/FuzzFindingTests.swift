import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Inputs the escaping fuzzer (Fuzz/) found, kept as regression tests that `swift test` runs.
@Suite struct FuzzFindingTests {
    @Test(arguments: ["  - item", "   1. item", "    indented code", "\t- item", " \n # heading", "  > quote"])
    func leadingWhiteSpaceCannotOpenABlock(_ text: String) {
        let html = CommonMark.render(MarkdownText.escape(text)).html
        for tag in ["<li>", "<ol", "<ul>", "<pre>", "<code>", "<h1", "<blockquote>"] {
            #expect(!html.contains(tag), "\(text.debugDescription) became \(html)")
        }
    }

    @Test func carriageReturnsReadBackFromSVGText() throws {
        let escaped = XMLText.escapeText("a\rb\r\nc")
        #expect(escaped == "a&#13;b&#13;\nc")
        final class Collector: NSObject, XMLParserDelegate {
            var text = ""
            func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data("<t>\(escaped)</t>".utf8))
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.text == "a\rb\r\nc")
    }
}

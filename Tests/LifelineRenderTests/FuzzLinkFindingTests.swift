import Foundation
import LifelineAnalysis
import LifelineCharts
import LifelineData
import Testing

@testable import LifelineRender

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct FuzzLinkFindingTests {
    /// Found by FuzzEscaping: a combining mark after the colon hid it from a Character-level `contains(":")`.
    @Test(arguments: ["data:\u{65E}\u{FFFD}Q&", "javascript:\u{301}alert(1)", "vbscript:\u{300}x"])
    func aCombiningMarkCannotHideAScheme(_ url: String) {
        #expect(MarkdownText.linkDestination(url) == "#")
    }
}

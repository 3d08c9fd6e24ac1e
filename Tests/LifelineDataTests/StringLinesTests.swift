import Testing

@testable import LifelineData

@Suite("Lines of a text")
struct StringLinesTests {
    @Test("the byte cut gives the lines that splitting by characters gives: empty ones, CR LF, non-ASCII text")
    func linesMatchTheCharacterSplit() {
        let pieces = ["a", " ", "\n", "\n\n", "\r", "\r\n", "\n\u{301}", "é", "e\u{301}", "한국", "—", "\u{1F600}", "key: value", "\t"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            #expect(text.splitLines() == text.split(separator: "\n", omittingEmptySubsequences: false), "\(text.debugDescription)")
        }
    }
}

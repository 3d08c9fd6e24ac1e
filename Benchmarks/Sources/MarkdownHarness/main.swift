// Usage: MarkdownHarness FILE [REPEATS]
//        MarkdownHarness FILE --in-process ROUNDS
// The first form renders FILE through LifelineRender.CommonMark.render (libcmark with CMARK_OPT_UNSAFE, plus an id
// on every heading) and writes the HTML to stdout, like `cmark --unsafe FILE`; with REPEATS > 1 it renders that many
// times and writes only the last result. The second form times, in this process and in alternating rounds, what the
// `cmark` CLI does (cmark_parse_document + cmark_render_html, straight from C) against CommonMark.render on the same
// text, and prints both medians and their ratio: the cost of Lifeline's layer alone, without process start-up.
import CCmarkBaseline
import Foundation
import LifelineRender

let arguments = CommandLine.arguments
guard arguments.count > 1, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: MarkdownHarness FILE [REPEATS | --in-process ROUNDS]\n".utf8))
    exit(64)
}
let markdown = String(decoding: data, as: UTF8.self)

if arguments.count > 3, arguments[2] == "--in-process", let rounds = Int(arguments[3]), rounds > 0 {
    let clock = ContinuousClock()
    func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e3 + Double(duration.components.attoseconds) / 1e15
    }
    // The same bytes CommonMark.render parses, by their count: `strlen` would stop at a NUL.
    let bytes = Array(markdown.utf8)
    func plainCmark() -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let document = buffer.withMemoryRebound(to: CChar.self) { cmark_parse_document($0.baseAddress, $0.count, CMARK_OPT_UNSAFE) }!
            defer { cmark_node_free(document) }
            let html = cmark_render_html(document, CMARK_OPT_UNSAFE)!
            defer { free(html) }
            return strlen(html)
        }
    }
    var plain: [Double] = [], lifeline: [Double] = []
    var sink = 0
    for _ in 0..<rounds {
        plain.append(milliseconds(clock.measure { sink &+= plainCmark() }))
        lifeline.append(milliseconds(clock.measure { sink &+= CommonMark.render(markdown).html.utf8.count }))
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    let (a, b) = (median(plain), median(lifeline))
    print("document \(data.count) bytes, \(rounds) alternating rounds (checksum \(sink))")
    print(
        "  libcmark parse + render (what the cmark CLI runs)  median \(String(format: "%.2f", a)) ms  min \(String(format: "%.2f", plain.min()!)) ms"
    )
    print(
        "  Lifeline CommonMark.render (+ heading ids, String) median \(String(format: "%.2f", b)) ms  min \(String(format: "%.2f", lifeline.min()!)) ms"
    )
    print("  ratio Lifeline / libcmark: \(String(format: "%.2f", b / a))x (medians)")
    exit(0)
}

let repeats = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 1) : 1
var rendered = CommonMark.render(markdown)
for _ in 1..<repeats { rendered = CommonMark.render(markdown) }
FileHandle.standardOutput.write(Data(rendered.html.utf8))

// Usage: MarkdownHarness FILE [REPEATS]
// Renders FILE through LifelineRender.CommonMark.render (libcmark with CMARK_OPT_UNSAFE | CMARK_OPT_VALIDATE_UTF8,
// plus an id on every heading) and writes the HTML to stdout, like `cmark --unsafe --validate-utf8 FILE`.
// With REPEATS > 1 it renders that many times and writes only the last result (for in-process timing).
import Foundation
import LifelineRender

let arguments = CommandLine.arguments
guard arguments.count > 1, let data = FileManager.default.contents(atPath: arguments[1]) else {
    FileHandle.standardError.write(Data("usage: MarkdownHarness FILE [REPEATS]\n".utf8))
    exit(64)
}
let markdown = String(decoding: data, as: UTF8.self)
let repeats = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 1) : 1
var rendered = CommonMark.render(markdown)
for _ in 1..<repeats { rendered = CommonMark.render(markdown) }
FileHandle.standardOutput.write(Data(rendered.html.utf8))

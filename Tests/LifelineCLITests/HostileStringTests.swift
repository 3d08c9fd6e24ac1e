import Foundation
import LifelineData
import Testing

/// A registry whose every text field holds markup, scripts, Markdown syntax, template tags, Korean and
/// bidirectional controls, built with `lifeline build`: nothing in report.md, report.html or the charts
/// may become live markup, and every string must show as the text it is.
@Suite struct HostileStringTests {
    /// What a hostile data file writes; each text field holds all of them, starting with a different one.
    static let hostile = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\" onmouseover=\"alert(1)",
        "' onmouseover='alert(1)",
        "[link](javascript:alert(1))",
        "![img](http://evil/x.png)",
        "<svg onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "*emphasis* _under_ **strong**",
        "`code` ``double``",
        "a | b || c",
        "한국어 텍스트",
        "\u{202E}overridden\u{202C} then \u{202E}left open",
        "\u{200F}right-to-left mark",
        "{{mustache}} {{{triple}}} {{> partial}}",
        "&amp; &lt;b&gt; &#60;script&#62;",
        "<!-- comment --> ]]> <![CDATA[x]]> </td></tr></table></svg>",
        "# heading",
        "- item",
        "1. item",
        "> quote",
        "back\\slash",
    ]

    /// URLs that must never become a live `javascript:` or `data:` link.
    static let urls = [
        "javascript:alert(1)",
        "https://example.org/\"><script>alert(1)</script>",
        "javascript&#58;alert(1)",
        "  JaVaScRiPt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "java\tscript:alert(1)",
    ]

    @Test func hostileTextNeverBecomesMarkup() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("hostile.yaml")
        try Data(try Self.registry().utf8).write(to: data)
        let out = folder.appendingPathComponent("Output")
        let result = try CLI.runBounded(["build", "--draws", "20000", "--data", data.path, "--out", out.path])
        try #require(result.status == 0, "\(result.summary)")

        let markdown = try String(contentsOf: out.appendingPathComponent("report.md"), encoding: .utf8)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        let charts = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("charts").path)
            .filter { $0.hasSuffix(".svg") }.sorted()
        #expect(!charts.isEmpty)
        for name in charts {
            let svg = try String(contentsOf: out.appendingPathComponent("charts/\(name)"), encoding: .utf8)
            expectNoLiveMarkup(svg, in: "charts/\(name)")
        }
        expectNoLiveMarkup(html, in: "report.html")
        expectNoLiveMarkdown(markdown)

        let visible = Self.visibleText(of: html)
        for text in Self.hostile {
            #expect(visible.contains(text), "report.html does not show \(text.debugDescription) as text")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(markdown.contains("한국어 텍스트") && markdown.contains("\u{202E}left open"))
        #expect(!html.contains("\u{1B}") && !markdown.contains("\u{1B}"), "a control character reached the report")
        #expect(visible.contains("[31mred"))
        for (file, text) in [("report.md", markdown), ("report.html", html)] {
            for line in text.split(separator: "\n") where !Self.isBidiBalanced(line) {
                Issue.record("\(file): a right-to-left override is left open: \(line.prefix(120))")
            }
        }
    }

    /// HTML or SVG: no script element, no event-handler attribute, no `javascript:` or `data:` link, no
    /// image or embedded document, in any tag Lifeline wrote. Data never adds a tag: its `<` is `&lt;`.
    func expectNoLiveMarkup(_ text: String, in file: String) {
        let lowered = text.lowercased()
        for element in ["<script", "<img", "<iframe", "<object", "<embed", "<foreignobject", "<svg onload"] {
            #expect(!lowered.contains(element), "\(file) holds a live \(element)")
        }
        for tag in Self.matches(of: "<[a-zA-Z][^>]*>", in: text) {
            #expect(Self.matches(of: "(?i)\\son[a-z]+\\s*=", in: tag).isEmpty, "\(file): event handler in \(tag)")
            for link in Self.matches(of: "(?i)href\\s*=\\s*\"[^\"]*\"", in: tag) {
                let target = Self.decodeEntities(String(link.drop { $0 != "\"" }.dropFirst().dropLast()))
                    .filter { !$0.isWhitespace }.lowercased()
                let safe = target.hasPrefix("#") || target.hasPrefix("http://") || target.hasPrefix("https://") || !target.contains(":")
                #expect(safe, "\(file): live link \(tag)")
            }
        }
    }

    /// Markdown: data's `<`, `[`, `!`, `*` and backticks are escaped, so the only raw HTML is Lifeline's
    /// anchors, and no link or image goes to a script.
    func expectNoLiveMarkdown(_ markdown: String) {
        let rawTags = Self.matches(of: "(?<!\\\\)<(?!a id=\"[a-z0-9-]+\"></a>)[^\\s]{0,20}", in: markdown)
            .filter { !$0.hasPrefix("</a>") }
        #expect(rawTags.isEmpty, "report.md holds raw HTML: \(rawTags.prefix(5))")
        for link in Self.matches(of: "(?<!\\\\)\\]\\([^)\\s]*", in: markdown) {
            // CommonMark decodes character references in a destination once, as a browser does in an attribute.
            let target = Self.decodeEntities(String(link.dropFirst(2))).lowercased()
            let safe = target.hasPrefix("#") || target.hasPrefix("http://") || target.hasPrefix("https://") || !target.contains(":")
            #expect(safe, "report.md links to \(link)")
        }
        let images = Self.matches(of: "(?<!\\\\)!\\[[^\\]]*\\]\\([^)]*\\)", in: markdown)
        #expect(!images.isEmpty)
        for image in images {
            #expect(image.contains("](charts/") && image.hasSuffix(".svg)"), "report.md shows an image that is not a chart: \(image)")
        }
        #expect(markdown.contains("\\*emphasis\\* \\_under\\_"))
        #expect(markdown.contains("\\[link\\](javascript:alert(1))"))
        #expect(markdown.contains("\\{\\{mustache\\}\\}"))
    }

    // MARK: - The hostile registry

    /// The default registry with hostile text in every text field of every source and figure: the ids,
    /// numbers, units and distributions stay as they are, so the default templates and models still run.
    static func registry() throws -> String {
        let base = try Registry.embedded()
        var index = 0
        func text(_ field: String) -> String {
            index += 1
            let start = index % hostile.count
            return quoted(([field] + hostile[start...] + hostile[..<start] + ["\u{1B}[31mred"]).joined(separator: " "))
        }
        var lines = ["sources:"]
        for (number, source) in base.sources.enumerated() {
            lines += [
                "  - id: \(source.id)", "    publisher: \(text("publisher"))", "    title: \(text("title"))",
                "    authors: [\(text("author")), \(quoted("<b>bold</b> \u{202E}x"))]", "    date: 2021",
                "    date_note: \(text("date_note"))", "    url: \(quoted(urls[number % urls.count]))", "    note: \(text("note"))",
            ]
        }
        lines.append("figures:")
        for figure in base.figures {
            switch figure.value {
            case .point(let value): lines += ["  - id: \(figure.id)", "    value: \(value)"]
            case .range(let low, let high): lines += ["  - id: \(figure.id)", "    low: \(low)", "    high: \(high)"]
            }
            switch figure.distribution {
            case .triangular(let mode), .pert(let mode): lines += ["    distribution: \(figure.distribution.name)", "    mode: \(mode)"]
            case .sampleShare(let sample, _): lines += ["    distribution: \(figure.distribution.name)", "    sample: \(sample)"]
            default: lines.append("    distribution: \(figure.distribution.name)")
            }
            lines += [
                "    measures: \(text("measures"))", "    unit: \(quoted(figure.unit.rawValue))", "    year: 2021",
                "    source: \(figure.source)", "    quote: \(text("quote"))", "    note: \(text("note"))",
                // The quotes hold no numbers, so every figure is a reading, with hostile text for why.
                "    reading: \(text("reading"))",
            ]
        }
        // The default project's parameters, pools, models and comparisons, as the embedded file writes them.
        let declarations = Registry.embeddedText.range(of: "\nparameters:").map { String(Registry.embeddedText[$0.lowerBound...]) } ?? ""
        return lines.joined(separator: "\n") + declarations + "\n"
    }

    /// `text` as a double-quoted YAML scalar; control characters as `\u` escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: - Reading the output

    /// The text a browser shows: tags removed (data never adds one), entities decoded.
    static func visibleText(of html: String) -> String {
        decodeEntities(html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression))
    }

    /// `text` with its character references decoded, in one pass, as a browser or CommonMark does.
    static func decodeEntities(_ text: String) -> String {
        let named = ["lt": "<", "gt": ">", "quot": "\"", "apos": "'", "amp": "&", "colon": ":", "Tab": "\t", "NewLine": "\n"]
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let candidate = rest[ampersand...].dropFirst()
            if let semicolon = candidate.prefix(12).firstIndex(of: ";") {
                let name = candidate[..<semicolon]
                let number =
                    name.hasPrefix("#x") || name.hasPrefix("#X")
                    ? UInt32(name.dropFirst(2), radix: 16)
                    : name.hasPrefix("#") ? UInt32(name.dropFirst()) : nil
                if let decoded = number.flatMap(Unicode.Scalar.init).map(String.init) ?? named[String(name)] {
                    result += decoded
                    rest = candidate[candidate.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = candidate
        }
        return result + rest
    }

    /// True when every embedding, override and isolate opened on the line is closed on it.
    static func isBidiBalanced(_ line: Substring) -> Bool {
        var open = 0
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x202A, 0x202B, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068: open += 1
            case 0x202C, 0x2069: open = max(open - 1, 0)
            default: break
            }
        }
        return open == 0
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else {
            Issue.record("bad pattern \(pattern)")
            return []
        }
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }
}

import Foundation

/// One slide as `slides.txt.mustache` words it: its kind, title, text, source line, tag and speaker notes.
struct SlideText: Equatable {
    /// Which layout the slide takes.
    enum Kind: Equatable {
        /// The deck's first slide: title and the lines under it.
        case title
        /// A title and text.
        case text
        /// A title, the line under it, and the chart of this name as a picture.
        case chart(String)
    }

    /// A stretch of text in one style.
    struct Run: Equatable {
        /// The characters, unescaped.
        var text: String
        /// Drawn bold (`**…**`).
        var bold: Bool
    }

    /// A paragraph: runs of text.
    typealias Paragraph = [Run]

    var kind: Kind
    /// The slide's title.
    var title: Paragraph
    /// The text on the slide (under the title; on a chart slide, the line above the picture).
    var body: [Paragraph] = []
    /// The source line at the slide's foot.
    var source: [Paragraph] = []
    /// The word boxed beside the source line.
    var tag: [Paragraph] = []
    /// The speaker notes.
    var notes: [Paragraph] = []

    /// The slides of `text`: `# TITLE` starts one (`{.title}` or `{chart=NAME}` after it sets its kind); `::: notes`,
    /// `::: source` and `::: tag` open a block that `:::` closes; other lines are text, a blank line between paragraphs.
    static func slides(in text: String) -> [SlideText] {
        var slides: [SlideText] = []
        var block: String?
        var lines: [Substring] = []
        func flush() {
            guard !slides.isEmpty else { lines = []; return }
            let paragraph = lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            lines = []
            guard !paragraph.isEmpty else { return }
            let runs = Self.runs(paragraph)
            switch block {
            case "notes": slides[slides.count - 1].notes.append(runs)
            case "source": slides[slides.count - 1].source.append(runs)
            case "tag": slides[slides.count - 1].tag.append(runs)
            default: slides[slides.count - 1].body.append(runs)
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix(":::") {
                flush()
                let name = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                block = name.isEmpty ? nil : name
            } else if block == nil, line.hasPrefix("# ") {
                flush()
                var title = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                var kind = Kind.text
                if title.hasSuffix("}"), let open = title.lastIndex(of: "{") {
                    let attribute = title[title.index(after: open)..<title.index(before: title.endIndex)]
                    if attribute == ".title" { kind = .title }
                    if attribute.hasPrefix("chart=") { kind = .chart(String(attribute.dropFirst(6))) }
                    if kind != .text { title = title[..<open].trimmingCharacters(in: .whitespaces) }
                }
                slides.append(SlideText(kind: kind, title: Self.runs(title)))
            } else if trimmed.isEmpty {
                flush()
            } else {
                lines.append(line)
            }
        }
        flush()
        return slides
    }

    /// `text` as runs: `**` switches bold on and off, a backslash before ASCII punctuation (the Markdown escape) is
    /// dropped.
    static func runs(_ text: String) -> Paragraph {
        var runs: Paragraph = []
        var current = "", bold = false
        var characters = Array(text)[...]
        func close() {
            if !current.isEmpty { runs.append(Run(text: current, bold: bold)) }
            current = ""
        }
        while let character = characters.popFirst() {
            if character == "\\", let next = characters.first, next.isASCII, next.isPunctuation || next.isSymbol {
                current.append(characters.removeFirst())
            } else if character == "*", characters.first == "*" {
                characters.removeFirst()
                close()
                bold.toggle()
            } else {
                current.append(character)
            }
        }
        close()
        return runs
    }
}

extension SlideText.Paragraph {
    /// The paragraph's characters without styles.
    var plain: String { map(\.text).joined() }
}

import Foundation

/// A kind of file `lifeline build` can write: `--formats md,html,pdf,docx,pptx`.
public enum OutputFormat: String, Sendable, CaseIterable, Comparable {
    /// `report.md`, GitHub-flavoured Markdown.
    case md
    /// `report.html`, one self-contained page.
    case html
    /// `report.pdf`, printed from `report.html` by headless Chromium.
    case pdf
    /// `report.docx`, a Word document.
    case docx
    /// `slides.pptx`, a 16:9 PowerPoint deck.
    case pptx

    /// What a build writes when `--formats` is not given.
    public static let defaults: [OutputFormat] = [.md, .html]

    /// The word `--formats` accepts for every format at once.
    public static let allName = "all"

    /// The file the format writes, relative to the output folder.
    public var fileName: String {
        switch self {
        case .md: "report.md"
        case .html: "report.html"
        case .pdf: "report.pdf"
        case .docx: "report.docx"
        case .pptx: "slides.pptx"
        }
    }

    /// The formats of a comma-separated list such as `md,html,pdf` or `all`, each once, in the order of the cases.
    /// Throws ``PublishError/unknownFormat(_:)`` for a name that is not a format, and for an empty list.
    public static func list(_ text: String) throws(PublishError) -> [OutputFormat] {
        var formats: Set<OutputFormat> = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let name = name.trimmingCharacters(in: .whitespaces).lowercased()
            if name == allName {
                formats.formUnion(allCases)
            } else if let format = OutputFormat(rawValue: name) {
                formats.insert(format)
            } else {
                throw .unknownFormat(name)
            }
        }
        return formats.sorted()
    }

    /// Orders formats as the cases are declared.
    public static func < (lhs: OutputFormat, rhs: OutputFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

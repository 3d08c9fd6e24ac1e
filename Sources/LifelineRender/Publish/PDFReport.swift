import Foundation

/// `report.pdf`: `report.html` printed by headless Chromium, the browser `./setup.sh verify` checks the page in.
///
/// The page's own print stylesheet (`Templates/report.css`) lays it out: margins, the running title and page
/// numbers in `@page` margin boxes, and which blocks may not break. Lifeline adds only the sheet size and the
/// running title's text (`--running-title`), then sets the document properties and drops the print date
/// (``PDFDocumentInfo``), so two builds print the same bytes.
struct PDFReport: Sendable {
    /// The sheet.
    var paper: PaperSize
    /// The title for the document properties and the running title; nil keeps the page's `<title>` and shows none.
    var title: String?
    /// The authors for the document properties, as one line; nil writes none.
    var author: String?

    /// The names Chromium goes by on `PATH`.
    static let engineNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]
    /// Where the browsers install themselves on macOS.
    static let enginePlaces = ["Chromium", "Google Chrome"].map { "/Applications/\($0).app/Contents/MacOS/\($0)" }
    /// The longest a print may take before the engine is stopped.
    static let timeout: TimeInterval = 180

    /// Chromium, or the error that says how to install it.
    static func engine() throws(PublishError) -> Engine {
        guard let engine = Engine.find(names: engineNames, places: enginePlaces) else {
            throw .engineMissing(format: .pdf, engine: "Chromium (headless)", install: PublishError.chromiumInstall)
        }
        return engine
    }

    /// The PDF of `files`' `report.html`, with the other files beside it as they will be in the output folder.
    func file(from files: [ReportFile]) throws(PublishError) -> ReportFile {
        let engine = try Self.engine()
        guard let page = files.first(where: { $0.path == OutputFormat.html.fileName }) else {
            throw .engineFailed(format: .pdf, message: "the build made no \(OutputFormat.html.fileName) to print.")
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("lifeline-pdf-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let printed = folder.appendingPathComponent("print.pdf")
        do {
            for file in files {
                let url = folder.appendingPathComponent("page").appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (file.path == page.path ? printable(page.data) : file.data).write(to: url)
            }
        } catch {
            throw .engineFailed(format: .pdf, message: "cannot write to the temporary folder \(folder.path): \(error.localizedDescription)")
        }
        try engine.run(
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-crash-reporter", "--user-data-dir=\(folder.path)/profile",
                "--no-pdf-header-footer", "--generate-pdf-document-outline", "--print-to-pdf=\(printed.path)",
                folder.appendingPathComponent("page").appendingPathComponent(page.path).absoluteString,
            ], in: folder, timeout: Self.timeout, format: .pdf)
        guard let pdf = manager.contents(atPath: printed.path), pdf.starts(with: Data("%PDF-".utf8)) else {
            throw .engineFailed(format: .pdf, message: "\(engine.executable) exited without writing a PDF.")
        }
        let info = PDFDocumentInfo(title: title, author: author, creator: LifelineVersion.generator)
        return ReportFile(path: OutputFormat.pdf.fileName, data: try info.applied(to: pdf))
    }

    /// The page with the sheet size and the running title set in a style element at the end of its head.
    func printable(_ html: Data) -> Data {
        var rules = "@page { size: \(paper.cssSize); }"
        if let title { rules += " :root { --running-title: \(Self.cssString(title)); }" }
        let text = String(decoding: html, as: UTF8.self)
        let style = "<style>\(rules)</style>\n"
        guard let head = text.range(of: "</head>", options: .caseInsensitive) else { return Data((style + text).utf8) }
        return Data(text.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: style).utf8)
    }

    /// `text` as a quoted CSS string that cannot end the string or the style element: quotes, backslashes, `<` and
    /// control characters escaped as hex.
    static func cssString(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" || scalar == "<" || scalar.value < 0x20 || scalar.value == 0x7F {
                escaped += "\\" + String(scalar.value, radix: 16) + " "
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}

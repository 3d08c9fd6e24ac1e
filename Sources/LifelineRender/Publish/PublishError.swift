/// Why a format could not be written. Every message says what to do.
public enum PublishError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--formats` named something that is not a format.
    case unknownFormat(String)
    /// The format's engine is not installed; `install` says how to install it.
    case engineMissing(format: OutputFormat, engine: String, install: String)
    /// The engine ran and failed, or wrote something unusable.
    case engineFailed(format: OutputFormat, message: String)

    /// The message, starting `error:`.
    public var description: String {
        switch self {
        case .unknownFormat(let name):
            "error: `\(name)` is not an output format. Formats: \(Self.formatList) (comma-separated), or \(OutputFormat.allName)."
        case .engineMissing(let format, let engine, let install):
            "error: \(format.fileName) needs \(engine), which is not installed. Install it (\(install)), or leave \(format.rawValue) out of --formats."
        case .engineFailed(let format, let message):
            "error: \(format.fileName) could not be written: \(message)"
        }
    }

    /// How to install Chromium, which prints the PDF.
    static let chromiumInstall =
        "Debian/Ubuntu: apt-get install chromium, or ./setup.sh report --formats all; macOS: brew install --cask chromium"

    /// How to install rsvg-convert, which draws the charts' PNGs for Word and the slides.
    static let rsvgInstall = "Debian/Ubuntu: apt-get install librsvg2-bin; macOS: brew install librsvg"

    /// `md, html, pdf, docx, pptx`.
    public static var formatList: String { OutputFormat.allCases.map(\.rawValue).joined(separator: ", ") }
}

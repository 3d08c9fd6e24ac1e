import Foundation

/// Confirms that every figure's quote occurs in the archived text of its source.
///
/// A source names its archive with `archive: FILE`, a plain-text copy kept beside the data. A quote
/// matches when each of its parts (split at `…`) occurs in the article, in order; runs of whitespace
/// may differ, nothing else may.
public enum QuoteChecker {
    /// The outcome of checking a registry's quotes.
    public struct Report: Sendable {
        /// Quotes that were found, by figure id.
        public var verified: [String]
        /// Quotes that were not found, or could not be checked because an archive is unreadable.
        public var problems: [Diagnostic]
        /// Sources without an `archive`, whose quotes were not checked.
        public var unchecked: [Source]
    }

    /// Checks every quote of every source that names an archive, reading archives from `directory`.
    public static func check(_ registry: Registry, archiveDirectory directory: String) -> Report {
        var report = Report(verified: [], problems: [], unchecked: [])
        for source in registry.sources {
            let figures = registry.figures(from: source.id)
            guard let archive = source.archive else {
                report.unchecked.append(source)
                continue
            }
            let path = URL(fileURLWithPath: directory).appendingPathComponent(archive).path
            guard let data = FileManager.default.contents(atPath: path),
                let article = String(data: data, encoding: .utf8)
            else {
                report.problems.append(
                    Diagnostic(
                        file: registry.origin, line: source.line,
                        message: "the archive `\(archive)` of source `\(source.id)` cannot be read from \(directory)",
                        hint: "Put the article's plain-text copy at \(path), or correct `archive:`."))
                continue
            }
            let text = collapseWhitespace(article)
            for figure in figures {
                if let missing = firstMissingPart(of: figure.quote, in: text) {
                    report.problems.append(
                        Diagnostic(
                            file: registry.origin, line: figure.line,
                            message:
                                "the quote of figure `\(figure.id)` does not occur verbatim in \(archive): \"\(missing)\" is not found\(figure.quote.contains("…") ? " after the parts before it" : "")",
                            hint:
                                "Copy the sentence character for character from the article (curly quotes and dashes included); mark left-out words with …."
                        ))
                } else {
                    report.verified.append(figure.id)
                }
            }
        }
        return report
    }

    /// The first part of `quote` (split at `…`) that does not occur in `text` after the parts before it.
    public static func firstMissingPart(of quote: String, in text: String) -> String? {
        var searchFrom = text.startIndex
        for part in quote.components(separatedBy: "…") {
            let needle = collapseWhitespace(part).trimmingCharacters(in: .whitespaces)
            if needle.isEmpty { continue }
            guard let found = text.range(of: needle, range: searchFrom..<text.endIndex) else { return needle }
            searchFrom = found.upperBound
        }
        return nil
    }

    /// The text with every run of whitespace replaced by one space.
    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var inSpace = false
        for character in text {
            if character.isWhitespace {
                if !inSpace { result.append(" ") }
                inSpace = true
            } else {
                result.append(character)
                inSpace = false
            }
        }
        return result
    }
}

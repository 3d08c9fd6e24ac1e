import Foundation

/// Confirms that every figure's quote occurs in the archived text of its source.
///
/// A source names its archived copy with `archive: FILE` (a plain-text file in the archive folder) and records the
/// copy's hash with `sha256:`. A quote matches where each of its parts (split at `…`) occurs in the article, in
/// order; runs of whitespace may differ, nothing else may. A quote that matches at more than one place must be
/// anchored, as a W3C TextQuoteSelector is, by `quote_before:` and/or `quote_after:`: words the article has just
/// before or after it, which leave one place.
public enum QuoteChecker {
    /// Verifies every quote whose source's archived copy is in `folder`; the others are unverified, with why.
    /// A copy whose hash differs from the recorded `sha256:`, a quote not found and an ambiguous quote are problems.
    public static func verify(_ registry: Registry, archiveFolder folder: String?) -> QuoteVerification {
        var result = QuoteVerification(verified: [], unverified: [:], problems: [], notes: [])
        for source in registry.sources {
            let figures = registry.figures(from: source.id)
            guard let archive = source.archive else {
                for figure in figures { result.unverified[figure.id] = .noArchiveNamed }
                continue
            }
            guard let folder else {
                for figure in figures { result.unverified[figure.id] = .noFolder }
                continue
            }
            let path = URL(fileURLWithPath: folder).appendingPathComponent(archive).path
            guard let data = FileManager.default.contents(atPath: path) else {
                for figure in figures { result.unverified[figure.id] = .notInFolder(path) }
                continue
            }
            let hash = SHA256.hex(data)
            if let recorded = source.sha256, recorded != hash {
                result.problems.append(
                    Diagnostic(
                        file: registry.origin, line: source.line,
                        message:
                            "the archived copy \(path) of source `\(source.id)` has the SHA-256 \(hash), but the data records \(recorded)",
                        hint:
                            "If the copy was changed by mistake, restore it; if the article was archived again on purpose, check every quote against it and record `sha256: \"\(hash)\"`."
                    ))
                continue
            }
            if source.sha256 == nil {
                result.notes.append(
                    "source `\(source.id)` records no `sha256:`; add `sha256: \"\(hash)\"` so that a change to \(archive) is noticed.")
            }
            guard let article = String(data: data, encoding: .utf8) else {
                result.problems.append(
                    Diagnostic(
                        file: registry.origin, line: source.line,
                        message: "the archived copy \(path) of source `\(source.id)` is not UTF-8 text",
                        hint: "Save the article's plain-text copy as UTF-8."))
                continue
            }
            let text = collapseWhitespace(article)
            for figure in figures {
                if let problem = problem(of: figure, in: text, archive: archive, file: registry.origin) {
                    result.problems.append(problem)
                } else {
                    result.verified.insert(figure.id)
                }
            }
        }
        return result
    }

    /// What is wrong with `figure`'s quote in the article `text` (whitespace collapsed), or nil when it occurs at
    /// exactly one place (after its anchors narrow it).
    static func problem(of figure: Figure, in text: String, archive: String, file: String) -> Diagnostic? {
        let line = figure.quoteLine == 0 ? figure.line : figure.quoteLine
        if let missing = firstMissingPart(of: figure.quote, in: text) {
            return Diagnostic(
                file: file, line: line,
                message:
                    "the quote of figure `\(figure.id)` does not occur verbatim in \(archive): \"\(missing)\" is not found\(figure.quote.contains("…") ? " after the parts before it" : "")",
                hint:
                    "Copy the sentence character for character from the article (curly quotes and dashes included); mark left-out words with …."
            )
        }
        let places = matches(of: figure.quote, in: text)
        let before = figure.quoteBefore.map { collapseWhitespace($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let after = figure.quoteAfter.map { collapseWhitespace($0).trimmingCharacters(in: .whitespaces) } ?? ""
        let anchored = places.filter { place in
            text[..<place.lowerBound].trimmingCharacters(in: .whitespaces).hasSuffix(before)
                && text[place.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix(after)
        }
        if anchored.count == 1 { return nil }
        let isAnchored = figure.quoteBefore != nil || figure.quoteAfter != nil
        if anchored.isEmpty {
            return Diagnostic(
                file: file, line: line,
                message:
                    "the quote of figure `\(figure.id)` occurs in \(archive), but not with its `quote_before:`/`quote_after:` words around it",
                hint: "Copy the words just before or after the quote from the article, character for character.")
        }
        return Diagnostic(
            file: file, line: line,
            message:
                "the quote of figure `\(figure.id)` occurs \(anchored.count) times in \(archive)\(isAnchored ? ", even with its `quote_before:`/`quote_after:` words" : "")",
            hint: "Anchor it to one place with `quote_before:` (a few words the article has just before it) or `quote_after:` (just after)."
        )
    }

    /// The first part of `quote` (split at `…`) that does not occur in `text` after the parts before it.
    public static func firstMissingPart(of quote: String, in text: String) -> String? {
        var searchFrom = text.startIndex
        for needle in parts(of: quote) {
            guard let found = text.range(of: needle, range: searchFrom..<text.endIndex) else { return needle }
            searchFrom = found.upperBound
        }
        return nil
    }

    /// Every place in `text` where `quote` matches: from each occurrence of its first part to the end of its last
    /// part, each later part found at its first occurrence after the one before.
    static func matches(of quote: String, in text: String) -> [Range<String.Index>] {
        let needles = parts(of: quote)
        guard let first = needles.first else { return [] }
        var places: [Range<String.Index>] = []
        var start = text.startIndex
        while let found = text.range(of: first, range: start..<text.endIndex) {
            var end = found.upperBound
            var complete = true
            for needle in needles.dropFirst() {
                guard let next = text.range(of: needle, range: end..<text.endIndex) else { complete = false; break }
                end = next.upperBound
            }
            if complete { places.append(found.lowerBound..<end) }
            start = text.index(after: found.lowerBound)
        }
        return places
    }

    /// The quote's parts split at `…`, whitespace collapsed and trimmed, empty parts left out.
    private static func parts(of quote: String) -> [String] {
        quote.components(separatedBy: "…").map { collapseWhitespace($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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

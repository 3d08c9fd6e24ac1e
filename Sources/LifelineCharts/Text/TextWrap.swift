/// Fits text into a width: word wrapping over a limited number of lines, and truncation with an ellipsis.
public enum TextWrap {
    /// The ellipsis appended to shortened text.
    public static let ellipsis = "…"

    /// `text` broken at spaces into lines no wider than `width`, at most `maxLines` of them.
    /// A word or a last line that does not fit is truncated with an ellipsis; `truncated` says so.
    public static func lines(
        _ text: String, width: Double, size: Double, bold: Bool = false, maxLines: Int = 2
    ) -> (lines: [String], truncated: Bool) {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        guard !words.isEmpty else { return ([], false) }
        var lines: [String] = []
        var current = ""
        var truncated = false
        for word in words {
            let candidate = current.isEmpty ? word : current + " " + word
            if TextMeasure.width(candidate, size: size, bold: bold) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = word
            }
        }
        lines.append(current)
        let limit = max(1, maxLines)
        if lines.count > limit {
            lines = Array(lines.prefix(limit))
            lines[limit - 1] += " " + ellipsis
            truncated = true
        }
        lines = lines.map { line in
            guard TextMeasure.width(line, size: size, bold: bold) > width else { return line }
            truncated = true
            return truncate(line, width: width, size: size, bold: bold)
        }
        return (lines, truncated)
    }

    /// `text` shortened, with an ellipsis, to fit `width`; unchanged when it already fits.
    public static func truncate(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        guard TextMeasure.width(text, size: size, bold: bold) > width else { return text }
        var characters = Array(text)
        while !characters.isEmpty {
            characters.removeLast()
            let candidate = String(characters).trimmingTrailingSpaces() + ellipsis
            if TextMeasure.width(candidate, size: size, bold: bold) <= width { return candidate }
        }
        return ellipsis
    }
}

extension String {
    /// The string without trailing spaces.
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last?.isWhitespace == true { copy.removeLast() }
        return copy
    }
}

/// "Did you mean" suggestions: the allowed word nearest to a misspelt one, by edit distance.
///
/// One helper for every located error that offers a correction: unknown keys and choices in the data file,
/// unknown names in templates, unknown ids in formulas.
public enum Suggestion {
    /// The option nearest to `word` (case ignored), when it is close enough to be a likely typo: at most two
    /// edits, or a third of the word's length for longer words. Ties go to the option listed first.
    public static func closest(to word: String, in options: [String]) -> String? {
        guard word.count <= 64 else { return nil }
        let lowered = word.lowercased()
        var best: (option: String, distance: Int)?
        for option in options {
            let distance = editDistance(lowered, option.lowercased())
            if distance < (best?.distance ?? .max) { best = (option, distance) }
        }
        guard let best, best.distance <= max(2, word.count / 3) else { return nil }
        return best.option
    }

    /// The "Did you mean `X`? " sentence for `closest(to:in:)`, or an empty string when nothing is close.
    public static func didYouMean(_ word: String, in options: [String]) -> String {
        closest(to: word, in: options).map { "Did you mean `\($0)`? " } ?? ""
    }

    /// Levenshtein distance between two strings, counted in characters.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}

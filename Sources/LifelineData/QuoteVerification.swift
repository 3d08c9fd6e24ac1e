/// Which figures' quotes were found in archived copies of their articles, which could not be looked up and why,
/// and what was wrong: the result of ``QuoteChecker/verify(_:archiveFolder:)``.
public struct QuoteVerification: Sendable, Equatable {
    /// Why a quote was not looked up.
    public enum Unverified: Sendable, Equatable {
        /// Its source names no `archive:` file.
        case noArchiveNamed
        /// No archive folder was given, by `--archive`, the data's `archive:` or `LIFELINE_ARCHIVE`.
        case noFolder
        /// The folder does not hold the source's archived copy (the path it was looked for at).
        case notInFolder(String)
    }

    /// The figures whose quotes were found, once (or once where anchored), in a copy whose hash is as recorded.
    public var verified: Set<String>
    /// The figures whose quotes were not looked up, with why, by figure id.
    public var unverified: [String: Unverified]
    /// Quotes not found, found ambiguously, or in a copy whose hash differs from the data's: errors.
    public var problems: [Diagnostic]
    /// Things to mend that do not stop a build: a source whose `sha256:` is not recorded.
    public var notes: [String]

    /// A verification of nothing: every figure of `registry` unverified, as when no archive folder is given.
    public static func none(_ registry: Registry) -> QuoteVerification {
        QuoteVerification(
            verified: [], unverified: Dictionary(uniqueKeysWithValues: registry.figures.map { ($0.id, .noFolder) }), problems: [],
            notes: [])
    }

    /// Creates a verification.
    public init(verified: Set<String>, unverified: [String: Unverified], problems: [Diagnostic], notes: [String]) {
        self.verified = verified
        self.unverified = unverified
        self.problems = problems
        self.notes = notes
    }

    /// Whether the quote of figure `id` was found in its archived copy.
    public func isVerified(_ id: String) -> Bool { verified.contains(id) }

    /// Each unverified quote of `registry` as an error at the quote, for `--require-verified`.
    public func unverifiedProblems(in registry: Registry) -> [Diagnostic] {
        registry.figures.compactMap { figure in
            guard let reason = unverified[figure.id] else { return nil }
            let why: String
            let hint: String
            switch reason {
            case .noArchiveNamed:
                why = "its source `\(figure.source)` names no `archive:`"
                hint = "Keep a plain-text copy of the article in the archive folder and name it with `archive:` and `sha256:`."
            case .noFolder:
                why = "no archive folder was given"
                hint = "Name the folder with `archive:` at the top of the data file, `--archive DIR` or LIFELINE_ARCHIVE."
            case .notInFolder(let path):
                why = "there is no archived copy at \(path)"
                hint = "Put the article's plain-text copy there, or correct the source's `archive:` or the archive folder."
            }
            return Diagnostic(
                file: registry.origin, line: figure.quoteLine == 0 ? figure.line : figure.quoteLine,
                message: "the quote of `\(figure.id)` was not verified against an archived copy: \(why)",
                hint: hint + " (--require-verified makes this an error.)")
        }
    }
}

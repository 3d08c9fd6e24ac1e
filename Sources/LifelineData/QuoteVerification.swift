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

extension QuoteVerification {
    /// What a verified quote was verified as: its figure's quote and anchors, and its source's archived copy (file
    /// name and SHA-256), hashed together. A manifest records it, so that `build --check` in a clone without the
    /// archive can tell which recorded verifications still hold: any change to the quote, its anchors or the copy's
    /// recorded hash changes it.
    public static func fingerprint(of figure: Figure, in registry: Registry) -> String {
        let source = registry.source(figure.source)
        let parts = [
            figure.id, figure.quote, figure.quoteBefore ?? "", figure.quoteAfter ?? "", source?.archive ?? "", source?.sha256 ?? "",
        ]
        return SHA256.hex(parts.joined(separator: "\u{0}"))
    }

    /// The fingerprints of the verified quotes of `registry`, by figure id.
    public func fingerprints(in registry: Registry) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: registry.figures.filter { verified.contains($0.id) }.map {
                ($0.id, Self.fingerprint(of: $0, in: registry))
            })
    }

    /// This verification, with every quote that `recorded` (a manifest's fingerprints) says was verified, and whose
    /// fingerprint is unchanged in `registry`, counted as verified: for `build --check` where the archive folder the
    /// manifest names is absent.
    public func carryingOver(_ recorded: [String: String], in registry: Registry) -> QuoteVerification {
        var result = self
        for figure in registry.figures where recorded[figure.id] == Self.fingerprint(of: figure, in: registry) {
            result.verified.insert(figure.id)
            result.unverified[figure.id] = nil
        }
        return result
    }
}

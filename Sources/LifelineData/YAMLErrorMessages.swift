import Foundation
import Yams

extension RegistryLoader {
    /// Plain-language messages for the libyaml errors that mistaken or hostile files cause, in place of
    /// libyaml's own wording ("found undefined alias", "did not find expected alphabetic or numeric
    /// character"), which does not say what to change. Nil for every other error.
    static func knownSyntaxDiagnostic(_ error: YamlError, text: String, file: String) -> Diagnostic? {
        switch error {
        case .composer(_, let problem, let mark, _) where problem == "found undefined alias":
            return Diagnostic(
                file: file, line: mark.line, column: mark.column,
                message: "`\(word(at: mark, in: text))` is a YAML alias, and a registry allows no aliases",
                hint: "Write the value out in full; if it is text that starts with `*`, put it in quotes.")
        case .composer(_, let problem, let mark, _) where problem.contains("another document"):
            return Diagnostic(
                file: file, line: mark.line, column: mark.column,
                message: "a second YAML document starts here",
                hint: "A data file is one document: remove this `---` line, or the document after it.")
        case .scanner(let context?, let problem, _, _)
        where context.text == "while scanning a quoted scalar" && problem.contains("end of stream"):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "the quoted value that starts here is never closed",
                hint: "Add the closing quote; inside a double-quoted value write a quote mark as \\\".")
        case .scanner(let context?, _, _, _) where context.text.hasPrefix("while scanning an alias"):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "YAML reads a value that starts with `*` as an alias",
                hint: "Put the text in quotes, e.g. `quote: \"*…\"`.")
        case .scanner(let context?, _, _, _) where context.text.hasPrefix("while scanning an anchor"):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "YAML reads a value that starts with `&` as an anchor",
                hint: "Put the text in quotes, e.g. `quote: \"&…\"`.")
        case .reader(let problem, let offset, let value, _) where problem.contains("control characters"):
            let (line, column) = offset.map { position(ofByte: $0, in: Data(text.utf8)) } ?? (nil, nil)
            return Diagnostic(
                file: file, line: line, column: column,
                message: "the file contains the control character U+\(String(format: "%04X", value))",
                hint: "Data files hold text only: remove it, or, inside a double-quoted value, write it as an escape such as \\t.")
        case .parser(_, let problem, let mark, _) where problem.hasPrefix("Maximum nesting level"):
            return YAMLGuard.depthDiagnostic(file: file, line: mark.line, column: mark.column)
        default:
            return nil
        }
    }

    /// The run of non-blank characters at `mark` (1-based line and column in Unicode scalars), for messages.
    static func word(at mark: Mark, in text: String) -> String {
        let line =
            text.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
            .dropFirst(mark.line - 1).first ?? ""
        let scalars = line.unicodeScalars.dropFirst(max(mark.column - 1, 0))
            .prefix { !$0.properties.isWhitespace && !",[]{}".unicodeScalars.contains($0) }
        return Excerpt.of(String(String.UnicodeScalarView(scalars)))
    }
}

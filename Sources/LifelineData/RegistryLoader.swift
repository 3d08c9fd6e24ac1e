import Foundation
import Yams

/// Reads a registry data file and validates every part of it, collecting all problems before failing.
public enum RegistryLoader {
    /// Data files larger than this are refused before parsing: a hand-kept registry is a few hundred KB.
    public static let maximumBytes = 8 * 1024 * 1024

    /// Reads the file at `path` and validates it.
    public static func load(path: String) throws(RegistryError) -> Registry {
        try parse(data: read(path: path), file: path)
    }

    /// The bytes of the regular file at `path` (symbolic links followed), refusing folders, devices,
    /// pipes and anything over `maximumBytes`. At most `maximumBytes + 1` bytes are ever read, so a file
    /// that grows while it is read, or reports no size (as files in /proc do), cannot exhaust memory.
    static func read(path: String) throws(RegistryError) -> Data {
        func refuse(_ message: String, _ hint: String) -> RegistryError {
            RegistryError([Diagnostic(file: path, message: message, hint: hint)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw refuse("no such file", "Check the path given to --data.")
        }
        guard !isDirectory.boolValue else {
            throw refuse("this is a folder, not a data file", "Give --data the path of a YAML file.")
        }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let attributes = (try? FileManager.default.attributesOfItem(atPath: resolved)) ?? [:]
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw refuse("this is not a regular file (a device, a pipe or a socket)", "Give --data the path of a YAML file.")
        }
        let tooLarge = "A registry of sourced figures is small; check that this is the right file."
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumBytes else {
            throw refuse("the file is \(size) bytes, over the \(maximumBytes / 1024 / 1024) MiB limit for a data file", tooLarge)
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: resolved))
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw refuse("cannot read the file (\(error.localizedDescription))", "Check that the file exists and is readable.")
        }
        guard data.count <= maximumBytes else {
            throw refuse("the file is over the \(maximumBytes / 1024 / 1024) MiB limit for a data file", tooLarge)
        }
        return data
    }

    /// Validates raw bytes: they must be UTF-8 text without NUL bytes.
    public static func parse(data: Data, file: String) throws(RegistryError) -> Registry {
        if let nul = data.firstIndex(of: 0) {
            let (line, column) = position(ofByte: nul - data.startIndex, in: data)
            throw RegistryError([
                Diagnostic(
                    file: file, line: line, column: column, message: "the file contains a NUL byte, so it is not text",
                    hint: "Save the data file as UTF-8 text.")
            ])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            let offset = firstInvalidUTF8Offset(in: data)
            let (line, column) = position(ofByte: offset, in: data)
            throw RegistryError([
                Diagnostic(
                    file: file, line: line, column: column, message: "the file is not valid UTF-8",
                    hint: "Save the data file as UTF-8 text.")
            ])
        }
        return try parse(text, file: file)
    }

    /// Parses and validates YAML text.
    public static func parse(_ text: String, file: String) throws(RegistryError) -> Registry {
        if text.allSatisfy({ $0.isWhitespace }) {
            throw RegistryError([
                Diagnostic(
                    file: file, line: 1, column: 1, message: "the file is empty",
                    hint: "A data file needs the top-level keys `sources:` and `figures:`; `lifeline init` writes an example.")
            ])
        }
        let census = TokenCensus(text, separatorLimit: YAMLGuard.maximumSeparators)
        if let refusal = YAMLGuard.refusal(of: text, census: census, file: file) {
            throw RegistryError([refusal])
        }
        let parser: Parser
        let root: Node?
        do {
            // Yams' `basic` resolver types nothing: the schema decides what each scalar must be (`NodeReader`).
            parser = try Parser(yaml: text, resolver: .basic)
            root = try parser.singleRoot()
        } catch {
            throw RegistryError([syntaxDiagnostic(error, text: text, file: file)])
        }
        guard let root else {
            throw RegistryError([
                Diagnostic(
                    file: file, line: 1, column: 1, message: "the file holds no YAML document (only comments)",
                    hint: "A data file needs the top-level keys `sources:` and `figures:`.")
            ])
        }
        if census.firstAnchor != nil, let anchor = withExtendedLifetime(parser, { YAMLGuard.firstAnchor(in: root, file: file) }) {
            throw RegistryError([anchor])
        }
        if census.firstTag != nil, let tag = YAMLGuard.firstTag(in: root, file: file) {
            throw RegistryError([tag])
        }
        var reader = NodeReader(file: file, text: text)
        let registry = reader.readRegistry(root)
        var diagnostics = reader.diagnostics
        guard diagnostics.isEmpty, let registry else {
            if reader.omitted > 0 {
                diagnostics.append(
                    Diagnostic(
                        file: file, message: "\(reader.omitted) more problems are not listed",
                        hint: "Fix the ones above and run `lifeline validate` again."))
            }
            throw RegistryError(diagnostics)
        }
        return registry
    }

    private static func syntaxDiagnostic(_ error: Error, text: String, file: String) -> Diagnostic {
        guard let yaml = error as? YamlError else {
            return Diagnostic(file: file, message: "YAML syntax error: \(error)", hint: "Fix the YAML syntax.")
        }
        if let known = knownSyntaxDiagnostic(yaml, text: text, file: file) { return known }
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lineText = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
            if lineText.prefix(while: { $0 == " " || $0 == "\t" }).contains("\t") {
                return Diagnostic(
                    file: file, line: mark.line, column: 1, message: "a tab is used for indentation",
                    hint: "YAML allows only spaces for indentation; replace the tab with spaces.")
            }
            return Diagnostic(
                file: file, line: mark.line, column: mark.column,
                message: "YAML syntax error: \(problem)" + (context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""),
                hint: "Fix the YAML at this point: check indentation, colons, and quotes around text containing `: ` or `#`.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line, column: context.mark.column,
                message: "a key appears twice in one mapping: \(Excerpt.list(duplicates))",
                hint: "Keep one of them.")
        case .reader(let problem, let offset, _, _):
            let (line, column) = offset.map { position(ofByte: $0, in: Data(text.utf8)) } ?? (nil, nil)
            return Diagnostic(
                file: file, line: line, column: column, message: "YAML reader error: \(problem)",
                hint: "Save the data file as UTF-8 text.")
        default:
            return Diagnostic(file: file, message: "YAML error: \(yaml)", hint: "Fix the YAML syntax.")
        }
    }

    /// 1-based line and column (in bytes) of a byte offset.
    static func position(ofByte offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for (index, byte) in data.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }

    /// Byte offset of the first byte that is not part of valid UTF-8.
    static func firstInvalidUTF8Offset(in data: Data) -> Int {
        var decoder = UTF8()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}

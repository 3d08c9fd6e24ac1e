/// One problem found in an input file, located so that an editor can jump to it.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    /// 1-based column, when the problem has one.
    public var column: Int?
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var hint: String

    /// Creates a diagnostic.
    public init(file: String, line: Int? = nil, column: Int? = nil, message: String, hint: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message. hint` — the form compilers use, so editors can follow it.
    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        let sentence = message.hasSuffix(".") ? message : message + "."
        return "\(location): error: \(sentence) \(hint)"
    }
}

/// The data file could not be used; every problem found is listed, not only the first.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates an error from its problems.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    /// One problem a line, then a count.
    public var description: String {
        let count = diagnostics.count == 1 ? "1 problem" : "\(diagnostics.count) problems"
        return diagnostics.map(\.description).joined(separator: "\n") + "\n\(count) found."
    }
}

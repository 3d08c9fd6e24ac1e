/// Why the report could not be written.
public enum OutputError: Error, Sendable, CustomStringConvertible {
    /// The output folder (or its parent) cannot be written.
    case notWritable(path: String, reason: String)
    /// The folder holds files Lifeline did not write, so replacing it could destroy someone's work.
    case foreignFiles(path: String, files: [String])

    /// What happened and what to do.
    public var description: String {
        switch self {
        case .notWritable(let path, let reason):
            "\(path): error: cannot write the report here (\(reason)). Choose a writable folder with --out; the previous report, if any, is unchanged."
        case .foreignFiles(let path, let files):
            "\(path): error: the folder holds files Lifeline did not write (\(files.prefix(5).joined(separator: ", "))\(files.count > 5 ? ", …" : "")), so it will not replace it. Choose an empty folder or one that holds only a Lifeline report with --out."
        }
    }
}

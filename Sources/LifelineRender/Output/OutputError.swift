/// Why the report could not be written.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The output folder (or its parent) cannot be written.
    case notWritable(path: String, reason: String)
    /// The folder holds files Lifeline did not write (paths relative to it), so replacing it would destroy them.
    case foreignFiles(path: String, files: [String])
    /// A folder to compare (`lifeline diff`, `build --check`) cannot be read.
    case notReadable(path: String, reason: String)

    /// How many foreign files the message names before it only counts the rest.
    static let namedFilesLimit = 100

    /// What happened and what to do.
    public var description: String {
        switch self {
        case .notWritable(let path, let reason):
            return
                "\(path): error: cannot write the report here (\(reason)). Choose a writable folder with --out; the previous report, if any, is unchanged."
        case .foreignFiles(let path, let files):
            let one = files.count == 1
            let list = CappedList.lines(files, limit: Self.namedFilesLimit).map { "  \($0)\n" }.joined()
            return
                "\(path): error: Lifeline replaces this folder as a whole, and it holds \(files.count) \(one ? "file" : "files") Lifeline did not write:\n"
                + list + "Move \(one ? "it" : "them") out of \(path) or choose another --out; nothing was changed."
        case .notReadable(let path, let reason):
            return "\(path): error: cannot read this output folder (\(reason)). Give a folder that `lifeline build --out` wrote."
        }
    }
}

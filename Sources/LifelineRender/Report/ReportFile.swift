import Foundation

/// One file of the report, by its path relative to the output folder.
public struct ReportFile: Sendable, Equatable {
    /// E.g. `report.md`, `charts/broker-fees.svg`.
    public var path: String
    /// The exact bytes to write.
    public var data: Data

    /// Creates a file from text (UTF-8).
    public init(path: String, text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }

    /// Creates a file from bytes.
    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }
}

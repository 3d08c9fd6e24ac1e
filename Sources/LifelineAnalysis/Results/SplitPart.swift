/// One slice of the money sent (model 6): who ends up with it, and how much.
///
/// JSON keys: `name` (`family`, `brokers`, `state`, `exchange-loss`; templates name them in words), `modelID`, `interval` (``Interval``).
public struct SplitPart: Codable, Sendable, Equatable {
    /// Who gets the slice.
    public var name: String
    /// The model result with the slice's full summary.
    public var modelID: String
    /// The slice's mean, median and 90 % interval.
    public var interval: Interval

    /// Creates a slice.
    public init(name: String, modelID: String, interval: Interval) {
        self.name = name
        self.modelID = modelID
        self.interval = interval
    }
}

import Yams

/// A figure drawn as a `sample-share`, waiting for its sample figure to be read (it may come later in the file).
struct PendingSample {
    /// The id of the figure whose share is drawn.
    var figure: String
    /// The share the sample measured.
    var share: Double
    /// The id its `sample:` names.
    var sample: String
    /// The `sample:` value, where problems with the sample are reported.
    var node: Node
}

/// Whether a result rests on sourced figures only, or also on parameters the analysis assumes.
///
/// JSON values: `sourced-estimate`, `scenario`.
public enum ModelKind: String, Codable, Sendable, Equatable {
    /// Every uncertain input is a sourced figure (its distribution's shape is listed among the assumptions).
    case sourcedEstimate = "sourced-estimate"
    /// At least one input is an unsourced parameter: an explicitly labelled scenario.
    case scenario
}

/// What a comparison sets against what.
public enum ComparisonForm: String, Sendable, Equatable, CaseIterable {
    /// Two estimates against each other (`estimates: [a, b]`): figures, parameters, pools or models.
    case estimates
    /// A model against a claimed range (`model: m` and `claim: figure-id`).
    case claim
}

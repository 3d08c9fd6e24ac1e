/// The shape a reading gives every range that is drawn uniformly (see ``ReadingDeclaration/ranges``): the mode
/// sits at the range's middle.
public enum RangeShape: String, Sendable, Equatable, CaseIterable {
    /// Triangular, peaking at the middle.
    case triangular
    /// Beta-PERT, peaking at the middle.
    case pert
}

/// How a reading makes the inputs depend on each other (see ``ReadingDeclaration/dependence``).
public enum ReadingDependence: String, Sendable, Equatable, CaseIterable {
    /// Fully dependent (comonotonic): every input, independent copies `id@k` included, is drawn at the same
    /// quantile of its distribution in each draw.
    case full
}

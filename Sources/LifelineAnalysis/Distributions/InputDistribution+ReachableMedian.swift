extension InputDistribution {
    /// A median that a real case can take: the value a tornado's baseline holds this input at.
    ///
    /// For a `discrete` distribution (whole numbers, e.g. transfers a year 1–2) it is the lower median, the
    /// smallest whole number with P(X ≤ x) ≥ 0.5 (1 for 1–2, 2 for 1–3), never a midpoint such as 1.5 that no sender
    /// can reach; for every other distribution it is the median, ``quantile(_:)`` at 0.5.
    public var reachableMedian: Double {
        guard case .discrete(let low, let high) = kind else { return quantile(0.5) }
        let count = Double(high - low + 1)
        return Double(low) + min(max((0.5 * count).rounded(.up) - 1, 0), count - 1)
    }
}

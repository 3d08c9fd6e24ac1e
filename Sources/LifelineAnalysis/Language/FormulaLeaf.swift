/// One input of the column program as formulas name it: a figure, parameter or pool id, and a copy number for the
/// independent copy `id@k`.
struct FormulaLeaf: Hashable, Sendable, CustomStringConvertible {
    /// The figure, parameter or pool.
    var id: String
    /// `k` for `id@k`; `nil` for the input itself.
    var copy: Int?

    /// `id`, or `id@k` for a copy, as formulas write it.
    var description: String { copy.map { "\(id)@\($0)" } ?? id }
}

/// One input of the column program as formulas name it: a figure, parameter or pool id, and a copy number for the
/// independent copy `id@k`.
struct FormulaLeaf: Hashable, Sendable {
    /// The figure, parameter or pool.
    var id: String
    /// `k` for `id@k`; `nil` for the input itself.
    var copy: Int?
}

/// The distributions a ``FormulaCompiler`` has made, by id (a reference type, so the compiler's non-mutating
/// lookups can fill it). A compiler runs on one thread; the memo never leaves it.
final class DistributionMemo {
    /// The distribution of each id asked for so far; `nil` inside for an id that names no figure, parameter or pool.
    var entries: [String: InputDistribution?] = [:]
}

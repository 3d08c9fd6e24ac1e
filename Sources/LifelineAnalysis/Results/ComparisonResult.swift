/// A comparison the data declares, computed: two estimates against each other, or a model against a claimed
/// range. Numbers and enums only; templates put them in words (`comparison.<id>.…`).
///
/// JSON keys: `id`, `form` (`estimates` or `claim`), `first`, `second` (``ComparedSide``; for a claim the model
/// and the claim), `overlap` (``Overlap``: the first against the second), `medianRatio` (the first's median over
/// the second's), and for a claim `verdict` (``CrossCheckVerdict``), `shareInClaim` (the fraction of the model's
/// draws inside the claimed range), `qualitative` (the claim is words, not a number) and `sameSource` (the claim's
/// source is also a source of the model's inputs: the check is not independent).
public struct ComparisonResult: Codable, Sendable, Equatable {
    /// The comparison's id in the data.
    public var id: String
    /// `estimates` or `claim`.
    public var form: String
    /// The first estimate, or the model of a claim.
    public var first: ComparedSide
    /// The second estimate, or the claimed range.
    public var second: ComparedSide
    /// Where the first range stands against the second.
    public var overlap: Overlap
    /// The first median divided by the second.
    public var medianRatio: Double
    /// For a claim: whether it holds against the model's 90 % interval.
    public var verdict: CrossCheckVerdict?
    /// For a claim: the fraction of the model's draws inside the claimed range.
    public var shareInClaim: Double?
    /// For a claim: whether the claim is qualitative ("tens of millions") and its range the data's reading of it.
    public var qualitative: Bool?
    /// For a claim: whether the claim's source is also the source of a figure the model reads, so the check tests
    /// a source against itself.
    public var sameSource: Bool?

    /// Creates a result; `overlap` and `medianRatio` follow from the sides.
    public init(
        id: String, form: String, first: ComparedSide, second: ComparedSide, verdict: CrossCheckVerdict? = nil,
        shareInClaim: Double? = nil, qualitative: Bool? = nil, sameSource: Bool? = nil
    ) {
        self.id = id
        self.form = form
        self.first = first
        self.second = second
        overlap = Overlap.of(low: second.low, high: second.high, otherLow: first.low, otherHigh: first.high)
        medianRatio = first.median / second.median
        self.verdict = verdict
        self.shareInClaim = shareInClaim
        self.qualitative = qualitative
        self.sameSource = sameSource
    }
}

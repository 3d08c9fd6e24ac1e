/// One source's fee in the pooled fee distribution (model 4): which figure, how much weight, and who takes
/// the fee.
public struct FeeWeight: Sendable, Equatable, Codable {
    /// Who takes a fee.
    public enum Taker: String, Sendable, Codable {
        /// A broker or courier.
        case broker
        /// The North Korean state.
        case state
    }

    /// The registry figure with the fee rate.
    public var figureID: String
    /// Its weight in the mixture (non-negative; weights are normalised, 0 leaves the source out).
    public var weight: Double
    /// Who takes this fee.
    public var taker: Taker

    /// Creates a weight.
    public init(figureID: String, weight: Double = 1, taker: Taker = .broker) {
        self.figureID = figureID
        self.weight = weight
        self.taker = taker
    }

    /// The default pool: the three sources' broker fees and the state's 20 % fee, equal weights.
    public static let defaults: [FeeWeight] = [
        FeeWeight(figureID: FigureID.feeDailyNK2021),
        FeeWeight(figureID: FigureID.feeSCMPUsual),
        FeeWeight(figureID: FigureID.feeFeatureRange),
        FeeWeight(figureID: FigureID.stateFeeBorder, taker: .state),
    ]
}

/// Who takes a pooled fee: a broker when the figure is in the data's broker pool too, else the state.
///
/// JSON values: `broker`, `state`.
public enum FeeTaker: String, Sendable, Codable {
    /// A broker or courier.
    case broker
    /// The North Korean state.
    case state
}

/// One part of a pool: a figure or parameter, and its weight relative to the pool's other parts.
public struct PoolComponent: Sendable, Equatable {
    /// The id of the figure or parameter.
    public var id: String
    /// Its weight: non-negative; weights are normalised, and 0 leaves the part out.
    public var weight: Double
    /// Where the part is written in the data file.
    public var position: TextPosition

    /// Creates a part.
    public init(id: String, weight: Double = 1, position: TextPosition) {
        self.id = id
        self.weight = weight
        self.position = position
    }
}

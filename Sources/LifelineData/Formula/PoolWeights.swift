/// A reading's weights for one declared pool: the parts named get these weights, the parts left out weight 0.
public struct PoolWeights: Sendable, Equatable {
    /// The pool, where its id is written.
    public var pool: DeclaredReference
    /// The parts and their weights, in the order written (each weight 0 or more, one above 0).
    public var parts: [PoolComponent]

    /// Creates the weights of a pool.
    public init(pool: DeclaredReference, parts: [PoolComponent]) {
        self.pool = pool
        self.parts = parts
    }
}

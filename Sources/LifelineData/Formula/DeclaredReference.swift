/// An id written in a declaration (a side of a comparison), with where it is written so that an unknown id is
/// reported at it.
public struct DeclaredReference: Sendable, Equatable {
    /// The figure, parameter, pool or model id.
    public var id: String
    /// Where the id is written in the data file.
    public var position: TextPosition

    /// Creates a reference.
    public init(id: String, position: TextPosition) {
        self.id = id
        self.position = position
    }
}

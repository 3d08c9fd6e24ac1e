/// A formula could not be read; every problem found is listed, not only the first.
public struct FormulaSyntaxError: Error, Sendable, Equatable {
    /// The problems, in the order of their offsets.
    public var problems: [FormulaProblem]

    /// Creates an error from its problems.
    public init(_ problems: [FormulaProblem]) { self.problems = problems }
}

import LifelineData

/// What compiling a data file's models gives: the program when there is no error, every error and every warning.
public struct FormulaCompilation: Sendable {
    /// The column program, or `nil` when there is an error.
    public var program: CompiledProgram?
    /// Every error, in file order.
    public var errors: [Diagnostic]
    /// Problems that do not stop the build (an unused parameter, pool or model), in file order; print them with
    /// ``LifelineData/Diagnostic/warningDescription``.
    public var warnings: [Diagnostic]

    /// Creates a result.
    public init(program: CompiledProgram?, errors: [Diagnostic], warnings: [Diagnostic]) {
        self.program = program
        self.errors = errors
        self.warnings = warnings
    }

    /// The program; throws every error when there is one.
    public func get() throws(RegistryError) -> CompiledProgram {
        guard let program, errors.isEmpty else { throw RegistryError(errors) }
        return program
    }
}

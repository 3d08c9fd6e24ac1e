import Foundation

/// One elementwise operation of the column program, on a pair of values: the one definition both the compiled
/// loops (``CompiledProgram``) and the direct evaluation (``FormulaEvaluator``) use, so the two agree bit for bit.
///
/// Generic loops over a kernel type are specialised, so each operation compiles to its own tight loop.
protocol ColumnKernel {
    /// The result for one draw; unary kernels ignore `b`.
    static func apply(_ a: Double, _ b: Double) -> Double
}

/// `a + b`.
enum AddKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a + b }
}

/// `a - b`.
enum SubtractKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a - b }
}

/// `a * b`.
enum MultiplyKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a * b }
}

/// `a / b`.
enum DivideKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a / b }
}

/// `a ^ b`, as the C library's `pow`.
enum PowerKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { pow(a, b) }
}

/// `min(a, b)`: `b` when it is smaller, else `a` (a plain comparison, which vectorises).
enum MinimumKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { b < a ? b : a }
}

/// `max(a, b)`: `b` when it is larger, else `a`.
enum MaximumKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { b > a ? b : a }
}

/// `-a`.
enum NegateKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { -a }
}

/// `a`, copied.
enum CopyKernel: ColumnKernel {
    @inline(__always) static func apply(_ a: Double, _ b: Double) -> Double { a }
}

@testable import LifelineAnalysis

/// A model that returns its inputs: lets a test simulate a distribution alone and compare its simulated
/// moments and percentiles with the exact ones.
struct IdentityModel: SimulationModel {
    /// The distributions to simulate.
    let inputs: [ModelInput]
    /// One output per input.
    var outputCount: Int { inputs.count }

    /// Copies each input column to its output column.
    func evaluate(_ x: UnsafeMutablePointer<Double>, stride: Int, count: Int, into y: UnsafeMutablePointer<Double>) {
        for i in 0..<inputs.count { (y + i * stride).update(from: x + i * stride, count: count) }
    }
}

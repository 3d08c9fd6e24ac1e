/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny generator used only to expand a 64-bit seed into the
/// 256-bit state of ``Xoshiro256StarStar``, as the xoshiro authors recommend.
///
/// Every operation is defined on 64-bit unsigned integers with wrapping arithmetic, so the same seed gives the
/// same numbers on every machine.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    /// The generator's whole state.
    public var state: UInt64

    /// Creates a generator whose first output depends on every bit of `seed`.
    @inlinable
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

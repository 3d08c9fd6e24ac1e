/// xoshiro256** 1.0 (Blackman and Vigna, 2018): the generator behind every Monte Carlo draw in Lifeline.
///
/// It is fast (a handful of shifts, rotations and one multiply per 64 bits), passes the usual statistical test
/// batteries, has a period of 2²⁵⁶ − 1, and — what makes parallel runs reproducible — can ``jump()`` ahead by
/// 2¹²⁸ draws in constant time. The Monte Carlo engine gives block *b* of a run the state reached by jumping
/// *b* times from the run's starting state, so a block's numbers do not depend on which thread draws it.
///
/// All arithmetic is on `UInt64` with wrapping operators, so the sequence is identical on every machine.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Equatable {
    /// The four 64-bit words of state; never all zero.
    public var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// Creates a generator from four state words; an all-zero state (which would only ever give zeros) is
    /// replaced by the state that seed 0 gives.
    @inlinable
    public init(state s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) {
        if s0 | s1 | s2 | s3 == 0 {
            self = Xoshiro256StarStar(seed: 0)
        } else {
            self.s0 = s0
            self.s1 = s1
            self.s2 = s2
            self.s3 = s3
        }
    }

    /// Creates a generator from a 64-bit seed, expanded with ``SplitMix64``.
    @inlinable
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Creates the generator for one independent stream of a seed: runs of different models use different
    /// `stream` numbers so that adding a model never changes another model's numbers.
    @inlinable
    public init(seed: UInt64, stream: UInt64) {
        var mixer = SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        self.init(seed: mixer.next())
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A uniformly distributed `Double` in [0, 1): the top 53 bits of the next output, scaled by 2⁻⁵³.
    @inlinable @inline(__always)
    public mutating func nextUnit() -> Double {
        Double(Int64(bitPattern: next() >> 11)) * 0x1p-53
    }

    /// A uniformly distributed `Double` in the open interval (0, 1), for inverse-CDF transforms that are
    /// infinite at 0 or 1: the top 53 bits plus one half, scaled by 2⁻⁵³.
    @inlinable @inline(__always)
    public mutating func nextOpenUnit() -> Double {
        (Double(Int64(bitPattern: next() >> 11)) + 0.5) * 0x1p-53
    }

    /// Advances the state as if ``next()`` had been called 2¹²⁸ times: the start of the next
    /// non-overlapping sub-stream.
    public mutating func jump() {
        let table: [UInt64] = [0x180E_C6D3_3CFD_0ABA, 0xD5A6_1266_F0C9_392C, 0xA958_2618_E03F_C9AA, 0x39AB_DC45_29B1_661C]
        var (t0, t1, t2, t3): (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for word in table {
            for bit in 0..<UInt64(64) {
                if word & (1 << bit) != 0 {
                    t0 ^= s0
                    t1 ^= s1
                    t2 ^= s2
                    t3 ^= s3
                }
                _ = next()
            }
        }
        (s0, s1, s2, s3) = (t0, t1, t2, t3)
    }
}

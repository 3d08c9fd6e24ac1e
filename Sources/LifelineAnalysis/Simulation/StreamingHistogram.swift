/// A histogram of `Double` values with logarithmic buckets, indexed straight from the value's IEEE-754 bits,
/// so that percentiles of a billion draws take a few tens of kilobytes and merge exactly across threads.
///
/// ## Method
/// For a non-negative `Double` the bit pattern grows with the value, so the top bits — the 11 exponent bits and
/// the top ``subBucketBits`` (10) mantissa bits — form a bucket key that is monotone in the value (the layout
/// HdrHistogram uses). Each power of two is split into 2¹⁰ = 1024 buckets of equal width, so a bucket
/// `[lower, upper)` satisfies `(upper − lower) / lower ≤ 2⁻¹⁰ ≈ 0.098 %`. Negative values go to a mirrored
/// set of buckets keyed by their magnitude. Only the range of keys actually seen is stored (it grows on
/// demand), so a model whose draws span a factor of ten needs about 4 × 1024 counters.
///
/// ## Accuracy
/// ``quantile(_:minimum:maximum:)`` finds the bucket that holds the requested rank and interpolates linearly
/// inside it; both the estimate and the exact sample quantile lie in that bucket, so the relative error is
/// below 2⁻¹⁰ ≈ 0.098 % of the value — within the 0.1 % the briefing needs, whatever the number of draws
/// and whatever the shape of the distribution (no assumption of smoothness is needed, unlike a fixed-width
/// histogram or a t-digest). Counts are integers, so merging the histograms of several threads gives exactly
/// the same counts in any order.
public struct StreamingHistogram: Sendable, Equatable, CustomStringConvertible {
    /// Mantissa bits used below the exponent: 2¹⁰ buckets per power of two.
    public static let subBucketBits = 10
    /// Right shift that turns a bit pattern into a bucket key.
    static let shift = UInt64(52 - subBucketBits)
    /// One past the key of the largest finite value.
    static let keyLimit = (0x7FF << subBucketBits)
    /// Extra keys added on each side when the stored range grows: one power of two.
    static let slack = 1 << subBucketBits

    /// Counts for keys `positiveBase ..< positiveBase + positive.count` (values ≥ 0).
    var positive: [UInt64] = []
    /// Key of `positive[0]`.
    var positiveBase = 0
    /// Counts of negative values by the key of their magnitude.
    var negative: [UInt64] = []
    /// Key of `negative[0]`.
    var negativeBase = 0
    /// Values that were infinite or not a number; they are left out of every statistic.
    public private(set) var nonFinite: UInt64 = 0

    /// An empty histogram.
    public init() {}

    /// The bucket key of a non-negative finite value.
    @inline(__always)
    static func key(_ value: Double) -> Int { Int(truncatingIfNeeded: value.bitPattern >> shift) }

    /// The smallest value whose key is `key`.
    static func lowerBound(ofKey key: Int) -> Double { Double(bitPattern: UInt64(key) << shift) }

    /// Adds one value.
    public mutating func add(_ value: Double) { add(value, times: 1) }

    /// Adds `value` `times` times.
    public mutating func add(_ value: Double, times: UInt64) {
        guard value.isFinite else {
            nonFinite += times
            return
        }
        if value < 0 {
            Self.increment(&negative, base: &negativeBase, key: Self.key(-value), by: times)
        } else {
            Self.increment(&positive, base: &positiveBase, key: Self.key(value == 0 ? 0 : value), by: times)
        }
    }

    /// Adds `count` values. Values inside the stored range are counted in one tight loop; the rare others are
    /// set aside in `spill` (room for `count` values) and added afterwards, growing the range.
    @inline(__always)
    mutating func add(_ values: UnsafePointer<Double>, count: Int, spill: UnsafeMutablePointer<Double>) {
        var spilled = 0
        let base = positiveBase
        positive.withUnsafeMutableBufferPointer { counts in
            let size = UInt(counts.count)
            let counts = counts.baseAddress!
            // The bit patterns are read as integers: the key is made from them, never from the value.
            let bits = UnsafeRawPointer(values).assumingMemoryBound(to: UInt64.self)
            let offset = UInt(bitPattern: base)
            var j = 0
            while j + 4 <= count {
                let a = UInt(bits[j] >> Self.shift) &- offset, b = UInt(bits[j + 1] >> Self.shift) &- offset
                let c = UInt(bits[j + 2] >> Self.shift) &- offset, d = UInt(bits[j + 3] >> Self.shift) &- offset
                if a < size { counts[Int(bitPattern: a)] &+= 1 } else { spill[spilled] = values[j]; spilled += 1 }
                if b < size { counts[Int(bitPattern: b)] &+= 1 } else { spill[spilled] = values[j + 1]; spilled += 1 }
                if c < size { counts[Int(bitPattern: c)] &+= 1 } else { spill[spilled] = values[j + 2]; spilled += 1 }
                if d < size { counts[Int(bitPattern: d)] &+= 1 } else { spill[spilled] = values[j + 3]; spilled += 1 }
                j += 4
            }
            while j < count {
                let index = UInt(bits[j] >> Self.shift) &- offset
                if index < size { counts[Int(bitPattern: index)] &+= 1 } else { spill[spilled] = values[j]; spilled += 1 }
                j += 1
            }
        }
        for j in 0..<spilled { add(spill[j]) }
    }

    /// Adds `count` values that are all finite and at least 0 (−0 counts as 0), the least of them `minimum` and the
    /// greatest `maximum`: the stored range grows once to hold both ends, then every value is counted with no test
    /// (four instructions a value instead of about ten). The counts are those ``add(_:count:spill:)`` gives.
    @inline(__always)
    mutating func add(nonNegative values: UnsafePointer<Double>, count: Int, minimum: Double, maximum: Double) {
        // The ends' keys: growing by nothing makes room for them, and every key lies between them.
        Self.increment(&positive, base: &positiveBase, key: Self.key(minimum == 0 ? 0 : minimum), by: 0)
        Self.increment(&positive, base: &positiveBase, key: Self.key(maximum), by: 0)
        let base = positiveBase
        positive.withUnsafeMutableBufferPointer { counts in
            // `origin[key]` is the count of `key`: the buffer's address less `base` counts, made from the integer
            // (no pointer arithmetic leaves the buffer), so that a count's address is one addition.
            let address = UInt(bitPattern: counts.baseAddress!) &- UInt(base) &* UInt(MemoryLayout<UInt64>.stride)
            let origin = UnsafeMutablePointer<UInt64>(bitPattern: address)!
            let bits = UnsafeRawPointer(values).assumingMemoryBound(to: UInt64.self)
            // Only a column that reaches 0 can hold −0, whose sign bit is cleared to give it the key of 0.
            if minimum > 0 {
                Self.count(bits, count: count, into: origin, mask: ~0)
            } else {
                Self.count(bits, count: count, into: origin, mask: 0x7FFF_FFFF_FFFF_FFFF)
            }
        }
    }

    /// Adds one to `origin[key]` for the key of each of `count` bit patterns, after `& mask`.
    @inline(__always)
    private static func count(_ bits: UnsafePointer<UInt64>, count: Int, into origin: UnsafeMutablePointer<UInt64>, mask: UInt64) {
        var j = 0
        while j + 4 <= count {
            let a = Int(truncatingIfNeeded: (bits[j] & mask) >> shift), b = Int(truncatingIfNeeded: (bits[j + 1] & mask) >> shift)
            let c = Int(truncatingIfNeeded: (bits[j + 2] & mask) >> shift), d = Int(truncatingIfNeeded: (bits[j + 3] & mask) >> shift)
            origin[a] &+= 1
            origin[b] &+= 1
            origin[c] &+= 1
            origin[d] &+= 1
            j += 4
        }
        while j < count {
            origin[Int(truncatingIfNeeded: (bits[j] & mask) >> shift)] &+= 1
            j += 1
        }
    }

    /// Adds `amount` to `key`, growing the stored range (with a power of two to spare) when needed.
    private static func increment(_ counts: inout [UInt64], base: inout Int, key: Int, by amount: UInt64) {
        if counts.isEmpty {
            base = max(0, key - slack)
            counts = [UInt64](repeating: 0, count: min(keyLimit, key + 2 * slack) - base)
        } else if key < base || key >= base + counts.count {
            let newBase = key < base ? max(0, key - slack) : base
            let newEnd = key >= base + counts.count ? min(keyLimit, key + 2 * slack) : base + counts.count
            var grown = [UInt64](repeating: 0, count: newEnd - newBase)
            for (offset, count) in counts.enumerated() { grown[base - newBase + offset] = count }
            counts = grown
            base = newBase
        }
        counts[key - base] &+= amount
    }

    /// Adds every count of `other` (exact: the result does not depend on the order of merging).
    public mutating func merge(_ other: StreamingHistogram) {
        Self.merge(&positive, base: &positiveBase, other.positive, otherBase: other.positiveBase)
        Self.merge(&negative, base: &negativeBase, other.negative, otherBase: other.negativeBase)
        nonFinite += other.nonFinite
    }

    private static func merge(_ counts: inout [UInt64], base: inout Int, _ other: [UInt64], otherBase: Int) {
        guard !other.isEmpty else { return }
        guard !counts.isEmpty else {
            counts = other
            base = otherBase
            return
        }
        let newBase = min(base, otherBase)
        let newEnd = max(base + counts.count, otherBase + other.count)
        var merged = [UInt64](repeating: 0, count: newEnd - newBase)
        for (offset, count) in counts.enumerated() { merged[base - newBase + offset] += count }
        for (offset, count) in other.enumerated() { merged[otherBase - newBase + offset] += count }
        counts = merged
        base = newBase
    }

    /// Equal when they hold the same counts in the same buckets, however their stored ranges grew.
    public static func == (lhs: StreamingHistogram, rhs: StreamingHistogram) -> Bool {
        let a = lhs.nonEmpty, b = rhs.nonEmpty
        return lhs.nonFinite == rhs.nonFinite && a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// The non-empty buckets as (signed key, count): negative values have negative keys.
    private var nonEmpty: [(Int, UInt64)] {
        negative.indices.filter { negative[$0] > 0 }.map { (-(negativeBase + $0) - 1, negative[$0]) }
            + positive.indices.filter { positive[$0] > 0 }.map { (positiveBase + $0, positive[$0]) }
    }

    /// The same counts with the empty buckets at either end dropped (what a finished run keeps).
    public func trimmed() -> StreamingHistogram {
        var copy = self
        Self.trim(&copy.positive, base: &copy.positiveBase)
        Self.trim(&copy.negative, base: &copy.negativeBase)
        return copy
    }

    private static func trim(_ counts: inout [UInt64], base: inout Int) {
        guard let first = counts.firstIndex(where: { $0 > 0 }), let last = counts.lastIndex(where: { $0 > 0 }) else {
            counts = []
            base = 0
            return
        }
        counts = Array(counts[first...last])
        base += first
    }

    /// A short description: the number of values and of non-empty buckets.
    public var description: String {
        "StreamingHistogram(\(count) values in \(nonEmpty.count) buckets, \(nonFinite) non-finite)"
    }

    /// Number of finite values added.
    public var count: UInt64 {
        positive.reduce(0, +) + negative.reduce(0, +)
    }

    /// Calls `body` with the bounds and count of every non-empty bucket, in increasing order of value, until it
    /// returns false (no array of buckets is made).
    public func forEachBucket(_ body: (_ lower: Double, _ upper: Double, _ count: UInt64) -> Bool) {
        // Through buffer pointers: indexing the arrays around calls to `body` would retain and release them each time.
        let finished = negative.withUnsafeBufferPointer { counts in
            for offset in counts.indices.reversed() where counts[offset] > 0 {
                let key = negativeBase + offset
                guard body(-Self.lowerBound(ofKey: key + 1), -Self.lowerBound(ofKey: key), counts[offset]) else { return true }
            }
            return false
        }
        guard !finished else { return }
        positive.withUnsafeBufferPointer { counts in
            for offset in counts.indices where counts[offset] > 0 {
                let key = positiveBase + offset
                guard body(Self.lowerBound(ofKey: key), Self.lowerBound(ofKey: key + 1), counts[offset]) else { return }
            }
        }
    }

    /// The value below which a fraction `p` of the values lie, interpolated inside its bucket and kept within
    /// the exact `minimum` and `maximum` seen (accurate to 2⁻¹⁰ of the value; see the type's documentation).
    public func quantile(_ p: Double, minimum: Double, maximum: Double) -> Double {
        quantiles([p], minimum: minimum, maximum: maximum)[0]
    }

    /// Several quantiles in one pass over the buckets (`ps` in any order).
    public func quantiles(_ ps: [Double], minimum: Double, maximum: Double) -> [Double] {
        let total = Double(count)
        guard total > 0 else { return ps.map { _ in .nan } }
        var results: [Double?] = ps.map { p in p <= 0 ? minimum : p >= 1 ? maximum : nil }
        // The others from the smallest up; each is found where the running count first reaches p × total.
        let order = ps.indices.filter { results[$0] == nil && !ps[$0].isNaN }.sorted { ps[$0] < ps[$1] }
        var next = 0
        var below = 0.0
        forEachBucket { lower, upper, bucketCount in
            let count = Double(bucketCount)
            while next < order.count {
                let target = ps[order[next]] * total
                guard below + count >= target else { break }
                if lower == 0 {
                    // The bucket starting at 0 holds zeros (and values below 10⁻³¹¹): report 0.
                    results[order[next]] = min(max(0, minimum), maximum)
                } else {
                    let fraction = (target - below) / count
                    let value = lower + fraction * (upper - lower)
                    results[order[next]] = min(max(value, minimum), maximum)
                }
                next += 1
            }
            below += count
            return next < order.count
        }
        return results.map { $0 ?? maximum }
    }

    /// The fraction of values at most `x` (bucket containing `x` split in proportion to its width).
    public func fraction(atMost x: Double) -> Double {
        let total = Double(count)
        guard total > 0 else { return .nan }
        var below = 0.0
        forEachBucket { lower, upper, count in
            if upper <= x {
                below += Double(count)
                return true
            }
            if lower < x { below += Double(count) * (x - lower) / (upper - lower) }
            return false
        }
        return below / total
    }
}

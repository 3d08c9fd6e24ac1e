@testable import LifelineAnalysis

extension StreamingHistogram {
    /// Every non-empty bucket in increasing order of value, collected from `forEachBucket` for the tests to compare.
    var buckets: [(lower: Double, upper: Double, count: UInt64)] {
        var result: [(lower: Double, upper: Double, count: UInt64)] = []
        forEachBucket { lower, upper, count in
            result.append((lower, upper, count))
            return true
        }
        return result
    }
}

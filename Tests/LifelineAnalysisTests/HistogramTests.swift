import Foundation
import PropertyBased
import Testing

@testable import LifelineAnalysis

@Suite("Streaming histogram")
struct HistogramTests {
    /// The exact sample quantile: the smallest value with at least a fraction p of values at or below it.
    func exactQuantile(_ sorted: [Double], _ p: Double) -> Double {
        let rank = max(1, Int((p * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }

    @Test("percentiles are within 0.1 % of the exact sample percentiles")
    func accuracy() async {
        await propertyCheck(count: 40, input: Gen.uint64(in: 0...UInt64.max), Gen.double(in: -3...9)) { seed, magnitude in
            var rng = Xoshiro256StarStar(seed: seed)
            let scale = pow(10, magnitude)
            let values = (0..<20_000).map { _ in scale * exp(2 * rng.nextUnit()) * (rng.nextUnit() < 0.1 ? 0.01 : 1) }
            var histogram = StreamingHistogram()
            values.forEach { histogram.add($0) }
            let sorted = values.sorted()
            for p in [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99] {
                let estimate = histogram.quantile(p, minimum: sorted.first!, maximum: sorted.last!)
                let exact = exactQuantile(sorted, p)
                #expect(abs(estimate - exact) <= 0.001 * exact, "p=\(p): \(estimate) vs \(exact)")
            }
        }
    }

    @Test("percentiles are ordered")
    func ordered() async {
        await propertyCheck(count: 50, input: Gen.double(in: -1e6...1e6).array(of: 1...400)) { values in
            var histogram = StreamingHistogram()
            values.forEach { histogram.add($0) }
            let ps = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1]
            let qs = histogram.quantiles(ps, minimum: values.min()!, maximum: values.max()!)
            #expect(zip(qs, qs.dropFirst()).allSatisfy { $0 <= $1 }, "\(qs)")
            #expect(qs.first! == values.min()! && qs.last! == values.max()!)
        }
    }

    @Test("merging gives exactly the histogram of all values, in any order")
    func merging() async {
        await propertyCheck(count: 50, input: Gen.double(in: -1e3...1e9).array(of: 0...300), Gen.int(in: 0...300)) { values, cut in
            let split = min(cut, values.count)
            var whole = StreamingHistogram(), first = StreamingHistogram(), second = StreamingHistogram()
            values.forEach { whole.add($0) }
            values[..<split].forEach { first.add($0) }
            values[split...].forEach { second.add($0) }
            var forward = first, backward = second
            forward.merge(second)
            backward.merge(first)
            #expect(forward.buckets.map(\.count) == whole.buckets.map(\.count))
            #expect(backward.buckets.map(\.lower) == whole.buckets.map(\.lower))
            #expect(forward.count == UInt64(values.count))
        }
    }

    @Test("adding a column of values counts exactly what adding them one by one counts")
    func columnAdd() async {
        // Zero is left out here: its bucket is far below 1's, and one histogram holding both spans a million buckets.
        let special: [Double] = [-2, .infinity, -.infinity, .nan, 7, 2e9]
        await propertyCheck(count: 40, input: Gen.double(in: 1...1e6).array(of: 0...120), Gen.int(in: 0...7)) { values, pick in
            // Columns of every length (the four-at-a-time loop and its tail), with special values mixed in.
            var column = values
            for index in stride(from: pick, to: column.count, by: 9) { column[index] = special[(index + pick) % special.count] }
            var one = StreamingHistogram(), batch = StreamingHistogram()
            column.forEach { one.add($0) }
            // A first small column fixes the stored range, so the second has values on both sides of it to set aside.
            let spill = UnsafeMutablePointer<Double>.allocate(capacity: max(column.count, 1))
            defer { spill.deallocate() }
            let cut = min(pick, column.count)
            column.withUnsafeBufferPointer { buffer in
                batch.add(buffer.baseAddress!, count: cut, spill: spill)
                batch.add(buffer.baseAddress! + cut, count: column.count - cut, spill: spill)
            }
            #expect(batch == one)
            #expect(batch.count == one.count && batch.nonFinite == one.nonFinite)
        }
        // Zeros (both signs) next to small negatives and non-finite values.
        let zeros: [Double] = [0, -0.0, -3e-300, 0, .nan, -0.0, 1e-300, 0, -.infinity]
        var one = StreamingHistogram(), batch = StreamingHistogram()
        zeros.forEach { one.add($0) }
        let spill = UnsafeMutablePointer<Double>.allocate(capacity: zeros.count)
        defer { spill.deallocate() }
        zeros.withUnsafeBufferPointer { batch.add($0.baseAddress!, count: $0.count, spill: spill) }
        #expect(batch == one && batch.count == 7 && batch.nonFinite == 2)
    }

    @Test("a column of non-negative values with known ends counts exactly what adding them one by one counts")
    func nonNegativeColumnAdd() async {
        await propertyCheck(count: 60, input: Gen.double(in: 1e-3...1e6).array(of: 1...130), Gen.int(in: 0...9)) { values, pick in
            // Columns of every length (the four-at-a-time loop and its tail); some with zeros of both signs (one
            // histogram then spans a million buckets, so only a few), the others reaching past the range the first
            // column set, on both sides.
            var column = values
            if pick == 0 {
                for index in stride(from: 0, to: column.count, by: 7) { column[index] = index % 2 == 0 ? 0 : -0.0 }
            }
            var one = StreamingHistogram(), batch = StreamingHistogram()
            column.forEach { one.add($0) }
            let cut = min(pick, column.count - 1)
            column.withUnsafeBufferPointer { buffer in
                for (start, end) in [(0, cut), (cut, buffer.count)] where end > start {
                    let part = buffer[start..<end]
                    batch.add(nonNegative: buffer.baseAddress! + start, count: end - start, minimum: part.min()!, maximum: part.max()!)
                }
            }
            #expect(batch.trimmed() == one.trimmed())
            #expect(batch.count == UInt64(column.count))
        }
    }

    @Test("zero, negative and non-finite values are handled")
    func specialValues() {
        var histogram = StreamingHistogram()
        for value in [0.0, -2.0, 3.0, .infinity, .nan, -0.0] { histogram.add(value) }
        #expect(histogram.count == 4)
        #expect(histogram.nonFinite == 2)
        #expect(histogram.quantile(0.01, minimum: -2, maximum: 3) == -2)
        #expect(histogram.fraction(atMost: 1) == 0.75)
    }

    @Test("a bucket is never wider than 2^-10 of its lower edge")
    func bucketWidth() async {
        await propertyCheck(input: Gen.double(in: 1e-300...1e300)) { value in
            var histogram = StreamingHistogram()
            histogram.add(value)
            let bucket = histogram.buckets[0]
            #expect(bucket.lower <= value && value < bucket.upper)
            #expect((bucket.upper - bucket.lower) / bucket.lower <= 1.0 / 1024 * (1 + 1e-12))
        }
    }
}

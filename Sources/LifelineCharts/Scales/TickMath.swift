import Foundation

/// Round-number tick arithmetic, after d3-array's `ticks`, `tickIncrement` and `tickStep`:
/// steps are 1, 2 or 5 × 10^k, chosen so about `count` ticks cover the interval.
public enum TickMath {
    private static let e10 = 50.0.squareRoot()
    private static let e5 = 10.0.squareRoot()
    private static let e2 = 2.0.squareRoot()

    /// Most ticks ever returned, whatever the arguments.
    static let maxTicks = 1_000

    /// Round values from `start` to `stop` (inclusive where they fall on the step), about `count` of them.
    /// Equal bounds give that one value; non-finite bounds or a count below 1 give none.
    public static func ticks(from start: Double, to stop: Double, count: Int) -> [Double] {
        guard start.isFinite, stop.isFinite, count > 0 else { return [] }
        if start == stop { return [start] }
        let reversed = stop < start
        let (i1, i2, increment) =
            reversed
            ? spec(stop, start, Double(count)) : spec(start, stop, Double(count))
        guard i2 >= i1, increment != 0, increment.isFinite, i2 - i1 < Double(maxTicks) else { return [] }
        let n = Int(i2 - i1) + 1
        let values = (0..<n).map { index -> Double in
            let i = i1 + Double(index)
            return increment < 0 ? i / -increment : i * increment
        }
        return reversed ? values.reversed() : values
    }

    /// d3's tickIncrement: a positive step, or the negative inverse of a step below one
    /// (−10 means 0.1), which keeps tick arithmetic exact in decimal. Zero when undefined.
    public static func tickIncrement(from start: Double, to stop: Double, count: Int) -> Double {
        guard start.isFinite, stop.isFinite, start < stop, count > 0 else { return 0 }
        return spec(start, stop, Double(count)).increment
    }

    /// The tick step as a plain positive number (0.1, 5, 2,000,000); zero when undefined.
    public static func tickStep(from start: Double, to stop: Double, count: Int) -> Double {
        let increment = tickIncrement(from: min(start, stop), to: max(start, stop), count: count)
        if increment == 0 { return 0 }
        return increment < 0 ? 1 / -increment : increment
    }

    /// JavaScript's Math.round: halves go up, towards positive infinity.
    private static func jsRound(_ value: Double) -> Double { (value + 0.5).rounded(.down) }

    private static func spec(
        _ start: Double, _ stop: Double, _ count: Double
    ) -> (i1: Double, i2: Double, increment: Double) {
        let step = (stop - start) / max(0, count)
        guard step > 0, step.isFinite else { return (0, -1, 0) }
        let power = log10(step).rounded(.down)
        let error = step / pow(10, power)
        let factor: Double = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1
        var i1: Double, i2: Double, increment: Double
        if power < 0 {
            increment = pow(10, -power) / factor
            i1 = jsRound(start * increment)
            i2 = jsRound(stop * increment)
            if i1 / increment < start { i1 += 1 }
            if i2 / increment > stop { i2 -= 1 }
            increment = -increment
        } else {
            increment = pow(10, power) * factor
            i1 = jsRound(start / increment)
            i2 = jsRound(stop / increment)
            if i1 * increment < start { i1 += 1 }
            if i2 * increment > stop { i2 -= 1 }
        }
        if i2 < i1, 0.5 <= count, count < 2 { return spec(start, stop, count * 2) }
        return (i1, i2, increment)
    }
}

/// One thread's working memory for a Monte Carlo run: the input and output columns, the spill buffer for
/// values outside a histogram's current range, and the per-output histograms and extremes.
struct WorkerState<Model: SimulationModel>: ~Copyable {
    let model: Model
    let samplers: [Sampler]
    /// Values subtracted before summing, so that sums of squares do not lose precision.
    let reference: [Double]
    /// Outputs that take their `reference` value in every draw: counted, not added (their sums stay 0).
    let constant: [Bool]
    let columns: UnsafeMutablePointer<Double>
    let spill: UnsafeMutablePointer<Double>
    var histograms: [StreamingHistogram]
    var minima: [Double]
    var maxima: [Double]
    /// Inputs drawn four at a time in AVX lanes (none where the processor has no AVX2).
    let drawGroups: [PackedKernels.DrawGroup]
    /// The inputs filled one by one at each chunk: all but those of `drawGroups` and the constants, whose columns
    /// are filled once, here (the program reads input columns and never writes them).
    let filledOneByOne: [Int]

    /// A worker's state; `drawGroups` and `filledOneByOne` are worked out once a run (see ``MonteCarlo``).
    init(
        model: Model, samplers: [Sampler], reference: [Double], constant: [Bool], drawGroups: [PackedKernels.DrawGroup],
        filledOneByOne: [Int]
    ) {
        self.model = model
        self.samplers = samplers
        self.reference = reference
        self.constant = constant
        let outputs = model.outputCount
        let total = (samplers.count + outputs + model.scratchCount) * MonteCarlo.chunkSize
        columns = .allocate(capacity: total)
        columns.initialize(repeating: 0, count: total)
        spill = .allocate(capacity: MonteCarlo.chunkSize)
        histograms = Array(repeating: StreamingHistogram(), count: outputs)
        minima = Array(repeating: .infinity, count: outputs)
        maxima = Array(repeating: -.infinity, count: outputs)
        self.drawGroups = drawGroups
        self.filledOneByOne = filledOneByOne
        var unused = Xoshiro256StarStar(seed: 0)  // a constant draws no random numbers
        for (i, sampler) in samplers.enumerated() where sampler.isConstant {
            sampler.fill(columns + i * MonteCarlo.chunkSize, count: MonteCarlo.chunkSize, using: &unused)
        }
    }

    deinit {
        columns.deallocate()
        spill.deallocate()
    }

    /// Draws `count` values, input `i` from `generators[i]`, and adds them; writes the block's sums to
    /// `sums[0 ..< outputCount]`.
    mutating func run(count: Int, generators: inout [Xoshiro256StarStar], sums: UnsafeMutablePointer<BlockSums>) {
        let chunk = MonteCarlo.chunkSize
        let inputCount = samplers.count
        let outputs = columns + inputCount * chunk
        let packed = PackedKernels.available
        var blockSum = [Double](repeating: 0, count: model.outputCount)
        var blockSquares = [Double](repeating: 0, count: model.outputCount)
        var done = 0
        while done < count {
            let n = min(chunk, count - done)
            generators.withUnsafeMutableBufferPointer { rngs in
                for group in drawGroups { group.fill(columns, stride: chunk, count: n, generators: rngs) }
                for i in filledOneByOne { samplers[i].fill(columns + i * chunk, count: n, using: &rngs[i]) }
            }
            model.evaluate(columns, stride: chunk, count: n, into: outputs)
            for k in 0..<model.outputCount {
                if constant[k] {
                    histograms[k].add(reference[k], times: UInt64(n))
                    minima[k] = reference[k]
                    maxima[k] = reference[k]
                    continue
                }
                let column = UnsafePointer(outputs + k * chunk)
                // The column's extremes, and whether every value is finite (a NaN or an infinity makes a sum
                // non-finite; a sum of finite values that overflows only sends the column the slower way).
                var low = Double.infinity, high = -Double.infinity, finite = true
                var start = 0
                while start < n {
                    let size = min(MonteCarlo.sumSize, n - start)
                    let moments =
                        packed
                        ? PackedKernels.moments(column + start, count: size, shift: reference[k])
                        : Self.moments(column + start, count: size, shift: reference[k])
                    blockSum[k] += moments.sum
                    blockSquares[k] += moments.squares
                    finite = finite && moments.sum.isFinite
                    if moments.minimum < low { low = moments.minimum }
                    if moments.maximum > high { high = moments.maximum }
                    start += MonteCarlo.sumSize
                }
                if low < minima[k] { minima[k] = low }
                if high > maxima[k] { maxima[k] = high }
                if finite && low >= 0 {
                    histograms[k].add(nonNegative: column, count: n, minimum: low, maximum: high)
                } else {
                    histograms[k].add(column, count: n, spill: spill)
                }
            }
            done += n
        }
        for k in 0..<model.outputCount {
            sums[k] = BlockSums(sum: blockSum[k], squares: blockSquares[k])
        }
    }

    /// Sums of (value − shift) and its square, minimum and maximum of `count` values, two at a time in SSE
    /// lanes with a second pair of accumulators (a fixed order, so the result is deterministic), using plain
    /// comparisons (which compile to `minpd`/`maxpd`; a NaN-aware `Swift.min` costs several instructions).
    @inline(__always)
    static func moments(_ values: UnsafePointer<Double>, count: Int, shift: Double)
        -> (sum: Double, squares: Double, minimum: Double, maximum: Double)
    {
        let raw = UnsafeRawPointer(values)
        let shifts = SIMD2<Double>(repeating: shift)
        var sumA = SIMD2<Double>(), sumB = SIMD2<Double>(), squaresA = SIMD2<Double>(), squaresB = SIMD2<Double>()
        // Separate extremes for the two pairs too, so that no register waits on the one before it.
        var lowA = SIMD2<Double>(repeating: .infinity), lowB = lowA
        var highA = SIMD2<Double>(repeating: -.infinity), highB = highA
        var j = 0
        while j + 4 <= count {
            let a = raw.loadUnaligned(fromByteOffset: j * 8, as: SIMD2<Double>.self)
            let b = raw.loadUnaligned(fromByteOffset: j * 8 + 16, as: SIMD2<Double>.self)
            let da = a - shifts, db = b - shifts
            sumA += da
            sumB += db
            squaresA += da * da
            squaresB += db * db
            lowA = lowA.replacing(with: a, where: a .< lowA)
            lowB = lowB.replacing(with: b, where: b .< lowB)
            highA = highA.replacing(with: a, where: a .> highA)
            highB = highB.replacing(with: b, where: b .> highB)
            j += 4
        }
        var sum = (sumA[0] + sumA[1]) + (sumB[0] + sumB[1])
        var squares = (squaresA[0] + squaresA[1]) + (squaresB[0] + squaresB[1])
        let low = lowA.replacing(with: lowB, where: lowB .< lowA), high = highA.replacing(with: highB, where: highB .> highA)
        var minimum = low[0] < low[1] ? low[0] : low[1]
        var maximum = high[0] > high[1] ? high[0] : high[1]
        while j < count {
            let v = values[j], d = v - shift
            sum += d
            squares += d * d
            minimum = v < minimum ? v : minimum
            maximum = v > maximum ? v : maximum
            j += 1
        }
        return (sum, squares, minimum, maximum)
    }

    /// Hands back the histograms and extremes.
    consuming func finish() -> WorkerResult {
        WorkerResult(histograms: histograms, minima: minima, maxima: maxima)
    }
}

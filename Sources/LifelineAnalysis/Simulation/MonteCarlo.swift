import Dispatch

/// The Monte Carlo engine: draws a model's inputs, evaluates it, and summarises every output, identically for
/// any number of threads.
///
/// ## Reproducibility
/// Every uncertain input has its own generator stream, seeded from the run's seed and the input's key (see
/// ``ModelInput/stream``). A run of `draws` draws is cut into blocks of ``blockSize`` draws; in block *b* each
/// input draws from its stream after *b* calls to ``Xoshiro256StarStar/jump()`` (2¹²⁸ numbers apart), so a
/// block's numbers are fixed by (seed, input key, b) alone — the same input gets the same draws in every model
/// that uses it, and adding an input never changes another's. Threads take the next untaken block as they finish
/// one (``BlockQueue``), so a slowed thread takes fewer; histogram counts, minima and maxima merge exactly in any
/// order, and each block's sums are stored and added in block order. The result is therefore bit-for-bit the same
/// for 1, 2 or 64 threads, whichever thread draws which block, on every machine.
///
/// ## Cost
/// Inputs are drawn ``chunkSize`` at a time into columns (one `switch` per column, not per draw), the model
/// runs as loops over columns, and each output column is added to its thread's histogram and sums. Nothing is
/// allocated per draw; memory is a few columns and one histogram per output and thread (tens of KB), plus two
/// numbers per block and output, whatever the number of draws.
public enum MonteCarlo {
    /// Draws per block (each block has its own generator stream).
    public static let blockSize = 1 << 16
    /// Draws per column chunk: long enough that each output's histogram, once in the L1 and L2 caches, takes many
    /// counts before the next output's displaces it, short enough that the columns of a model with dozens of inputs
    /// and outputs stay in the L2 cache. Since a column whose values are all finite and at least 0 is counted
    /// without a range test, 1,024 builds the default project 2–3 % faster than 4,096 (40 alternating pairs), with
    /// a quarter of the column memory (650 fewer page faults a build); 4,096 had taken 15 % less CPU than 1,024
    /// before, and 1,024 4 % less than 256. Any even size gives the same draws.
    public static let chunkSize = 1024
    /// Draws per partial sum: each output's sum and sum of squares are taken over runs of this many draws, in
    /// order, whatever ``chunkSize`` is (so that the means do not change with it in the last bits).
    public static let sumSize = 256

    /// Runs `model` for `draws` draws on up to `threads` threads and returns one ``SampleStatistics`` per
    /// output.
    public static func run<Model: SimulationModel>(
        _ model: Model, draws: Int, seed: UInt64, threads: Int
    ) -> [SampleStatistics] {
        precondition(draws > 0, "at least one draw")
        let outputs = model.outputCount
        let blocks = (draws + blockSize - 1) / blockSize
        let workers = max(1, min(threads, blocks))
        let medians = model.medianOutputs
        let reference = medians.map { $0.isFinite ? $0 : 0 }
        let samplers = model.inputs.map(\.distribution.sampler)
        precondition(Set(model.inputs.map(\.key)).count == model.inputs.count, "every input of a model needs its own key")
        let starts = model.inputs.map { Xoshiro256StarStar(seed: seed, stream: $0.stream) }
        let random = samplers.indices.filter { !samplers[$0].isConstant }
        // Mixtures drawn four at a time in AVX lanes where the processor has them; the other random inputs one by one.
        let drawGroups = PackedKernels.available ? PackedKernels.DrawGroup.groups(of: samplers) : []
        let grouped = Set(drawGroups.flatMap(\.inputs))
        let filledOneByOne = random.filter { !grouped.contains($0) }
        // An output whose inputs are all constants takes its median-input value in every draw (the same operations
        // on the same numbers): it is counted, not added draw by draw, with the same histogram, extremes and sums.
        let constant = (0..<outputs).map { k in
            medians[k].isFinite && (model.inputsReached(byOutput: k)?.allSatisfy { samplers[$0].isConstant } ?? false)
        }

        let blockSums = UnsafeMutableBufferPointer<BlockSums>.allocate(capacity: blocks * outputs)
        blockSums.initialize(repeating: BlockSums())
        defer { blockSums.deallocate() }
        let workerResults = UnsafeMutableBufferPointer<WorkerResult>.allocate(capacity: workers)
        defer { workerResults.deallocate() }
        let shared = SharedBuffers(blockSums: blockSums, workerResults: workerResults)

        let queue = BlockQueue(count: blocks)
        let work: @Sendable (Int) -> Void = { worker in
            var state = WorkerState(
                model: model, samplers: samplers, reference: reference, constant: constant, drawGroups: drawGroups,
                filledOneByOne: filledOneByOne)
            // The generators at the start of block `position`; a thread's blocks only ever increase, so it jumps
            // at most `blocks` times per input in all.
            var blockStarts = starts
            var position = 0
            while let block = queue.take() {
                for i in random {
                    for _ in position..<block { blockStarts[i].jump() }
                }
                position = block
                var generators = blockStarts
                let count = min(blockSize, draws - block * blockSize)
                state.run(count: count, generators: &generators, sums: shared.blockSums.baseAddress! + block * outputs)
            }
            (shared.workerResults.baseAddress! + worker).initialize(to: state.finish())
        }
        if workers == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: work)
        }
        defer { _ = workerResults.baseAddress!.deinitialize(count: workers) }

        return (0..<outputs).map { k in
            var histogram = StreamingHistogram()
            var minimum = Double.infinity, maximum = -Double.infinity
            for worker in 0..<workers {
                histogram.merge(workerResults[worker].histograms[k])
                minimum = min(minimum, workerResults[worker].minima[k])
                maximum = max(maximum, workerResults[worker].maxima[k])
            }
            var sum = 0.0, squares = 0.0
            for block in 0..<blocks {
                sum += blockSums[block * outputs + k].sum
                squares += blockSums[block * outputs + k].squares
            }
            let n = Double(draws)
            let variance = draws > 1 ? max(0, (squares - sum * sum / n) / (n - 1)) : 0
            return SampleStatistics(
                count: draws, mean: reference[k] + sum / n, variance: minimum == maximum ? 0 : variance,
                minimum: minimum, maximum: maximum, histogram: histogram.trimmed())
        }
    }
}

/// What one thread hands back: its histograms and extremes, one per output.
struct WorkerResult {
    var histograms: [StreamingHistogram]
    var minima: [Double]
    var maxima: [Double]
}

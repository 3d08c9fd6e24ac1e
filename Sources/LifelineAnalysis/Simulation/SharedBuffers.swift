/// The engine's shared scratch memory. Each block's sums and each worker's result are written by exactly one
/// thread, and read only after every thread has finished.
struct SharedBuffers: @unchecked Sendable {
    let blockSums: UnsafeMutableBufferPointer<BlockSums>
    let workerResults: UnsafeMutableBufferPointer<WorkerResult>
}

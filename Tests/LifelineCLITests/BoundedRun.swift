import Foundation

extension CLI {
    /// How a bounded run of `lifeline` ended.
    struct BoundedResult {
        /// The exit status, or the signal number when the process did not exit by itself.
        var status: Int32
        /// False when a signal ended the process: a crash, or the kill after the time limit.
        var exitedNormally: Bool
        /// True when the process outlived the time limit and was killed.
        var timedOut: Bool
        /// The first `captureLimit` bytes of each stream, and how many bytes it carried in all.
        var stdout: Data
        var stderr: Data
        var stdoutBytes: Int
        var stderrBytes: Int

        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
        /// One line for test failures: how it ended and the start of stderr.
        var summary: String {
            "status \(status)\(exitedNormally ? "" : " (signal)")\(timedOut ? " (killed after the time limit)" : ""); stderr: \(stderrText.prefix(600))"
        }
    }

    /// Runs `lifeline ARGUMENTS` and kills it if it has not finished after `timeout` seconds, so that a
    /// hang fails one test rather than the suite. With `memoryLimit` (bytes; Linux only) it runs under
    /// that much address space (`ulimit -v`), so that a blow-up ends in an allocation failure. Both
    /// streams are drained as they are written, keeping at most `captureLimit` bytes of each.
    static func runBounded(
        _ arguments: [String], timeout: TimeInterval = 20, memoryLimit: Int? = nil, captureLimit: Int = 1 << 20
    ) throws -> BoundedResult {
        let process = Process()
        #if os(Linux)
            if let memoryLimit {
                process.executableURL = URL(fileURLWithPath: "/bin/sh")
                process.arguments = ["-c", "ulimit -v \(memoryLimit / 1024) && exec \"$0\" \"$@\"", executable.path] + arguments
            } else {
                process.executableURL = executable
                process.arguments = arguments
            }
        #else
            process.executableURL = executable
            process.arguments = arguments
        #endif
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }

        let streams = DispatchGroup()
        let collected = Collected()
        for (index, pipe) in [out, err].enumerated() {
            DispatchQueue.global().async(group: streams) {
                let (kept, total) = drain(pipe.fileHandleForReading, keeping: captureLimit)
                collected.set(index, kept, total)
            }
        }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        streams.wait()
        return BoundedResult(
            status: process.terminationStatus, exitedNormally: process.terminationReason == .exit, timedOut: timedOut,
            stdout: collected.data[0], stderr: collected.data[1], stdoutBytes: collected.totals[0], stderrBytes: collected.totals[1])
    }

    /// Reads `handle` to its end, keeping the first `limit` bytes and counting the rest.
    private static func drain(_ handle: FileHandle, keeping limit: Int) -> (Data, Int) {
        var kept = Data()
        var total = 0
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return (kept, total) }
            total += chunk.count
            if kept.count < limit { kept.append(chunk.prefix(limit - kept.count)) }
        }
    }

    /// The two streams' bytes, filled in from the reading threads.
    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var data = [Data(), Data()]
        private(set) var totals = [0, 0]

        func set(_ index: Int, _ kept: Data, _ total: Int) {
            lock.lock()
            defer { lock.unlock() }
            data[index] = kept
            totals[index] = total
        }
    }
}

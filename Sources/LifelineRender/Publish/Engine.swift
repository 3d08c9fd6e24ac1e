import Foundation

/// An external program a format is written with, found on `PATH` (or at a fixed place, e.g. an app on macOS).
struct Engine: Sendable {
    /// The program's path.
    var executable: String

    /// The first of `names` on `PATH`, else the first of `places` that exists; nil when none is installed.
    static func find(names: [String], places: [String] = []) -> Engine? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let folders = path.split(separator: ":").filter { !$0.isEmpty }
        let candidates = names.flatMap { name in folders.map { "\($0)/\(name)" } } + places
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }.map(Engine.init(executable:))
    }

    /// Runs the program with `arguments` in `folder` (a temporary folder: its standard error is kept there) and no input; throws its status and the end of what it wrote
    /// to standard error when it fails, or when it has not finished after `timeout` seconds (it is then stopped).
    func run(_ arguments: [String], in folder: URL, timeout: TimeInterval, format: OutputFormat) throws(PublishError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        // Standard error goes to a file, not a pipe: the engine's helper processes may hold a pipe open after it exits.
        let log = folder.appendingPathComponent("engine-errors.log")
        guard FileManager.default.createFile(atPath: log.path, contents: nil), let errors = try? FileHandle(forWritingTo: log) else {
            throw .engineFailed(format: format, message: "cannot write to the temporary folder \(folder.path).")
        }
        defer { try? errors.close() }
        process.standardError = errors
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do { try process.run() } catch {
            throw .engineFailed(format: format, message: "cannot start \(executable): \(error.localizedDescription)")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
            throw .engineFailed(format: format, message: "\(executable) did not finish within \(Int(timeout)) seconds and was stopped.")
        }
        guard process.terminationStatus == 0 else {
            let written = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let lines = written.split(separator: "\n").suffix(5).joined(separator: "\n")
            throw .engineFailed(format: format, message: "\(executable) failed (status \(process.terminationStatus)):\n\(lines)")
        }
    }
}

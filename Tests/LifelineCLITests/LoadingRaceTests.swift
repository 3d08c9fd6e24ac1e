import Foundation
import Testing

/// The templates parse on a Dispatch worker while the data loads and the analysis runs on the calling thread. The
/// first version kept the parsing closure alive a moment after it signalled, and `withoutActuallyEscaping` trapped:
/// about one failed build in twenty ended with "Illegal instruction" instead of its located error.
@Suite struct LoadingRaceTests {
    @Test func aRefusedDataFileEndsWithItsErrorEveryTimeRegressionForAnEscapedClosure() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml")
        try "sources: [\n".write(to: broken, atomically: true, encoding: .utf8)
        for _ in 0..<40 {
            let result = try CLI.run(["validate", "--data", broken.path])
            #expect(result.status == 1, "\(result.stderr)")
            #expect(result.stderr.hasPrefix(broken.path + ":2:1: error: "))
        }
    }
}

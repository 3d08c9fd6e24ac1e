import Foundation
import Testing

/// ARCHITECTURE.md is a newcomer's map: every file and folder it names must exist, so that a move or a rename
/// that forgets the map fails here instead of sending a reader to a file that is gone.
@Suite struct ArchitectureDocumentTests {
    /// The repository paths the document names in backticks (`Sources/…`, `Templates/…`, `Package.swift`, …).
    static func namedPaths(in text: String) -> [String] {
        let roots = ["Sources/", "Templates/", "Tests/", "Plugins/", "Output/", "Benchmarks/", "Fuzz/", "Package.swift", "README.md"]
        var paths: [String] = []
        for piece in text.split(separator: "`", omittingEmptySubsequences: false).enumerated() where piece.offset % 2 == 1 {
            let candidate = String(piece.element)
            if roots.contains(where: { candidate.hasPrefix($0) }), !candidate.contains(" ") { paths.append(candidate) }
        }
        return paths
    }

    @Test func everyPathTheArchitectureDocumentNamesExists() throws {
        let document = CLI.repository.appendingPathComponent("ARCHITECTURE.md")
        let text = try String(contentsOf: document, encoding: .utf8)
        let paths = Self.namedPaths(in: text)
        #expect(paths.count >= 20, "the map names the files of the pipeline")
        let missing = paths.filter { !FileManager.default.fileExists(atPath: CLI.repository.appendingPathComponent($0).path) }
        #expect(missing.isEmpty, "ARCHITECTURE.md names paths that do not exist: \(missing.joined(separator: ", "))")
    }

    @Test func theReadmeLinksTheArchitectureDocument() throws {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("(ARCHITECTURE.md)"))
    }

    @Test func aPathThatIsGoneIsNoticed() {
        let paths = Self.namedPaths(in: "see `Sources/Nowhere/Gone.swift` and `Templates/report.css`, not `a b`")
        #expect(paths == ["Sources/Nowhere/Gone.swift", "Templates/report.css"])
        #expect(!FileManager.default.fileExists(atPath: CLI.repository.appendingPathComponent(paths[0]).path))
    }
}

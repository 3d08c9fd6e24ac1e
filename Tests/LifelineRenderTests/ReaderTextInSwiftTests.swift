import Foundation
import LifelineAnalysis
import LifelineData
import Testing

/// Every sentence a reader sees comes from `Templates/` or the data: Swift under Sources/LifelineAnalysis and
/// Sources/LifelineRender holds no prose, and Render names no figure of the default registry.
@Suite struct ReaderTextInSwiftTests {
    /// The package's root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Files whose literals speak to the CLI user or the developer (errors, hints, diagnostics), not to a reader.
    static let messageFiles: Set<String> = [
        "AnalysisError.swift", "InputError.swift", "RenderError.swift", "OutputError.swift", "OutputFolder.swift", "Rasterizer.swift",
        "PublishError.swift",
        "TemplateChecker.swift", "TemplateRenderer.swift", "TemplateScope.swift", "ChartDeclaration+Checks.swift",
        "TemplateDeclaration+Checks.swift",
        "StreamingHistogram.swift", "Dimension.swift", "OutputDiff.swift", "OutputDiff+Summary.swift",
    ]
    /// Lines whose literals speak to the CLI user (errors and their hints), not to a reader.
    static let cliMarkers = [
        "throw ", ".analysis(", "invalidOption", "Diagnostic(", "message:", "hint:", "reason:", "precondition", "fatalError", "model:",
        "let label =", "Label =", "chinaLabel", "surveyLabel", "let message", "problems.append", "report(", "needed:",
    ]

    /// Each string literal on `line` (single-line literals only), with interpolations `\(…)` left out.
    static func literals(in line: String) -> [String] {
        var found: [String] = []
        var current: String?
        var escaped = false
        var depth = 0  // inside an interpolation
        for character in line {
            guard var text = current else {
                if character == "\"" { current = "" }
                continue
            }
            if depth > 0 {
                if character == "(" { depth += 1 } else if character == ")" { depth -= 1 }
                continue
            }
            if escaped {
                escaped = false
                if character == "(" { depth = 1 } else { text.append(character) }
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                found.append(text)
                current = nil
                continue
            } else {
                text.append(character)
            }
            current = text
        }
        return found
    }

    /// Whether `literal` reads like prose: three or more words of letters separated by spaces.
    static func isProse(_ literal: String) -> Bool {
        let words = literal.split(separator: " ").filter { word in word.contains { $0.isLetter } }
        guard words.count >= 3 else { return false }
        // Markup and CSS are not prose.
        return !literal.contains("<") && !literal.contains("{") && !literal.contains("=\\\"")
    }

    /// The Swift files of a module.
    static func swiftFiles(_ module: String) -> [URL] {
        let folder = root.appendingPathComponent("Sources/\(module)")
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    @Test("no reader's sentence remains in Swift under LifelineAnalysis and LifelineRender")
    func noReaderSentenceInSwift() throws {
        var offenders: [String] = []
        for file in Self.swiftFiles("LifelineAnalysis") + Self.swiftFiles("LifelineRender")
        where !file.path.contains("/Language/") && !Self.messageFiles.contains(file.lastPathComponent) {
            let lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
            for (number, line) in lines.enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") || Self.cliMarkers.contains(where: code.contains) { continue }
                for literal in Self.literals(in: code) where Self.isProse(literal) {
                    offenders.append("\(file.lastPathComponent):\(number + 1): \"\(literal)\"")
                }
            }
        }
        #expect(offenders.isEmpty, "move these words into Templates/: \(offenders.joined(separator: "\n"))")
    }

    @Test("no figure id of the default registry is a string literal in LifelineRender")
    func noFigureIDInRender() throws {
        let ids = Set(try Registry.embedded().figures.map(\.id))
        var offenders: [String] = []
        for file in Self.swiftFiles("LifelineRender") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for literal in Self.literals(in: text.replacingOccurrences(of: "\n", with: " ")) where ids.contains(literal) {
                offenders.append("\(file.lastPathComponent): \"\(literal)\"")
            }
        }
        #expect(offenders.isEmpty, "name figures in the templates or the data, not in Swift: \(offenders)")
    }

    @Test("no model id of the default project is a string literal in LifelineRender's charts")
    func noModelIDInCharts() throws {
        let registry = try Registry.embedded()
        let analysis = try Analysis.run(registry: registry, options: AnalysisOptions(draws: 1_000))
        // The declared models and those the analysis adds (the pooled fees).
        let ids = Set(registry.declarations.models.map(\.id) + analysis.models.map(\.id))
        #expect(ids.contains("sk-gross-flow"))
        var offenders: [String] = []
        for file in Self.swiftFiles("LifelineRender") where file.path.contains("/Charts/") {
            let text = try String(contentsOf: file, encoding: .utf8)
            for literal in Self.literals(in: text.replacingOccurrences(of: "\n", with: " ")) where ids.contains(literal) {
                offenders.append("\(file.lastPathComponent): \"\(literal)\"")
            }
        }
        #expect(offenders.isEmpty, "name models in the chart templates (`model:`), not in Swift: \(offenders)")
    }

    /// Every Swift file under Sources/, in every module and the command.
    static func allSourceFiles() -> [URL] {
        let folder = root.appendingPathComponent("Sources")
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }.sorted { $0.path < $1.path }
    }

    @Test("no figure, model, pool, parameter, comparison or assumption id of the default data is a string literal under Sources/")
    func noDataIDAnywhereInSources() throws {
        let registry = try Registry.embedded()
        let declarations = registry.declarations
        let ids = Set(
            registry.figures.map(\.id) + declarations.models.map(\.id) + declarations.pools.map(\.id)
                + declarations.parameters.map(\.id) + declarations.comparisons.map(\.id) + declarations.assumptions.map(\.id))
        #expect(ids.contains("sk-gross-flow") && ids.contains("broker-fee-pooled") && ids.contains("survey-applies-today"))
        var offenders: [String] = []
        let files = Self.allSourceFiles()
        #expect(files.contains { $0.path.hasSuffix("Sources/lifeline/SimulateCommand.swift") })
        for file in files {
            // Code only: a doc comment's example is not a literal the program holds.
            let code = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: " ")
            for literal in Self.literals(in: code)
            where ids.contains(literal) {
                offenders.append("\(file.lastPathComponent): \"\(literal)\"")
            }
        }
        #expect(offenders.isEmpty, "name the data's ids in the data or the templates, not in Swift: \(offenders)")
    }
}

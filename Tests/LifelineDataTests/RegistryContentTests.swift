import Foundation
import Testing

@testable import LifelineData

/// The archived articles the quotes are checked against: `LIFELINE_ARCHIVE` when set, else `../shared/sources`;
/// a relative path is taken from the repository's top folder (found from this file, as the tests' working
/// folder is not known).
enum ArchiveFolder {
    /// The folder, resolved.
    static let path: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let setting = ProcessInfo.processInfo.environment["LIFELINE_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 }
        return URL(fileURLWithPath: setting ?? "../shared/sources", relativeTo: root).standardizedFileURL.path
    }()
    /// Whether the folder exists: without it the archive tests are skipped, with this reason.
    static let isPresent = FileManager.default.fileExists(atPath: path)
    /// Why the archive tests were skipped.
    static let absent: Comment = "no archived articles at \(path); set LIFELINE_ARCHIVE to their folder"
}

extension Tag {
    /// Reads the archived articles (`ArchiveFolder`): skipped without them, and CI fails if one is skipped there.
    @Tag static var archive: Self
}

@Suite struct RegistryContentTests {
    @Test func embeddedRegistryLoads() throws {
        let registry = try Registry.embedded()
        #expect(registry.sources.count >= 6)
        #expect(registry.figures.count >= 25)
    }

    @Test func everyFigureCitesAnExistingSourceAndHasAQuote() throws {
        let registry = try Registry.embedded()
        for figure in registry.figures {
            #expect(registry.source(figure.source) != nil, "\(figure.id)")
            #expect(figure.quote.count >= 10, "\(figure.id)")
            #expect(!figure.measures.isEmpty, "\(figure.id)")
        }
    }

    @Test func everySourceHasAnArchiveAndADateNote() throws {
        for source in try Registry.embedded().sources {
            #expect(source.archive != nil, "\(source.id)")
            #expect(!source.dateNote.isEmpty, "\(source.id)")
        }
    }

    @Test(.tags(.archive), .enabled(if: ArchiveFolder.isPresent, ArchiveFolder.absent))
    func everyQuoteOccursVerbatimInItsArticle() throws {
        let registry = try Registry.embedded()
        let report = QuoteChecker.verify(registry, archiveFolder: ArchiveFolder.path)
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description).joined(separator: "\n"))")
        #expect(report.notes.isEmpty, "\(report.notes)")
        #expect(report.verified.count == registry.figures.count)
    }

    @Test func theFiguresTheModelsNeedArePresent() throws {
        let registry = try Registry.embedded()
        #expect(registry.figure("sk-defector-population")?.value == .point(34000))
        #expect(registry.figure("sk-share-sending")?.value == .range(low: 0.2, high: 0.6))
        #expect(registry.figure("sk-transfer-amount")?.value == .range(low: 2200, high: 3100))
        #expect(registry.figure("sk-transfers-per-year")?.distribution == .discrete)
        #expect(registry.figure("sdg-10c-cost-target")?.value == .point(0.03))
    }
}

import Foundation
import LifelineAnalysis
import LifelineRender

/// A project's templates, read and parsed ahead by the thread that parsed the command line, which would otherwise
/// wait while this one reads the data (see ``Lifeline/parseReadingAhead(_:)``); the build takes them when it fills
/// templates from the same place, and otherwise reads its own.
final class TemplatesAhead: @unchecked Sendable {
    private let lock = NSLock()
    /// Where the templates come from (nil: the embedded ones), and their reading.
    private var prepared: (folder: String?, reading: ClaimableWork<Result<ParsedTemplates, any Error>>)?

    /// Prepares the reading of `project`'s templates, for ``run()`` or ``take(from:)``, whichever comes first.
    func prepare(_ project: ProjectOptions) {
        let reading = ClaimableWork { Result { () throws -> ParsedTemplates in try ParsedTemplates(try project.loadTemplates()) } }
        lock.withLock { prepared = (project.templatesPath, reading) }
    }

    /// Reads and parses the prepared templates on this thread, unless a build has taken them already.
    func run() {
        lock.withLock { prepared }?.reading.runIfUnclaimed()
    }

    /// The templates read ahead from `folder` (nil: the embedded ones), waiting for their parse or doing it here if
    /// it has not started; nil when none were prepared from there.
    func take(from folder: String?) -> Result<ParsedTemplates, any Error>? {
        guard let prepared = lock.withLock({ prepared }), prepared.folder == folder else { return nil }
        return prepared.reading.result()
    }
}

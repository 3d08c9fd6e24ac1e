import ArgumentParser
import Foundation
import LifelineRender

/// `lifeline diff OLD NEW`: what moved between two output folders, as `build --check` prints it.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what moved between two output folders: figures, model results, sentences of report.md, charts, files.",
        discussion: """
            OLD and NEW are folders that `lifeline build --out` wrote (e.g. the Output/ of the main branch and of a \
            pull request). The summary lists the inputs that changed (seed, draws, date, version, the SHA-256 of \
            the data, templates and archives, from each folder's manifest.json), the figures whose value changed \
            (id, old → new, at their data file and line), the model results that moved (id, statistic, old → new, \
            rounded as the report rounds them), the sentences of report.md that changed (word by word: [-old-]{+new+}), \
            the charts whose drawing changed, and every file that was changed, added or removed. Long lists end with \
            "… and N more".

            Exit codes: 0 the folders are identical; 1 they differ (or one cannot be read).
            """)

    @Argument(help: ArgumentHelp("The earlier output folder.", valueName: "old"))
    var old: String

    @Argument(help: ArgumentHelp("The later output folder.", valueName: "new"))
    var new: String

    func run() throws {
        for folder in [old, new] where !FileManager.default.fileExists(atPath: folder) {
            throw OutputError.notReadable(path: folder, reason: "no such folder")
        }
        let diff = OutputDiff(old: try OutputSnapshot.read(folder: old), new: try OutputSnapshot.read(folder: new))
        guard !diff.isEmpty else {
            print("\(old) and \(new) are identical.")
            return
        }
        print("\(old) → \(new): \(diff.files.count) file(s) differ.\n" + diff.summary(), terminator: "")
        throw ExitCode(1)
    }
}

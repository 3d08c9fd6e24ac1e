import ArgumentParser
import Foundation
import LifelineData
import LifelineRender

/// `lifeline init DIR`: a starter project with a copy of the default data and templates.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a starter project: a copy of the default data file and templates.",
        discussion: """
            DIR gets data.yaml and Templates/. Run `lifeline build` inside DIR and it uses them, writing DIR/Output. \
            Existing files are never overwritten: init refuses a folder that already has data.yaml or Templates/.
            """)

    @Argument(help: ArgumentHelp("The folder to create or fill.", valueName: "dir"))
    var directory: String

    func run() throws {
        let manager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        let data = root.appendingPathComponent(ProjectOptions.projectDataFile)
        let templates = root.appendingPathComponent(ProjectOptions.projectTemplates)
        for existing in [data, templates] where manager.fileExists(atPath: existing.path) {
            Lifeline.fail("\(existing.path): error: already exists. Choose another folder, or move it away first; init never overwrites.")
        }
        do {
            try manager.createDirectory(at: templates, withIntermediateDirectories: true)
            try Data(Registry.starterText.utf8).write(to: data)
            for (name, text) in TemplateSet.embedded.files.sorted(by: { $0.key < $1.key }) {
                try Data(text.utf8).write(to: templates.appendingPathComponent(name))
            }
            for (name, bytes) in TemplateSet.embedded.referenceDocuments.sorted(by: { $0.key < $1.key }) {
                try bytes.write(to: templates.appendingPathComponent(name))
            }
        } catch {
            Lifeline.fail("\(directory): error: cannot write the project (\(error.localizedDescription)). Choose a writable folder.")
        }
        print(
            """
            Wrote \(data.path) and \(templates.path)/ (\(TemplateSet.embedded.files.count + TemplateSet.embedded.referenceDocuments.count) files).
            Next: cd \(directory) && lifeline validate && lifeline build
            """)
    }
}

import LifelineData
import Mustache

/// Renders the report's templates strictly: a syntax error, a tag whose name does not resolve where it stands,
/// a partial that does not exist, or ready-made markup in double braces is an error naming the template, the
/// line and the name, never an empty string or escaped markup.
struct TemplateRenderer: Sendable {
    let templates: TemplateSet
    private let library: MustacheLibrary
    /// Each template's tags, nested, for the strict check.
    private let trees: [String: [TemplateNode]]
    /// The file each partial name renders: the last of the files with that name, as the library registers them.
    private let partialFiles: [String: String]
    /// What the table templates declare, read once with the templates.
    let tableDeclarations: [TableDeclaration]
    /// What the chart templates declare, read once with the templates.
    let chartDeclarations: [ChartDeclaration]

    /// Parses every template in the set, reporting all syntax errors at once.
    init(templates: TemplateSet) throws(RenderError) {
        _ = MarkdownContentType.registered
        self.templates = templates
        var library = MustacheLibrary()
        var trees: [String: [TemplateNode]] = [:]
        var partialFiles: [String: String] = [:]
        var problems: [Diagnostic] = []
        for (file, text) in templates.files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
            let pragma = Self.pragma(of: file)
            // The pragma stands alone on a line of its own, which Mustache removes; parser errors are shifted back.
            let source = pragma.map { $0 + "\n" + text } ?? text
            do {
                library.register(try MustacheTemplate(string: source), named: Self.partialName(file))
                trees[file] = TemplateNode.tree(of: TemplateScanner.tags(in: text))
                partialFiles[Self.partialName(file)] = file
            } catch let error as MustacheTemplate.ParserError {
                let line = pragma == nil ? error.context.lineNumber : error.context.lineNumber - 1
                problems.append(
                    Diagnostic(
                        file: templates.path(file), line: max(line, 1), column: error.context.columnNumber,
                        message: "template syntax error: \(Self.describe(error.error))",
                        hint: "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}."))
            } catch {
                problems.append(
                    Diagnostic(file: templates.path(file), message: "template syntax error: \(error)", hint: "Fix the template."))
            }
        }
        guard problems.isEmpty else { throw .templateProblems(problems) }
        self.library = library
        self.trees = trees
        self.partialFiles = partialFiles
        tableDeclarations = TableDeclaration.all(in: templates)
        chartDeclarations = ChartDeclaration.all(in: templates)
    }

    /// Renders the template `file` (e.g. `report.md.mustache`) with `context`, after checking every tag of it
    /// and of its partials against the context.
    func render(_ file: String, context: [String: Any]) throws(RenderError) -> String {
        try check(file, context: context)
        return try render(file, checkedContext: context)
    }

    /// Checks that every tag of `file`, and of the partials, parents and blocks it uses, resolves in `context`
    /// where it stands (inside its sections), that every partial exists, and that ready-made markup is placed
    /// with three braces; all problems are reported at once.
    func check(_ file: String, context: [String: Any]) throws(RenderError) {
        var checker = TemplateChecker(templates: templates, trees: trees, partialFiles: partialFiles)
        checker.check(file: file, scope: TemplateScope(root: context))
        guard checker.problems.isEmpty else { throw .templateProblems(checker.problems) }
    }

    /// Renders `file` with a context that has the same names as one `check(_:context:)` accepted (the strict
    /// check walks every template, so a build that renders the same template several times checks it once).
    func render(_ file: String, checkedContext context: [String: Any]) throws(RenderError) -> String {
        guard let output = library.render(context, withTemplate: Self.partialName(file)) else {
            throw .templates(
                Diagnostic(
                    file: templates.path(file), message: "the template `\(file)` is missing",
                    hint: "Add it, or run `lifeline init` for the defaults."))
        }
        return output
    }

    /// The content type a file is rendered in: Markdown escaping for `*.md.mustache`, none for the labels of
    /// `*.txt.mustache` (the chart and table code escapes them), HTML escaping for the rest.
    private static func pragma(of file: String) -> String? {
        if file.hasSuffix(".md.mustache") { return "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}" }
        if file.hasSuffix(".txt.mustache") { return "{{% CONTENT_TYPE: TEXT}}" }
        return nil
    }

    /// `costs.md.mustache` is used as the partial `costs`.
    static func partialName(_ file: String) -> String {
        var name = file
        for suffix in [".mustache", ".md", ".html", ".txt"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .unrecognisedConfigVariable, .invalidConfigVariableSyntax: return "unknown {{% … }} pragma"
        default: return "\(error)"
        }
    }
}

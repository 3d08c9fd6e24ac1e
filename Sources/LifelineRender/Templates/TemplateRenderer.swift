import LifelineData
import Mustache

/// Renders the report's templates strictly: a syntax error, or a tag that names a variable or partial
/// that does not exist, is an error naming the template, the line and the name, never an empty string.
struct TemplateRenderer: Sendable {
    let templates: TemplateSet
    private let library: MustacheLibrary

    /// Parses every template in the set, reporting all syntax errors at once.
    init(templates: TemplateSet) throws(RenderError) {
        _ = MarkdownContentType.registered
        self.templates = templates
        var library = MustacheLibrary()
        var problems: [Diagnostic] = []
        for (file, text) in templates.files.sorted(by: { $0.key < $1.key }) where file.hasSuffix(".mustache") {
            let isMarkdown = file.hasSuffix(".md.mustache")
            // The pragma stands alone on a line of its own, which Mustache removes; parser errors are shifted back.
            let source = isMarkdown ? Self.markdownPragma + "\n" + text : text
            do {
                library.register(try MustacheTemplate(string: source), named: Self.partialName(file))
            } catch let error as MustacheTemplate.ParserError {
                let line = isMarkdown ? error.context.lineNumber - 1 : error.context.lineNumber
                problems.append(Diagnostic(
                    file: templates.path(file), line: max(line, 1), column: error.context.columnNumber,
                    message: "template syntax error: \(Self.describe(error.error))",
                    hint: "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}."))
            } catch {
                problems.append(Diagnostic(file: templates.path(file), message: "template syntax error: \(error)", hint: "Fix the template."))
            }
        }
        guard problems.isEmpty else { throw .templateProblems(problems) }
        self.library = library
    }

    /// Renders the template `file` (e.g. `report.md.mustache`) with `context`, after checking that every
    /// name its tags use, and every partial, exists.
    func render(_ file: String, context: [String: Any]) throws(RenderError) -> String {
        try check(file, context: context)
        return try render(file, checkedContext: context)
    }

    /// Checks that every name the tags of `file` and of its partials use, and every partial, exists in `context`;
    /// all problems are reported at once.
    func check(_ file: String, context: [String: Any]) throws(RenderError) {
        let known = Self.keys(in: context)
        var problems: [Diagnostic] = []
        var visited: Set<String> = []
        check(file, known: known, context: context, problems: &problems, visited: &visited)
        guard problems.isEmpty else { throw .templateProblems(problems) }
    }

    /// Renders `file` with a context that has the same names as one `check(_:context:)` accepted (the strict
    /// check walks every template, so a build that renders the same template several times checks it once).
    func render(_ file: String, checkedContext context: [String: Any]) throws(RenderError) -> String {
        guard let output = library.render(context, withTemplate: Self.partialName(file)) else {
            throw .templates(Diagnostic(file: templates.path(file), message: "the template `\(file)` is missing", hint: "Add it, or run `lifeline init` for the defaults."))
        }
        return output
    }

    private static let markdownPragma = "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}"

    /// `costs.md.mustache` is used as the partial `costs`.
    static func partialName(_ file: String) -> String {
        var name = file
        for suffix in [".mustache", ".md", ".html"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    private func fileName(forPartial partial: String) -> String? {
        templates.files.keys.sorted().first { $0.hasSuffix(".mustache") && Self.partialName($0) == partial }
    }

    private func check(_ file: String, known: Set<String>, context: [String: Any], problems: inout [Diagnostic], visited: inout Set<String>) {
        guard visited.insert(file).inserted, let text = templates.files[file] else { return }
        for tag in TemplateTag.scan(text) {
            switch tag.kind {
            case .partial:
                if let partialFile = fileName(forPartial: tag.name) {
                    check(partialFile, known: known, context: context, problems: &problems, visited: &visited)
                } else {
                    problems.append(Diagnostic(
                        file: templates.path(file), line: tag.line, column: tag.column,
                        message: "the partial `\(tag.name)` does not exist",
                        hint: "Create `\(tag.name).md.mustache` in the templates folder, or correct the name."))
                }
            case .variable:
                let missing = tag.name.split(separator: ".").map(String.init).first { !known.contains($0) }
                if tag.name != ".", let root = missing {
                    let didYouMean = Suggestion.didYouMean(root, in: known.sorted())
                    let topLevel = context.keys.sorted().joined(separator: ", ")
                    problems.append(Diagnostic(
                        file: templates.path(file), line: tag.line, column: tag.column,
                        message: tag.name == root ? "the variable `\(root)` does not exist" : "`\(tag.name)` names `\(root)`, which does not exist",
                        hint: didYouMean + "Top-level variables: \(topLevel)."))
                }
            case .other:
                break
            }
        }
    }

    /// Every key anywhere in the context: a tag may use any of them inside the right section.
    static func keys(in value: Any) -> Set<String> {
        var keys: Set<String> = []
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, child) in dictionary {
                    keys.insert(key)
                    walk(child)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(value)
        return keys
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

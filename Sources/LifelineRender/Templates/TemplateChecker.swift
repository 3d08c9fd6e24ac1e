import LifelineData
import Mustache

/// The strict check: walks a template, and every partial, parent and block it uses, with Mustache's context
/// stack (``TemplateScope``), and reports each tag that would render nothing or the wrong thing: a path that
/// does not resolve where the tag stands, a partial that does not exist, and safe markup in double braces.
struct TemplateChecker {
    /// A block's replacement from a parent tag's caller, with the file that defines it.
    struct Override {
        /// The file the replacement is written in.
        var file: String
        /// The replacement.
        var nodes: [TemplateNode]
        /// Where it is defined, to tell one set of replacements from another.
        var origin: String
    }

    /// The templates, for paths in messages.
    let templates: TemplateSet
    /// Each template's tags, by file name.
    let trees: [String: [TemplateNode]]
    /// The file each partial name renders (the one swift-mustache registers under that name).
    let partialFiles: [String: String]
    /// Every problem found, in the order met, each once.
    private(set) var problems: [Diagnostic] = []
    private var reported: Set<String> = []
    /// Templates already checked, with the stack and block replacements they were checked under.
    private var checked: Set<String> = []

    /// How deep partials may include partials: a template that includes itself with ever more sections
    /// entered never ends rendering either.
    static let maximumDepth = 64

    /// A checker for `trees`, parsed from `templates`.
    init(templates: TemplateSet, trees: [String: [TemplateNode]], partialFiles: [String: String]) {
        self.templates = templates
        self.trees = trees
        self.partialFiles = partialFiles
    }

    /// Checks `file` rendered with `scope` as its stack.
    mutating func check(file: String, scope: TemplateScope, overrides: [String: Override] = [:], depth: Int = 0) {
        let key = [file, scope.signature, overrides.keys.sorted().map { "\($0)=\(overrides[$0]!.origin)" }.joined(separator: ",")].joined(
            separator: "\u{0}")
        guard checked.insert(key).inserted, let nodes = trees[file] else { return }
        check(nodes, in: file, scope: scope, overrides: overrides, depth: depth)
    }

    private mutating func check(_ nodes: [TemplateNode], in file: String, scope: TemplateScope, overrides: [String: Override], depth: Int) {
        for node in nodes {
            switch node {
            case .value(let tag):
                guard case .found(let value) = resolve(tag, in: file, scope: scope) else { continue }
                if tag.kind == .variable, value is SafeMarkup { report(safeMarkup: tag, in: file) }
                if tag.transforms.isEmpty, let group = value as? [String: Any] { report(group: tag, holding: group, in: file) }
                if tag.transforms.isEmpty, TemplateScope.elements(of: value) != nil, !(value is String) { report(list: tag, in: file) }
            case .section(let tag, let body):
                for inner in sectionScopes(tag, in: file, scope: scope) {
                    check(body, in: file, scope: inner, overrides: overrides, depth: depth)
                }
            case .partial(let tag), .parent(let tag, _):
                guard let partial = partialFile(tag, in: file, scope: scope) else { continue }
                guard depth < Self.maximumDepth else {
                    report(
                        tag, in: file, "the partial `\(tag.name)` includes itself without end",
                        hint: "Include it inside a section whose list or value ends, or remove the inclusion.")
                    continue
                }
                var inherited = overrides
                if case .parent(_, let blocks) = node {
                    for (name, nodes) in blocks where inherited[name] == nil {
                        inherited[name] = Override(file: file, nodes: nodes, origin: "\(file):\(tag.line):\(tag.column)")
                    }
                }
                check(file: partial, scope: scope, overrides: inherited, depth: depth + 1)
            case .block(let tag, let body):
                if let override = overrides[tag.name] {
                    check(override.nodes, in: override.file, scope: scope, overrides: overrides, depth: depth)
                } else {
                    check(body, in: file, scope: scope, overrides: overrides, depth: depth)
                }
            }
        }
    }

    /// The stacks a section's body renders with: the same stack for a boolean or an inverted section, one per
    /// shape of element for a list, the value entered otherwise, and an unknown frame where nothing renders.
    private mutating func sectionScopes(_ tag: TemplateTag, in file: String, scope: TemplateScope) -> [TemplateScope] {
        let resolution = resolve(tag, in: file, scope: scope)
        if tag.kind == .inverted { return [scope] }
        guard case .found(let value) = resolution else { return [scope.entering(nil, path: tag.name)] }
        if let elements = TemplateScope.elements(of: value) {
            guard !elements.isEmpty else { return [scope.entering(nil, path: tag.name)] }
            var shapes: Set<String> = []
            return elements.indices.compactMap { index in
                shapes.insert(TemplateScope.shape(of: elements[index])).inserted
                    ? scope.entering(elements[index], path: "\(tag.name)#\(index)") : nil
            }
        }
        if value is Bool { return [scope] }
        let isNull =
            (value as? MustacheCustomRenderable)?.isNull == true
            || (value as? MustacheCustomRepresentation).map { $0.representation == nil } == true
        if value is MustacheLambda || isNull {
            return [scope.entering(nil, path: tag.name)]
        }
        return [scope.entering(value, path: tag.name)]
    }

    /// Resolves a value or section tag, applying its transforms, and reports a path that does not resolve.
    private mutating func resolve(_ tag: TemplateTag, in file: String, scope: TemplateScope) -> TemplateScope.Resolution {
        // `{{first()}}` and the like ask about the list being rendered, which the check does not model.
        if tag.name.isEmpty, !tag.transforms.isEmpty { return .unknown }
        let resolution = scope.resolve(tag.name)
        switch resolution {
        case .missing(let resolved, let missing):
            report(missing: tag, resolved: resolved, part: missing, in: file, scope: scope)
            return resolution
        case .unknown:
            return resolution
        case .found(var value):
            for transform in tag.transforms.reversed() {
                if let custom = value as? MustacheCustomRepresentation, let represented = custom.representation { value = represented }
                guard let transformable = value as? MustacheTransformable, let result = transformable.transform(transform) else {
                    report(
                        tag, in: file, "the transform `\(transform)` does not apply to the value of `\(tag.name)`",
                        hint: "Remove it, or use a transform swift-mustache offers for this kind of value.")
                    return .unknown
                }
                value = result
            }
            return .found(value)
        }
    }

    /// The file a partial or parent tag renders, or nil after reporting why there is none.
    private mutating func partialFile(_ tag: TemplateTag, in file: String, scope: TemplateScope) -> String? {
        var name = tag.name
        if tag.kind == .partial(dynamic: true) || tag.kind == .parent(dynamic: true) {
            switch scope.resolve(name) {
            case .unknown: return nil
            case .missing(let resolved, let missing):
                report(missing: tag, resolved: resolved, part: missing, in: file, scope: scope)
                return nil
            case .found(let value):
                guard let named = value as? String else {
                    report(
                        tag, in: file, "`\(tag.name)` names the partial to include, but its value is not text",
                        hint: "Give `\(tag.name)` the name of a template, e.g. `costs` for `costs.md.mustache`.")
                    return nil
                }
                name = named
            }
        }
        if let partial = partialFiles[name] { return partial }
        let partials = partialFiles.keys.sorted()
        if name == tag.name {
            let suffix = [".html.mustache", ".txt.mustache"].first { file.hasSuffix($0) } ?? ".md.mustache"
            report(
                tag, in: file, "the partial `\(name)` does not exist",
                hint: Suggestion.didYouMean(name, in: partials) + "Create `\(name)\(suffix)` in the templates folder, or correct the name.")
        } else {
            report(
                tag, in: file, "the partial `\(name)` (the value of `\(tag.name)`) does not exist",
                hint: "Give `\(tag.name)` the name of a template: \(Self.listing(partials)).")
        }
        return nil
    }

    // MARK: - Messages

    private mutating func report(missing tag: TemplateTag, resolved: [String], part: String, in file: String, scope: TemplateScope) {
        let message: String
        if resolved.isEmpty {
            message = tag.name == part ? "the variable `\(part)` does not exist" : "`\(tag.name)` names `\(part)`, which does not exist"
        } else {
            message = "`\(tag.name)` names `\(part)` in `\(resolved.joined(separator: "."))`, which does not exist"
        }
        var hint = Suggestion.didYouMean(tag.name, in: scope.candidatePaths())
        if !resolved.isEmpty, case .found(let parent) = scope.resolve((tag.name.first == "." ? "." : "") + resolved.joined(separator: ".")),
            let dictionary = parent as? [String: Any]
        {
            hint += "`\(resolved.joined(separator: "."))` holds: \(Self.listing(dictionary.keys.sorted()))."
        } else {
            if let local = scope.localNames { hint += "Names in this section: \(Self.listing(local)). " }
            hint += "Top-level variables: \(Self.listing(scope.topLevelNames))."
        }
        report(tag, in: file, message, hint: hint)
    }

    private mutating func report(safeMarkup tag: TemplateTag, in file: String) {
        let (open, close) = tag.delimiters
        let fix =
            open == "{{" && close == "}}"
            ? "three braces: `{{{\(tag.spelledName)}}}`" : "an ampersand: `\(open)&\(tag.spelledName)\(close)`"
        report(
            tag, in: file,
            "`\(tag.name)` is ready-made markup (a citation, link, table or chart), which double braces print as escaped text",
            hint: "Write it with \(fix).")
    }

    private mutating func report(group tag: TemplateTag, holding group: [String: Any], in file: String) {
        report(
            tag, in: file, "`\(tag.name)` is a group of values, which a tag would print as program text",
            hint:
                "Name one of its values, e.g. `\(tag.name).\(group.keys.sorted().first ?? "…")`; it holds: \(Self.listing(group.keys.sorted()))."
        )
    }

    private mutating func report(list tag: TemplateTag, in file: String) {
        let (open, close) = tag.delimiters
        report(
            tag, in: file, "`\(tag.name)` is a list, which a tag would print as program text",
            hint: "Repeat over it with a section: `\(open)#\(tag.name)\(close)` … `\(open)/\(tag.name)\(close)`.")
    }

    private mutating func report(_ tag: TemplateTag, in file: String, _ message: String, hint: String) {
        let diagnostic = Diagnostic(file: templates.path(file), line: tag.line, column: tag.column, message: message, hint: hint)
        guard reported.insert(diagnostic.description).inserted else { return }
        problems.append(diagnostic)
    }

    /// `a, b, c` — or the first twelve and how many more.
    private static func listing(_ names: [String]) -> String {
        names.count <= 12 ? names.joined(separator: ", ") : names.prefix(12).joined(separator: ", ") + " and \(names.count - 12) more"
    }
}

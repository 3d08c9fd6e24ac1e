/// A Mustache tag found in a template's text, with its position and the delimiters in force where it stands,
/// for strict checking. ``TemplateScanner`` finds the tags; ``TemplateNode`` nests them.
struct TemplateTag: Sendable {
    /// What the tag does.
    enum Kind: Equatable, Sendable {
        /// `{{x}}`: the value, escaped.
        case variable
        /// `{{{x}}}` or `{{&x}}`: the value as it is.
        case unescaped
        /// `{{#x}}`: a section.
        case section
        /// `{{^x}}`: an inverted section.
        case inverted
        /// `{{/x}}`: the end of a section, parent or block.
        case close
        /// `{{>x}}`, or `{{>*x}}` when `dynamic`: a partial.
        case partial(dynamic: Bool)
        /// `{{<x}}`, or `{{<*x}}` when `dynamic`: a parent partial whose blocks the tags up to `{{/x}}` replace.
        case parent(dynamic: Bool)
        /// `{{$x}}`: a block, replaceable by a parent's caller.
        case block
    }

    /// What the tag does.
    var kind: Kind
    /// The name, e.g. `model.sk-gross-flow.median`, without transforms.
    var name: String
    /// Transforms applied to the value, innermost last, as swift-mustache lists them: `{{a(b(x))}}` is `["a", "b"]`.
    var transforms: [String] = []
    /// 1-based line (counted at each line feed) of the tag's opening delimiter.
    var line: Int
    /// 1-based column, in characters from the start of the line, of the tag's opening delimiter.
    var column: Int
    /// The delimiters in force where the tag stands, for hints: `{{` and `}}` unless a `{{=… …=}}` tag changed them.
    var delimiters = ("{{", "}}")

    /// The name with its transforms as the template writes them, e.g. `uppercased(name)`.
    var spelledName: String {
        transforms.reversed().reduce(name) { inner, transform in "\(transform)(\(inner))" }
    }
}

/// What a chart's or table's `kind:` line can name, and the declaration lines each kind reads.
protocol DeclaredKind: RawRepresentable<String>, CaseIterable, Sendable {
    /// The declaration lines of the template.
    associatedtype Key: RawRepresentable<String>, CaseIterable, Hashable, Sendable
    /// How messages name the template: `chart` or `table`.
    static var noun: String { get }
    /// What the template does with what it names, for hints: `draws` or `shows`.
    static var verb: String { get }
    /// The start of the template's file name: `chart-` or `table-`.
    static var filePrefix: String { get }
    /// The line that names the kind.
    static var kindKey: Key { get }
    /// The lines this kind must have.
    var required: Set<Key> { get }
    /// The lines this kind reads (besides `kind:`).
    var allowed: Set<Key> { get }
    /// Lines of which this kind needs at least one (empty when it needs none this way).
    var needsOneOf: [Key] { get }
}

extension DeclaredKind {
    /// No alternatives by default.
    var needsOneOf: [Key] { [] }
}

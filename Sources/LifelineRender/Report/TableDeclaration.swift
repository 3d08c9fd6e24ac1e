/// What a table shows, read from its template `table-NAME.txt.mustache`: plain-text lines such as `kind: models`,
/// `models: sk-gross-flow, sk-survey-flow` and `statistic: median` (see ``TemplateDeclaration``). The same file's
/// other lines are the table's words. A section template places it by its name in camel case, `NAMETable`.
typealias TableDeclaration = TemplateDeclaration<TableKind>

/// A table declaration line's name.
enum TableKey: String, CaseIterable, Sendable {
    /// What the table shows (``TableKind``).
    case kind
    /// The models of a `models` table, one row each, in this order.
    case models
    /// The statistic a `models` table gives beside each model's 90% interval (``TableStatistic``).
    case statistic
    /// The figures of a `figures` table, one row each, in this order.
    case figures
}

extension TableDeclaration {
    /// The statistic a `models` table gives: the declared one, the median when none is declared.
    var statistic: TableStatistic { reference(.statistic).flatMap { TableStatistic(rawValue: $0.id) } ?? .median }
}

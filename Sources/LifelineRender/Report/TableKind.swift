/// What a table shows, as its template's `kind:` line names it.
enum TableKind: String, DeclaredKind {
    /// One row per model of `models:`: its name, its computed kind, the `statistic:`, its 90% interval and sources.
    case models
    /// One row per figure of `figures:`: its source's publisher, its value, year and what it measures.
    case figures
    /// Every figure of the data with the sentence that supports it.
    case allFigures = "all-figures"
    /// Every simulated input of every model: its figure, distribution and 90% interval.
    case inputs
    /// Every model's definition: its name (the anchor `model-ID` that model results in the prose link to), its kind,
    /// its formula with inputs by name, and its sources.
    case formulas
    /// Every assumption no source supports.
    case assumptions
    /// Every source: who published it and when, how many of its figures the models read, and the data's
    /// assessment of it.
    case sources

    /// Its declaration lines.
    typealias Key = TableKey
    /// How messages name a table.
    static let noun = "table"
    /// What a table does with what it names.
    static let verb = "shows"
    /// The start of a table template's file name.
    static let filePrefix = "table-"
    /// The line that names the kind.
    static let kindKey = TableKey.kind

    /// The declaration lines this kind must have.
    var required: Set<TableDeclaration.Key> {
        switch self {
        case .models: [.models]
        case .figures: [.figures]
        case .allFigures, .inputs, .formulas, .assumptions, .sources: []
        }
    }

    /// The declaration lines this kind reads (besides `kind:`).
    var allowed: Set<TableDeclaration.Key> {
        switch self {
        case .models: [.models, .statistic]
        case .figures: [.figures]
        case .allFigures, .inputs, .formulas, .assumptions, .sources: []
        }
    }
}

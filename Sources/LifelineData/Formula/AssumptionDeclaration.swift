/// An assumption declared in the data that is a statement rather than a number (e.g. that a survey's shares apply
/// to today's population). An assumption of the whole method (`about: method`: inputs drawn independently) is
/// about no id: it is listed with the others and makes no result a scenario. Every model that reaches one of the
/// ids it is ``about`` carries it and is a scenario.
public struct AssumptionDeclaration: Sendable, Equatable {
    /// Its id, unique among assumptions, e.g. `survey-applies-today`.
    public var id: String
    /// The short name the assumptions table shows.
    public var name: String
    /// The text the table's value column shows; templates show their own word when the data gives none.
    public var value: String?
    /// What is assumed, and why it is needed.
    public var why: String
    /// The figures, parameters or pools it concerns, each where it is written; empty for an assumption of the
    /// whole method.
    public var about: [DeclaredReference]
    /// Whether it is an assumption of the whole method (`about: method`), about no single id.
    public var isMethod: Bool { about.isEmpty }
    /// Where the declaration starts in its data file.
    public var position: TextPosition

    /// Creates a declaration.
    public init(
        id: String, name: String, value: String? = nil, why: String, about: [DeclaredReference], position: TextPosition
    ) {
        self.id = id
        self.name = name
        self.value = value
        self.why = why
        self.about = about
        self.position = position
    }
}

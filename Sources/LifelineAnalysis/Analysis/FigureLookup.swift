import LifelineData

/// Looks figures up by id for a named model, checking unit and range (``MeasureUnit/problem(with:)``, the rule the
/// loader reports too, here for registries built in code), and turns them into model inputs.
struct FigureLookup {
    let registry: Registry

    /// The figure `id`, which `model` needs in one of `units`.
    func require(_ id: String, model: String, units: [MeasureUnit]) throws(AnalysisError) -> Figure {
        guard let figure = registry.figure(id) else { throw .missingFigure(id: id, model: model) }
        guard units.contains(figure.unit) else {
            throw .wrongUnit(id: id, model: model, expected: units, found: figure.unit)
        }
        switch figure.unit.problem(with: figure.value) {
        case .shareOutsideZeroToOne?:
            throw .shareOutOfRange(id: id, model: model, low: figure.value.low, high: figure.value.high)
        case .negative?:
            throw .invalidOption(
                name: "figure \(id)", value: "\(figure.value.low)",
                reason: "a \(figure.unit.rawValue) figure cannot be negative; correct it in the data file")
        case nil:
            return figure
        }
    }

    /// The figure `id` as a model input named `name`.
    func input(_ id: String, name: String, model: String, units: [MeasureUnit]) throws(AnalysisError) -> ModelInput {
        let figure = try require(id, model: model, units: units)
        return ModelInput(
            name: name, figureID: id, unit: figure.unit.rawValue, distribution: InputDistribution(figure: figure),
            sourced: true)
    }

    /// The figure `id` when the data has it (for figures a model cites but does not compute with).
    func optional(_ id: String) -> Figure? { registry.figure(id) }
}

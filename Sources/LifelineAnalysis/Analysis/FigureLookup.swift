import LifelineData

/// Looks figures up by id for a named model, checking the unit, and turns them into model inputs. Signs and share
/// ranges are checked once, where the data file is read (`NodeReader`).
struct FigureLookup {
    let registry: Registry

    /// The figure `id`, which `model` needs in one of `units`.
    func require(_ id: String, model: String, units: [MeasureUnit]) throws(AnalysisError) -> Figure {
        guard let figure = registry.figure(id) else { throw .missingFigure(id: id, model: model) }
        guard units.contains(figure.unit) else {
            throw .wrongUnit(id: id, model: model, expected: units, found: figure.unit)
        }
        return figure
    }

    /// The figure `id` as a model input named `name`.
    func input(_ id: String, name: String, model: String, units: [MeasureUnit]) throws(AnalysisError) -> ModelInput {
        let figure = try require(id, model: model, units: units)
        return ModelInput(name: name, figureID: id, unit: figure.unit.rawValue, distribution: InputDistribution(figure: figure),
                          sourced: true)
    }

    /// The figure `id` when the data has it (for figures a model cites but does not compute with).
    func optional(_ id: String) -> Figure? { registry.figure(id) }
}

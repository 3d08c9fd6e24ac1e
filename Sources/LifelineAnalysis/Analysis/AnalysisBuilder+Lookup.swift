import LifelineData

extension AnalysisBuilder {
    /// The model result with this id, so far.
    func model(_ id: String) -> ModelResult? { models.first { $0.id == id } }

    /// The model result `id`, which `needed` reads.
    func require(_ id: String, needed: String) throws(AnalysisError) -> ModelResult {
        guard let result = model(id) else { throw .missingDeclaration(id: id, needed: needed) }
        return result
    }
}

import LifelineData

/// Why the analysis could not run. Each message names the problem and tells the user what to do.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The registry has no figure `id`, which the model `model` needs.
    case missingFigure(id: String, model: String)
    /// The figure `id` is in the wrong unit for `model`.
    case wrongUnit(id: String, model: String, expected: [MeasureUnit], found: MeasureUnit)
    /// The figure `id` is a share, but its value lies outside 0…1.
    case shareOutOfRange(id: String, model: String, low: Double, high: Double)
    /// An option has a value the analysis cannot use.
    case invalidOption(name: String, value: String, reason: String)
    /// The data declares no models, so there is nothing to simulate.
    case noModels
    /// The data's models do not compile: every located error, one a line.
    case invalidModels(String)
    /// The data has no model, parameter or pool `id`, which the derived result `needed` reads.
    case missingDeclaration(id: String, needed: String)
    /// The model `id`'s formula is not a product of figures, so it has no hand-written product.
    case notAProduct(id: String)

    /// A message for the user: what is wrong, then what to do.
    public var description: String {
        switch self {
        case .missingFigure(let id, let model):
            return "The data has no figure `\(id)`, which the model \(model) needs. "
                + "Add a figure with `id: \(id)` to the data file (the embedded registry has one: run without --data "
                + "to use it), or correct the id if it is misspelt."
        case .wrongUnit(let id, let model, let expected, let found):
            let names = expected.map { "`\($0.rawValue)`" }.joined(separator: " or ")
            return "The figure `\(id)` is in `\(found.rawValue)`, but the model \(model) needs it in \(names). "
                + "Change its `unit:` (and value) in the data file."
        case .shareOutOfRange(let id, let model, let low, let high):
            return "The figure `\(id)` is a share, but its value (\(low)–\(high)) is outside 0–1, so the model "
                + "\(model) cannot use it. Write shares as fractions: 0.3 for 30 %."
        case .invalidOption(let name, let value, let reason):
            return "The option \(name) cannot be \(value): \(reason)."
        case .noModels:
            return "The data declares no models, so there is nothing to simulate. Add a `models:` section to the data "
                + "file (see the README's model language, or run `lifeline init` for an example)."
        case .invalidModels(let errors):
            return errors
        case .missingDeclaration(let id, let needed):
            return "The data declares no `\(id)`, which \(needed) reads. Declare it in the data file (the embedded "
                + "registry does: run without --data to use it), or correct the id if it is misspelt."
        case .notAProduct(let id):
            return "The model `\(id)` is not a product of figures (`a * b * …`), so it has no hand-written product. "
                + "Name a model whose formula multiplies figures only."
        }
    }
}

import LifelineAnalysis
import LifelineData

extension ReportContext {
    /// Each reading of the data's `readings:` by id: `name`, `draws`, `hasWhy` and `why` (empty when the data gives none),
    /// and `model.ID.median|mean|low|high|interval` for each model it reports, in the words of `model.ID.*`
    /// (`low` and `high` are the 90 % interval's ends).
    static func readingValues(_ readings: [ReadingResult], words: Words) throws(RenderError) -> [String: Any] {
        var values: [String: Any] = [:]
        for reading in readings {
            var models: [String: Any] = [:]
            for model in reading.models {
                let text = { (value: Double) in UnitText.text(value, unit: model.unit) }
                let low = text(model.p5), high = text(model.p95)
                models[model.modelID] = [
                    "median": text(model.median), "mean": text(model.mean), "low": low, "high": high,
                    "interval": try words.interval(low, high),
                ]
            }
            values[reading.id] = [
                "name": reading.name, "hasWhy": reading.why != nil, "why": reading.why ?? "", "model": models,
                "draws": NumberText.grouped(Double(reading.draws)),
            ]
        }
        return values
    }
}

import Foundation

/// Each model's results as the report prints them (rounded by ``UnitText``), read from a build's
/// `data/analysis.json`: what `lifeline diff` compares to say which results moved.
struct ModelStatistics: Equatable {
    /// The file the results are read from.
    static let path = "data/analysis.json"

    /// One model's statistics, by the names templates use (`median`, `mean`, `p5`, `p95`, `lowest`, `highest`), in
    /// that order.
    struct Model: Equatable {
        /// The model's id.
        var id: String
        /// Each statistic's name and its text in the report, e.g. `("median", "USD 48 million")`.
        var statistics: [(name: String, text: String)]

        static func == (left: Model, right: Model) -> Bool {
            left.id == right.id && left.statistics.elementsEqual(right.statistics) { $0 == $1 }
        }
    }

    /// Every model, in the file's order.
    var models: [Model]

    /// The statistics in `analysisJSON`; nil when it is not a build's analysis.
    init?(analysisJSON: Data) {
        guard let file = try? JSONDecoder().decode(File.self, from: analysisJSON) else { return nil }
        models = file.models.map { model in
            var statistics = [
                ("median", model.median), ("mean", model.mean), ("p5", model.p5), ("p95", model.p95),
            ]
            if let bounds = model.bounds { statistics += [("lowest", bounds.low), ("highest", bounds.high)] }
            return Model(id: model.id, statistics: statistics.map { ($0.0, UnitText.text($0.1, unit: model.unit)) })
        }
    }

    /// The part of `analysis.json` read here.
    private struct File: Decodable {
        struct Bounds: Decodable {
            var low: Double
            var high: Double
        }
        struct Entry: Decodable {
            var id: String
            var unit: String
            var median: Double
            var mean: Double
            var p5: Double
            var p95: Double
            var bounds: Bounds?
        }
        var models: [Entry]
    }
}

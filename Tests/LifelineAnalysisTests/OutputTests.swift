import Foundation
import Testing

@testable import LifelineAnalysis

@Suite("JSON and CSV output")
struct OutputTests {
    let result = sharedResult

    @Test("each model's JSON object has its id and mean, median, p5 and p95 in plain units")
    func modelKeys() throws {
        let json = try JSONSerialization.jsonObject(with: result.jsonData()) as! [String: Any]
        let models = json["models"] as! [[String: Any]]
        #expect(models.count == result.models.count)
        let first = models[0]
        #expect(first["id"] as? String == "sk-gross-flow")
        for key in ["mean", "median", "p5", "p95", "p25", "p75", "min", "max", "sd", "histogram", "unit", "kind", "figures"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        #expect((first["mean"] as! Double) > 1e7)  // USD, not millions
        for key in [
            "draws", "seed", "method", "curves", "comparisons", "sensitivity", "assumptions",
        ] {
            #expect(json[key] != nil, "missing \(key)")
        }
        // The split, the counterfactual and the fee sources are the data's models and the templates' figures now.
        for key in ["feeSources", "split", "counterfactual"] { #expect(json[key] == nil, "\(key) is back") }
    }

    @Test("the JSON is deterministic and decodes back to the same result")
    func roundTrip() throws {
        let data = try result.jsonData()
        #expect(try result.jsonData() == data)
        let decoded = try JSONDecoder().decode(AnalysisResult.self, from: data)
        #expect(decoded == result)
    }

    @Test("the CSV has one row per model")
    func csv() {
        let lines = result.csv.split(separator: "\n")
        #expect(lines.first == "id,unit,mean,median,p5,p95")
        #expect(lines.count == result.models.count + 1)
        #expect(lines[1].hasPrefix("sk-gross-flow,USD/year,"))
        #expect(AnalysisResult.csvField("a,b") == "\"a,b\"")
    }
}

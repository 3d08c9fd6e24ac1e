import LifelineData

extension AnalysisBuilder {
    /// Every curve the data declares, in its order: each model of a curve evaluated by `program` at each grid
    /// value with every copy of the curve's input set to that value and every other input where the tornado's
    /// baseline holds it (``InputDistribution/reachableMedian``). The compiler has checked the ids and the grid.
    func curves(_ program: CompiledProgram) throws(AnalysisError) -> [CurveResult] {
        let medians = program.inputs.map(\.distribution.reachableMedian)
        var results: [CurveResult] = []
        for curve in registry.declarations.curves {
            let copies = program.inputIDs.indices.filter { program.inputIDs[$0] == curve.over.id }
            guard let first = copies.first else { throw .missingDeclaration(id: curve.over.id, needed: "the curve `\(curve.id)`") }
            let input = program.inputs[first], distribution = input.distribution
            let over = Interval(
                mean: distribution.mean, p5: distribution.quantile(0.05), median: distribution.quantile(0.5),
                p95: distribution.quantile(0.95))
            /// Every output of the program with every copy of the input at `x`.
            func outputs(at x: Double) -> [Double] {
                var values = medians
                for copy in copies { values[copy] = x }
                return program.evaluate(values)
            }
            let grid = curve.grid.values.map { ($0, outputs(at: $0)) }
            let atMedian = outputs(at: over.median)
            var series: [CurveSeries] = []
            for model in curve.models {
                guard let output = program.output(of: model.id) else {
                    throw .missingDeclaration(id: model.id, needed: "the curve `\(curve.id)`")
                }
                let result = try require(model.id, needed: "the curve `\(curve.id)`")
                series.append(
                    CurveSeries(
                        modelID: model.id, unit: result.unit, points: grid.map { CurvePoint(x: $0.0, y: $0.1[output]) },
                        atMedian: atMedian[output], simulated: result.summary.interval))
            }
            results.append(
                CurveResult(
                    id: curve.id, name: curve.name ?? curve.id, overID: curve.over.id, overUnit: input.unit, over: over, models: series))
        }
        return results
    }
}

import LifelineData

extension FormulaCompiler {
    /// Checks every curve: `over` names a figure, parameter or pool; each of `models` names a model that reaches
    /// `over` (through other models too), all in one dimension (one vertical axis); the grid has a positive step,
    /// `from` below `to`, and at most ``LifelineData/CurveGrid/maximumCount`` values. Unknown ids get "did you
    /// mean"; `facts` are the checked models' (`nil` where a model has errors, which then gets no further check).
    mutating func checkCurves(_ facts: [ModelFacts?]) {
        let inputs = ["figure", "parameter", "pool"]
        for curve in declarations.curves {
            let over = curveSymbol(curve, curve.over, nouns: inputs, role: "runs over")
            var first: (reference: DeclaredReference, dimension: Dimension)?
            for reference in curve.models {
                guard case .model(let index) = curveSymbol(curve, reference, nouns: ["model"], role: "draws") else { continue }
                let dimension = Dimension(unit: declarations.models[index].unit)
                if let first, first.dimension != dimension {
                    report(
                        at: reference.position,
                        "curve `\(curve.id)` draws `\(first.reference.id)` (\(first.dimension)) and `\(reference.id)` (\(dimension)) on one axis",
                        hint: "Draw models of one unit in a curve; declare another curve for the others.")
                }
                first = first ?? (reference, dimension)
                guard over != nil, let leaves = facts[index]?.leaves, !leaves.contains(where: { $0.id == curve.over.id }) else {
                    continue
                }
                report(
                    at: reference.position,
                    "curve `\(curve.id)` draws the model `\(reference.id)`, which does not reach `\(curve.over.id)`",
                    hint:
                        "Draw models whose formulas use `\(curve.over.id)` (directly or through other models), or run the curve over an input they use."
                )
            }
            checkGrid(curve)
        }
    }

    /// What `reference` in `curve` names, when it is one of `nouns`; reports it (with "did you mean" among those
    /// nouns) otherwise. `role` says what the curve does with it: `runs over`, `draws`.
    private mutating func curveSymbol(
        _ curve: CurveDeclaration, _ reference: DeclaredReference, nouns: [String], role: String
    ) -> FormulaSymbol? {
        guard let symbol = symbols[reference.id] else {
            let candidates = knownIDs.filter { symbols[$0].map { nouns.contains($0.noun) } ?? false }
            report(
                at: reference.position, "curve `\(curve.id)` \(role) `\(reference.id)`, which is not declared",
                hint: Suggestion.didYouMean(reference.id, in: candidates) + "Use the id of a \(Self.either(nouns)).")
            return nil
        }
        guard nouns.contains(symbol.noun) else {
            report(
                at: reference.position, "curve `\(curve.id)` \(role) the \(symbol.noun) `\(reference.id)`",
                hint: "A curve runs over a figure, parameter or pool (`over:`) and draws models that reach it (`models:`).")
            return nil
        }
        return symbol
    }

    /// Reports a grid with a step of 0 or less, `from` not below `to`, or too many values.
    private mutating func checkGrid(_ curve: CurveDeclaration) {
        let grid = curve.grid
        if grid.step <= 0 {
            report(
                at: grid.stepPosition, "curve `\(curve.id)` has the step \(Self.number(grid.step)), which is not above 0",
                hint: "Give a positive `step`, e.g. a hundredth of the range.")
        } else if grid.from >= grid.to {
            report(
                at: grid.toPosition,
                "curve `\(curve.id)` runs from \(Self.number(grid.from)) to \(Self.number(grid.to)), which is not above it",
                hint: "Make `to` larger than `from`.")
        } else if grid.count > CurveGrid.maximumCount {
            report(
                at: grid.stepPosition,
                "curve `\(curve.id)` has \(grid.count) points, more than \(CurveGrid.maximumCount)",
                hint: "Use a larger `step`: (to − from) / step must be at most \(CurveGrid.maximumCount - 1).")
        }
    }

}

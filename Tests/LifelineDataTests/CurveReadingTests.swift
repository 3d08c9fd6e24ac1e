import Testing

@testable import LifelineData

/// The loader reads a curve's every key with the positions the compiler's messages need, and reports a curve's
/// missing, misspelt or mistyped keys at their line and column (golden text). Whether the ids exist and the grid
/// is usable is the compiler's to check.
@Suite struct CurveReadingTests {
    typealias Base = DeclarationReadingTests

    @Test func aCurveReadsEveryKeyWithItsPositions() throws {
        let registry = try Base.registry(
            """
            curves:
              - id: fee-curve
                name: delivered against the fee
                over: pooled
                from: 0
                to: 0.8
                step: 0.01
                models: [one, two]
            """)
        let curve = try #require(registry.declarations.curves.first)
        let base = Base.base
        #expect(curve.id == "fee-curve" && curve.name == "delivered against the fee")
        #expect(curve.over.id == "pooled" && curve.over.position.line == base + 3 && curve.over.position.column == 11)
        #expect(curve.grid.from == 0 && curve.grid.to == 0.8 && curve.grid.step == 0.01)
        #expect(curve.grid.toPosition.line == base + 5 && curve.grid.stepPosition.line == base + 6)
        #expect(curve.models.map(\.id) == ["one", "two"])
        #expect(curve.models.map(\.position.column) == [14, 19])
        #expect(curve.grid.count == 81 && curve.grid.values.last == 0.8 && curve.grid.values[30] == 0.3)
    }

    @Test func aGridStopsAtTheLastStepBelowToUnlessTheRangeIsAWholeNumberOfSteps() {
        let here = TextPosition(file: "models.yaml", line: 1, column: 1)
        let uneven = CurveGrid(from: 0, to: 1, step: 0.3, toPosition: here, stepPosition: here)
        #expect(uneven.values == [0, 0.3, 0.6, 0.8999999999999999])
        let even = CurveGrid(from: -1, to: 1, step: 0.5, toPosition: here, stepPosition: here)
        #expect(even.values == [-1, -0.5, 0, 0.5, 1])
        let huge = CurveGrid(from: 0, to: 1e300, step: 1e-300, toPosition: here, stepPosition: here)
        #expect(huge.count > CurveGrid.maximumCount && huge.values.isEmpty)
        #expect(CurveGrid(from: 1, to: 0, step: 0.1, toPosition: here, stepPosition: here).values.isEmpty)
    }

    @Test func goldenCurveProblemsAreLocated() throws {
        let error = try #require(throws: RegistryError.self) {
            try Base.registry(
                """
                curves:
                  - id: no-over
                    from: 0
                    to: 1
                    step: 0.1
                    models: [one]
                  - id: misspelt
                    over: fee
                    from: 0
                    to: 1
                    stpe: 0.1
                    models: one
                  - id: quoted
                    over: fee
                    from: "0"
                    to: 1
                    step: 0.1
                    models: []
                  - id: twice
                    over: fee
                    from: 0
                    to: 1
                    step: 0.1
                    models: [one]
                  - id: twice
                    over: fee
                    from: 0
                    to: 1
                    step: 0.1
                    models: [one]
                """)
        }
        let base = Self.Base.base
        #expect(
            error.diagnostics.map(\.description) == [
                "models.yaml:\(base + 1):5: error: the key `over` is missing. Add `over:` with the figure, parameter or pool the curve runs along.",
                "models.yaml:\(base + 6):5: error: the key `step` is missing. Give the grid as `from: 0`, `to: 0.8` and `step: 0.01`.",
                "models.yaml:\(base + 10):5: error: unknown key `stpe` in a curve. Did you mean `step`? Allowed keys: id, name, over, from, to, step, models.",
                "models.yaml:\(base + 11):13: error: `models` must list the models the curve draws. Write `models: [first-model, second-model]` with the models the curve draws.",
                "models.yaml:\(base + 14):11: error: `from` must be a number, not the quoted text \"0\". Write the number without quotes, e.g. `from: 0.3`.",
                "models.yaml:\(base + 17):13: error: `models` must list the models the curve draws. Write `models: [first-model, second-model]` with the models the curve draws.",
                "models.yaml:\(base + 24): error: the curve id `twice` is used twice (first on line \(base + 18)). Give each curve its own id.",
            ])
    }
}

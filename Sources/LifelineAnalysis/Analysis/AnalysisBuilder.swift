import LifelineData

/// Builds an ``AnalysisResult``: looks up every figure, runs the joint ``BriefingModel`` once, and derives the
/// comparison, cross-check, curves and counterfactual from its outputs.
struct AnalysisBuilder {
    let lookup: FigureLookup
    let options: AnalysisOptions
    /// Every model result so far, in model order.
    var models: [ModelResult] = []
    /// Tornado data so far.
    var sensitivity: [SensitivityAnalysis] = []
    /// The engine statistics of each simulated output, by id.
    var statistics: [String: SampleStatistics] = [:]

    init(registry: Registry, options: AnalysisOptions) throws(AnalysisError) {
        lookup = FigureLookup(registry: registry)
        self.options = options
    }

    /// Runs `model` and records one result, with tornado rows, per output.
    @discardableResult
    mutating func simulate<Model: SimulationModel>(_ model: Model, outputs: [OutputSpec]) -> [ModelResult] {
        precondition(outputs.count == model.outputCount, "one spec per output")
        let runs = MonteCarlo.run(model, draws: options.draws, seed: options.seed, threads: options.threads)
        let summaries = model.inputs.map(InputSummary.init)
        var results: [ModelResult] = []
        for (index, spec) in outputs.enumerated() {
            let summary = Summary(runs[index], bins: options.histogramBins, extra: options.extraPercentiles)
            let result = ModelResult(
                id: spec.id, model: spec.model, title: spec.title, unit: spec.unit, kind: spec.kind, formula: spec.formula,
                figures: spec.figures, inputs: spec.inputs.map { summaries[$0] },
                assumptions: spec.assumptions, summary: summary)
            statistics[spec.id] = runs[index]
            models.append(result)
            results.append(result)
            sensitivity.append(
                SensitivityAnalysis.of(
                    model, output: index, inputs: spec.inputs, modelID: spec.id, unit: spec.unit,
                    summaries: summaries))
        }
        return results
    }

    /// The registry-distribution assumptions of the sourced inputs.
    static func distributionAssumptions(_ inputs: [ModelInput]) -> [Assumption] {
        inputs.compactMap { input in
            guard let id = input.figureID else { return nil }
            let why: String
            switch input.distribution.kind {
            case .point: why = "A single reported value, used as it is."
            case .uniform: why = "Every value in the reported range equally likely (the default for a range)."
            case .discrete: why = "Each whole number in the reported range equally likely."
            case .triangular: why = "Triangular over the reported range, peaking at the mode the data file gives."
            case .pert: why = "PERT over the reported range with the mode the data file gives."
            case .lognormal: why = "Log-normal with the reported range as its 90 % interval, as the data file asks."
            case .mixture: why = "A weighted mixture of the sources' reported values."
            }
            return Assumption(name: input.name, value: input.distribution.description, description: why, sourced: true, figureID: id)
        }
    }

    /// Inputs are independent: an assumption of every model with more than one uncertain input.
    static let independence = Assumption(
        name: "independent inputs", value: "yes",
        description: "Inputs are drawn independently of one another; no source reports how they move together.",
        sourced: false)

    /// The figures behind a set of inputs, in input order, without repeats.
    static func figures(_ inputs: [ModelInput]) -> [String] {
        var seen = Set<String>()
        return inputs.compactMap(\.figureID).filter { seen.insert($0).inserted }
    }

    // MARK: - Model 1 on its own

    static let grossFlowLabel = "sk-gross-flow (model 1, gross annual flow from South Korea)"

    /// Model 1's inputs: population, share who send, USD per transfer, transfers per year.
    static func grossFlowInputs(_ lookup: FigureLookup, model: String = grossFlowLabel) throws(AnalysisError) -> [ModelInput] {
        [
            try lookup.input(FigureID.skPopulation, name: "defectors in South Korea", model: model, units: [.people, .count]),
            try lookup.input(FigureID.skShareSending, name: "share who send", model: model, units: [.share]),
            try lookup.input(FigureID.skTransferAmount, name: "USD per transfer", model: model, units: [.usd]),
            try lookup.input(FigureID.skTransfersPerYear, name: "transfers per year", model: model, units: [.timesPerYear, .count]),
        ]
    }

    static func grossFlowModel(_ lookup: FigureLookup) throws(AnalysisError) -> ProductModel {
        ProductModel(inputs: try grossFlowInputs(lookup))
    }

    /// Model 1's output description.
    static func grossFlowSpec(_ inputs: [ModelInput]) -> OutputSpec {
        OutputSpec(
            id: "sk-gross-flow", model: 1, title: "Gross annual flow from defectors in South Korea", unit: "USD/year",
            kind: .sourcedEstimate,
            formula: "defectors in South Korea × share who send × USD per transfer × transfers per year",
            figures: figures(inputs), assumptions: distributionAssumptions(inputs) + [independence], inputs: [0, 1, 2, 3])
    }

    /// Model 1 alone: the same draws as in the full analysis (each input has its own stream), so the same result.
    mutating func grossFlow() throws(AnalysisError) -> ModelResult {
        let model = try Self.grossFlowModel(lookup)
        return simulate(model, outputs: [Self.grossFlowSpec(model.inputs)])[0]
    }

    // MARK: - The joint model

    /// What the joint run needs besides its inputs: the fee pools and the target.
    struct Plan {
        var model: BriefingModel
        var specs: [OutputSpec]
        var pools: FeePools
        var targetCost: Double
    }

    /// Looks up every figure, builds the joint model's inputs and describes its outputs.
    func plan() throws(AnalysisError) -> Plan {
        typealias I = BriefingModel.Input
        let scenario = options.scenario
        let surveyLabel = "sk-survey-flow (model 2, annual flow from the 2016 survey)"
        let chinaLabel = "cn-scenario-flow (model 3, scenario for defectors in China)"
        let southKorea = try Self.grossFlowInputs(lookup)
        let surveyInputs = [
            try lookup.input(FigureID.survey2016ShareSending, name: "share who send (2016 survey)", model: surveyLabel, units: [.share]),
            try lookup.input(
                FigureID.survey2016AnnualAmount, name: "USD a year per sender (2016 survey)", model: surveyLabel,
                units: [.usdPerYear]),
        ]
        let chinaInputs = [
            try lookup.input(FigureID.cnPopulation, name: "defectors in China", model: chinaLabel, units: [.people, .count]),
            ModelInput(
                name: "share who send (China, assumed)", figureID: nil, unit: "share",
                distribution: scenario.chinaShareSending.distribution, sourced: false, key: "assumption:china-share-sending"),
            ModelInput(
                name: "USD a year per sender (China, assumed)", figureID: nil, unit: "USD/year",
                distribution: scenario.chinaAnnualAmount.distribution, sourced: false, key: "assumption:china-annual-amount"),
        ]
        let pools = try feePools()
        let target = try lookup.require(
            FigureID.sdgCostTarget, model: "sk-gain-at-target (model 7, SDG 10.c counterfactual)",
            units: [.share])
        let state = try stateFeeInput(model: "split-state (model 6, where the money goes)")
        let loss = ModelInput(
            name: "exchange-rate loss (assumed)", figureID: nil, unit: "share",
            distribution: scenario.exchangeLoss.distribution, sourced: false, key: "assumption:exchange-loss")
        let hopFees = (1...scenario.maximumHops).map { hop in
            ModelInput(
                name: "fee at hop \(hop)", figureID: nil, unit: "share", distribution: pools.all.distribution, sourced: true,
                key: "pool:all:hop-\(hop)")
        }
        let inputs = southKorea + surveyInputs + chinaInputs + [pools.brokers, state, loss] + hopFees
        let model = BriefingModel(inputs: inputs, hops: scenario.maximumHops, targetCost: target.value.high)
        return Plan(model: model, specs: specs(model, pools: pools, target: target), pools: pools, targetCost: target.value.high)
    }

    /// The description of every output of the joint model, in output order.
    func specs(_ model: BriefingModel, pools: FeePools, target: Figure) -> [OutputSpec] {
        typealias I = BriefingModel.Input
        let inputs = model.inputs
        let scenario = options.scenario
        func pick(_ cases: [I]) -> [Int] { cases.map(\.rawValue) }
        func assumed(_ name: String) -> Assumption { scenario.assumptions.first { $0.name == name }! }
        let skIndices = pick([.skPopulation, .skShareSending, .skTransferAmount, .skTransfersPerYear])
        let chinaIndices = pick([.cnPopulation, .cnShareSending, .cnAnnualAmount])
        let chain = pick([.brokerFee, .stateFee, .exchangeLoss])
        let chainFigures = pools.brokerFigures + (inputs[I.stateFee.rawValue].figureID.map { [$0] } ?? [])
        let chainAssumptions =
            [pools.weights, assumed("state fee on every transfer"), assumed("exchange-rate loss"), Self.independence]
            + Self.distributionAssumptions([inputs[I.stateFee.rawValue]])
        let chainKind: ModelKind = scenario.exchangeLoss == AssumedRange(exactly: 0) ? .sourcedEstimate : .scenario
        let targetAssumption = Self.targetAssumption(model.targetCost)
        let china = chinaIndices.map { inputs[$0] }
        let chinaAssumed = [assumed("share of defectors in China who send"), assumed("USD a year per sender in China")]
        let survey = pick([.skPopulation, .surveyShareSending, .surveyAnnualAmount])
        let surveyCited = [FigureID.survey2016Size, FigureID.survey2016MaxSender].filter { lookup.optional($0) != nil }
        let surveyScope = Assumption(
            name: "survey shares apply to today's population", value: "yes",
            description: "The 2016 survey's share who send and amounts are applied to today's number of defectors in "
                + "South Korea; the survey's 200 respondents are taken as representative.",
            sourced: false)

        var specs = [
            Self.grossFlowSpec(skIndices.map { inputs[$0] }),
            OutputSpec(
                id: "sk-survey-flow", model: 2, title: "Gross annual flow from South Korea, from the 2016 survey", unit: "USD/year",
                kind: .sourcedEstimate,
                formula: "defectors in South Korea × share who send (2016 survey) × USD a year per sender (2016 survey)",
                figures: Self.figures(survey.map { inputs[$0] }) + surveyCited,
                assumptions: Self.distributionAssumptions(survey.map { inputs[$0] }) + [surveyScope, Self.independence], inputs: survey),
            OutputSpec(
                id: "cn-scenario-flow", model: 3, title: "Scenario: annual flow from defectors in China", unit: "USD/year",
                kind: .scenario, formula: "defectors in China × share who send (assumed) × USD a year per sender (assumed)",
                figures: Self.figures(china), assumptions: Self.distributionAssumptions(china) + chinaAssumed + [Self.independence],
                inputs: chinaIndices),
            OutputSpec(
                id: "total-flow-scenario", model: 3, title: "Scenario: annual flow from South Korea and China", unit: "USD/year",
                kind: .scenario, formula: "model 1 (South Korea) + model 3 (China scenario)",
                figures: Self.figures((skIndices + chinaIndices).map { inputs[$0] }),
                assumptions: Self.distributionAssumptions((skIndices + chinaIndices).map { inputs[$0] }) + chinaAssumed
                    + [Self.independence],
                inputs: skIndices + chinaIndices),
        ]
        for hop in 1...model.hops {
            specs.append(
                OutputSpec(
                    id: Self.deliveredID(hops: hop), model: 5,
                    title: "Share delivered through \(hop) intermediar\(hop == 1 ? "y" : "ies")", unit: "share", kind: chainKind,
                    formula: "(1 − exchange-rate loss) × " + (1...hop).map { "(1 − fee at hop \($0))" }.joined(separator: " × "),
                    figures: pools.figures,
                    assumptions: [pools.weights, assumed("number of intermediaries"), assumed("exchange-rate loss"), Self.independence],
                    inputs: (1...hop).map { model.hopFeeIndex($0) } + [I.exchangeLoss.rawValue]))
        }
        let parts: [(String, String, String)] = [
            ("family", "to the family", "(1 − b)(1 − s)(1 − x)"), ("brokers", "to brokers", "b"),
            ("state", "to the state", "(1 − b) s"), ("exchange-loss", "lost to the exchange rate", "(1 − b)(1 − s) x"),
        ]
        let legend = " (b: broker commission, s: state fee, x: exchange-rate loss)"
        for (name, phrase, formula) in parts {
            specs.append(
                OutputSpec(
                    id: "split-" + name, model: 6, title: "Of each 100 USD sent: \(phrase)", unit: "USD", kind: chainKind,
                    formula: "100 × " + formula + legend, figures: chainFigures, assumptions: chainAssumptions, inputs: chain))
        }
        let flowTitles = [
            "Reaching families from South Korea each year", "Taken by brokers from the South Korea flow each year",
            "Taken by the state from the South Korea flow each year",
            "Lost to exchange rates from the South Korea flow each year",
        ]
        let flowIDs = ["sk-family-receipts", "sk-broker-capture", "sk-state-capture", "sk-exchange-loss"]
        let flowFigures = Self.figures(skIndices.map { inputs[$0] }) + chainFigures
        let flowAssumptions = Self.distributionAssumptions(skIndices.map { inputs[$0] }) + chainAssumptions
        for (index, part) in parts.enumerated() {
            specs.append(
                OutputSpec(
                    id: flowIDs[index], model: 6, title: flowTitles[index], unit: "USD/year", kind: chainKind,
                    formula: "model 1's flow × " + part.2 + legend, figures: flowFigures, assumptions: flowAssumptions,
                    inputs: skIndices + chain))
        }
        specs.append(
            OutputSpec(
                id: "sk-gain-at-target", model: 7, title: "Additional reaching families each year if costs were at the SDG 10.c target",
                unit: "USD/year", kind: chainKind,
                formula: "model 1's flow × ((1 − target cost) − (1 − b)(1 − s)(1 − x))" + legend,
                figures: flowFigures + [target.id], assumptions: flowAssumptions + [targetAssumption], inputs: skIndices + chain))
        let regular = lookup.optional(FigureID.survey2016ShareRegular).map { [$0.id] } ?? []
        let amountIndices = pick([.skTransferAmount, .skTransfersPerYear])
        let familyFigures = Self.figures(amountIndices.map { inputs[$0] }) + chainFigures + regular
        let familyAssumptions =
            Self.distributionAssumptions(amountIndices.map { inputs[$0] }) + chainAssumptions
            + [assumed("years of regular sending")]
        specs.append(
            OutputSpec(
                id: "family-annual-sent", model: 7, title: "Sent each year by one defector in South Korea", unit: "USD/year",
                kind: .sourcedEstimate, formula: "USD per transfer × transfers per year",
                figures: Self.figures(amountIndices.map { inputs[$0] }) + regular,
                assumptions: Self.distributionAssumptions(amountIndices.map { inputs[$0] }) + [Self.independence],
                inputs: amountIndices))
        specs.append(
            OutputSpec(
                id: "family-annual-received", model: 7, title: "Received each year by one family", unit: "USD/year", kind: chainKind,
                formula: "USD per transfer × transfers per year × (1 − b)(1 − s)(1 − x)" + legend, figures: familyFigures,
                assumptions: familyAssumptions, inputs: amountIndices + chain))
        specs.append(
            OutputSpec(
                id: "family-annual-lost", model: 7, title: "Lost each year by one family to fees and exchange rates", unit: "USD/year",
                kind: chainKind, formula: "USD per transfer × transfers per year × (1 − (1 − b)(1 − s)(1 − x))" + legend,
                figures: familyFigures, assumptions: familyAssumptions, inputs: amountIndices + chain))
        return specs
    }

    /// `delivered-share-1-hop`, `delivered-share-2-hops`, ….
    static func deliveredID(hops: Int) -> String { "delivered-share-\(hops)-hop" + (hops == 1 ? "" : "s") }

    /// The state's fee input, or a zero when the scenario leaves it out.
    func stateFeeInput(model: String) throws(AnalysisError) -> ModelInput {
        guard options.scenario.stateFeeOnEveryTransfer else {
            return ModelInput(
                name: "state fee (not applied)", figureID: nil, unit: "share", distribution: InputDistribution(.point(0)),
                sourced: false, key: "assumption:no-state-fee")
        }
        return try lookup.input(FigureID.stateFeeBorder, name: "state fee", model: model, units: [.share])
    }

    /// Reading "less than 3 per cent" as costs of exactly 3 %: what families would at least receive.
    static func targetAssumption(_ cost: Double) -> Assumption {
        Assumption(
            name: "costs at the SDG 10.c target", value: BriefingFormat.percent(cost),
            description: "The target is costs below \(BriefingFormat.percent(cost)); the counterfactual takes costs of exactly "
                + "that share, so families would receive at least this much.",
            sourced: false)
    }
}

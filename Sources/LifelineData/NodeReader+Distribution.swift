import Yams

extension NodeReader {
    /// The `distribution` (and `mode`, `sample`) of a figure or of `what` else, checked against its value and unit:
    /// nil when absent or unusable. A `sample-share` names its sample figure, resolved by ``resolveSamples(_:)``
    /// once every figure is read (its size is 0 until then).
    mutating func readDistribution(
        _ entries: [String: Node], value: FigureValue?, unit: MeasureUnit?, in node: Node, what: String = "figure"
    ) -> DistributionSpec? {
        let modeNode = entries["mode"], sampleNode = entries["sample"]
        let name = entries["distribution"].flatMap { choice($0, key: "distribution", options: DistributionSpec.names) }
        if let sampleNode, name != "sample-share", entries["distribution"] == nil || name != nil {
            fail(
                sampleNode, "`sample` is given without `distribution: sample-share`",
                "Add `distribution: sample-share` to draw the share from its sampling distribution, or remove `sample`.")
        }
        guard let distributionNode = entries["distribution"] else {
            if let modeNode {
                fail(
                    modeNode, "`mode` is given without a distribution that uses it",
                    "Add `distribution: triangular` or `distribution: pert`, or remove `mode`.")
            }
            return nil
        }
        guard let name, let value else { return nil }
        let isRange: Bool = if case .range = value { true } else { false }
        switch name {
        case "point":
            if isRange {
                fail(
                    distributionNode, "`distribution: point` needs a single `value`, not a range",
                    "Use `value:`, or another distribution for a range.")
            }
            return .point
        case "triangular", "pert":
            guard isRange else {
                fail(distributionNode, "`distribution: \(name)` needs a range (`low` and `high`)", "Give `low:` and `high:`.")
                return nil
            }
            guard let modeNode else {
                fail(
                    distributionNode, "`distribution: \(name)` needs a `mode`",
                    "Add `mode:` with the most likely value between low and high.")
                return nil
            }
            guard let mode = number(modeNode, key: "mode") else { return nil }
            guard mode >= value.low, mode <= value.high else {
                fail(
                    modeNode, "`mode` (\(format(mode))) lies outside the range \(format(value.low))–\(format(value.high))",
                    "Choose a mode between low and high.")
                return nil
            }
            return name == "pert" ? .pert(mode: mode) : .triangular(mode: mode)
        case "lognormal":
            guard isRange, value.low > 0 else {
                fail(
                    distributionNode, "`distribution: lognormal` needs a range with `low` above 0",
                    "Give a positive range, or use `uniform`.")
                return nil
            }
            return .lognormal
        case "discrete":
            guard isRange, value.low == value.low.rounded(), value.high == value.high.rounded() else {
                fail(
                    distributionNode, "`distribution: discrete` needs a range of whole numbers",
                    "Give whole-number `low:` and `high:`, e.g. 1 and 2 for \"once or twice a year\".")
                return nil
            }
            return .discrete
        case "sample-share":
            if let modeNode { fail(modeNode, "`mode` is only used by triangular and pert distributions", "Remove `mode`.") }
            return readSampleShare(distributionNode, sample: sampleNode, value: value, unit: unit, what: what)
        default:
            if let modeNode { fail(modeNode, "`mode` is only used by triangular and pert distributions", "Remove `mode`.") }
            return .uniform
        }
    }
}

extension NodeReader {
    /// A `sample-share`: only a figure, a single share, with a `sample:` naming the figure that counts the sample.
    mutating func readSampleShare(
        _ distributionNode: Node, sample sampleNode: Node?, value: FigureValue, unit: MeasureUnit?, what: String
    ) -> DistributionSpec? {
        guard what == "figure" else {
            fail(
                distributionNode, "`distribution: sample-share` is for a figure measured in a sample, not a \(what)",
                "A \(what) is an assumption no sample measured; give it a range and another distribution.")
            return nil
        }
        guard let unit else { return nil }
        guard case .point = value, unit == .share else {
            fail(
                distributionNode, "`distribution: sample-share` needs a single share: `value:` between 0 and 1 with `unit: share`",
                "Give the share the sample measured as `value:` (60 % as 0.6) and `unit: share`, or use another distribution.")
            return nil
        }
        guard let sampleNode else {
            fail(
                distributionNode, "`distribution: sample-share` needs a `sample`",
                "Add `sample:` with the id of the figure that counts the sample, e.g. a survey's number of respondents.")
            return nil
        }
        guard let sample = text(sampleNode, key: "sample") else { return nil }
        return .sampleShare(sample: sample, size: 0)
    }

    /// Gives each `sample-share` figure the size of its sample, reporting at its `sample:` a figure that does not
    /// exist, one that is not a single whole count, and a sample too small for the normal approximation.
    mutating func resolveSamples(_ figures: inout [Figure]) {
        for pending in samples {
            guard let index = figures.firstIndex(where: { $0.id == pending.figure }) else { continue }
            guard let sample = figures.first(where: { $0.id == pending.sample }) else {
                fail(
                    pending.node, "`sample: \(Excerpt.of(pending.sample))` names no figure",
                    Suggestion.didYouMean(pending.sample, in: figures.map(\.id))
                        + "Name the figure that counts the sample, e.g. a survey's number of respondents.")
                continue
            }
            guard sample.unit == .people || sample.unit == .count, case .point(let size) = sample.value,
                size == size.rounded(), size >= 1, size <= 1e12
            else {
                let value =
                    sample.value.low == sample.value.high
                    ? format(sample.value.low) : "\(format(sample.value.low))–\(format(sample.value.high))"
                fail(
                    pending.node,
                    "the sample `\(sample.id)` must be a single whole count (`unit: people` or `count`), but it is \(value) \(sample.unit.rawValue)",
                    "Point `sample:` at a figure whose `value:` is the number of people or things in the sample, e.g. 200.")
                continue
            }
            let least = min(size * pending.share, size * (1 - pending.share))
            guard least >= DistributionSpec.sampleShareMinimumOnEachSide else {
                fail(
                    pending.node,
                    "a sample of \(format(size)) is too small for a share of \(format(pending.share)): the normal approximation needs n·p and n·(1−p) of at least \(format(DistributionSpec.sampleShareMinimumOnEachSide)), here \(format(least))",
                    "Give the share as a range with `low` and `high` and another distribution.")
                continue
            }
            figures[index].distribution = .sampleShare(sample: sample.id, size: Int(size))
        }
    }
}

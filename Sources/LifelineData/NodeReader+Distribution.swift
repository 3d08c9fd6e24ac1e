import Yams

extension NodeReader {
    /// The figure's `distribution` (and `mode`), checked against its value: nil when absent or unusable.
    mutating func readDistribution(_ entries: [String: Node], value: FigureValue?, in node: Node) -> DistributionSpec? {
        let modeNode = entries["mode"]
        guard let distributionNode = entries["distribution"] else {
            if let modeNode {
                fail(
                    modeNode, "`mode` is given without a distribution that uses it",
                    "Add `distribution: triangular` or `distribution: pert`, or remove `mode`.")
            }
            return nil
        }
        guard let name = choice(distributionNode, key: "distribution", options: DistributionSpec.names) else { return nil }
        guard let value else { return nil }
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
        default:
            if let modeNode { fail(modeNode, "`mode` is only used by triangular and pert distributions", "Remove `mode`.") }
            return .uniform
        }
    }
}

import Yams

extension NodeReader {
    static let parameterKeys = [
        "id", "name", "value", "low", "high", "distribution", "mode", "unit", "why", "stream", "copy_stream",
    ]

    /// The parameter in `node`: an assumption with its value or range, distribution, unit and reason; every key
    /// checked, each problem recorded, nil when one leaves no parameter.
    mutating func readParameter(_ node: Node) -> ParameterDeclaration? {
        guard let entries = entries(of: node, what: "parameter", allowed: Self.parameterKeys, shown: "id, low, high, unit, why")
        else { return nil }
        let id = identifier(entries, in: node, what: "parameter")
        let name = optionalText(entries["name"], key: "name")
        let unit = requiredText(entries, "unit", in: node)
        let why = requiredText(entries, "why", in: node)
        let measureUnit = unit.flatMap(MeasureUnit.init(rawValue:))
        let value = readValue(entries, unit: measureUnit, in: node, what: "parameter")
        let distribution = readDistribution(entries, value: value, unit: measureUnit, in: node, what: "parameter")
        let streams = readStreams(entries)
        guard let id, let unit, let why, let value else { return nil }
        return ParameterDeclaration(
            id: id, name: name, value: value, distribution: distribution, unit: unit, why: why, stream: streams.stream,
            copyStream: streams.copyStream, position: position(node))
    }

    /// The optional `stream` and `copy_stream` of a parameter or pool.
    mutating func readStreams(_ entries: [String: Node]) -> (stream: String?, copyStream: String?) {
        (optionalText(entries["stream"], key: "stream"), optionalText(entries["copy_stream"], key: "copy_stream"))
    }
}

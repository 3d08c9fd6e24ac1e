import Yams

extension NodeReader {
    /// A figure's `year` as read: unusable, stated as unknown (`year: null`), or a year.
    enum YearField: Equatable {
        /// Missing or not a year between 1900 and 2100; the problem is recorded.
        case invalid
        /// `year: null`: the source does not let one establish the year.
        case notStated
        /// The year the number refers to.
        case year(Int)
    }

    /// The figure in `node`: every key checked, each problem recorded, nil when one leaves no figure.
    mutating func readFigure(_ node: Node) -> Figure? {
        guard let entries = entries(of: node, what: "figure", allowed: Self.figureKeys, shown: "id, measures, value") else { return nil }
        let id = identifier(entries, in: node, what: "figure")
        let measures = requiredText(entries, "measures", in: node)
        let quote = requiredText(entries, "quote", in: node)
        let source = requiredText(entries, "source", in: node)
        if let id, let sourceNode = entries["source"] { sourceLines[id] = line(sourceNode) }
        let unit = readUnit(entries, in: node)
        let year = readYear(entries, in: node)
        let value = readValue(entries, unit: unit, in: node)
        let qualifier: Qualifier? = entries["qualifier"].flatMap {
            choice($0, key: "qualifier", options: Qualifier.allCases.map(\.rawValue)).flatMap(Qualifier.init(rawValue:))
        }
        let distribution = readDistribution(entries, value: value, unit: unit, in: node)
        let reading = optionalText(entries["reading"], key: "reading")
        if let quote, let quoteNode = entries["quote"], let unit, let value {
            checkQuoteNumber(
                id: id ?? "?", quote: quote, at: quoteNode, value: value, unit: unit, qualifier: qualifier, reading: reading,
                in: entries)
        }
        guard let id, let measures, let quote, let source, let unit, let value else { return nil }
        if case .sampleShare(let sample, _)? = distribution, let sampleNode = entries["sample"] {
            samples.append(PendingSample(figure: id, share: value.low, sample: sample, node: sampleNode))
        }
        let knownYear: Int?
        switch year {
        case .invalid: return nil
        case .notStated: knownYear = nil
        case .year(let number): knownYear = number
        }
        return Figure(
            id: id, measures: measures, value: value, unit: unit, year: knownYear, source: source, quote: quote,
            qualifier: qualifier, distribution: distribution, note: optionalText(entries["note"], key: "note"),
            line: line(node), name: optionalText(entries["name"], key: "name"), reading: reading,
            quoteBefore: optionalText(entries["quote_before"], key: "quote_before"),
            quoteAfter: optionalText(entries["quote_after"], key: "quote_after"), quoteLine: entries["quote"].map(line) ?? 0)
    }

    private mutating func readUnit(_ entries: [String: Node], in node: Node) -> MeasureUnit? {
        guard let unitNode = entries["unit"] else {
            fail(
                node, "the figure has no `unit`",
                "Add `unit:` with one of: \(MeasureUnit.allCases.map(\.rawValue).joined(separator: ", ")).")
            return nil
        }
        return choice(unitNode, key: "unit", options: MeasureUnit.allCases.map(\.rawValue)).flatMap(MeasureUnit.init(rawValue:))
    }

    private mutating func readYear(_ entries: [String: Node], in node: Node) -> YearField {
        guard let yearNode = entries["year"] else {
            fail(
                node, "the figure has no `year`",
                "Add `year:` with the year the number refers to, or `year: null` when the source does not say.")
            return .invalid
        }
        if isNull(yearNode) { return .notStated }
        guard let number = number(yearNode, key: "year") else { return .invalid }
        guard number == number.rounded(), (1900...2100).contains(number) else {
            fail(
                yearNode,
                "`year` must be a whole year between 1900 and 2100, not \(yearNode.scalar.map { Excerpt.of($0.string) } ?? "this")",
                "Write the year as four digits, e.g. `year: 2018`.")
            return .invalid
        }
        return .year(Int(number))
    }

    /// The `value`, or the `low` and `high`, of a figure (or of `what` else, a parameter): numbers, in order, never
    /// negative, and between 0 and 1 for a share.
    mutating func readValue(_ entries: [String: Node], unit: MeasureUnit?, in node: Node, what: String = "figure") -> FigureValue? {
        let value: FigureValue
        let place: Node
        switch (entries["value"], entries["low"], entries["high"]) {
        case (let point?, nil, nil):
            guard let number = number(point, key: "value") else { return nil }
            (value, place) = (.point(number), point)
        case (nil, let low?, let high?):
            let lowNumber = number(low, key: "low")
            let highNumber = number(high, key: "high")
            guard let lowNumber, let highNumber else { return nil }
            guard lowNumber <= highNumber else {
                fail(
                    low, "`low` (\(format(lowNumber))) is above `high` (\(format(highNumber)))",
                    "Swap them, or correct the one that is wrong.")
                return nil
            }
            (value, place) = (.range(low: lowNumber, high: highNumber), low)
        case (nil, nil, nil):
            fail(node, "the \(what) has no number", "Give either `value:` or both `low:` and `high:`.")
            return nil
        case (let point?, _, _):
            fail(point, "the \(what) has both `value` and a range", "Give either `value:` or both `low:` and `high:`, not both.")
            return nil
        case (nil, let low?, nil):
            fail(low, "the \(what) has `low` but no `high`", "Add `high:`, or use `value:` for a single number.")
            return nil
        case (nil, nil, let high?):
            fail(high, "the \(what) has `high` but no `low`", "Add `low:`, or use `value:` for a single number.")
            return nil
        }
        switch unit?.problem(with: value) ?? (value.low < 0 ? .negative : nil) {
        case .shareOutsideZeroToOne?:
            fail(
                place,
                "a share must lie between 0 and 1, got \(format(value.low))\(value.low == value.high ? "" : "–\(format(value.high))")",
                "Shares are stored as fractions: write 30 % as 0.3.")
            return nil
        case .negative?:
            let number =
                switch unit {
                case let unit? where unit == .people || unit == .count: "a count in \(unit.rawValue)"
                case let unit?: "an amount in \(unit.rawValue)"
                case nil: "a \(what)"
                }
            fail(
                place, "\(number) cannot be negative, got \(format(value.low))",
                "Every unit counts people, things, money, time or shares; correct the sign.")
            return nil
        case nil:
            break
        }
        return value
    }
}

extension FormulaLexer {
    /// The units a number may carry, longest name first, so that `USD/year` is tried before `USD`.
    static let unitsLongestFirst = MeasureUnit.allCases.sorted { $0.rawValue.count > $1.rawValue.count }

    /// The number `value` read from `start` up to `position`, with the unit written after it, if any: whitespace
    /// and a letter after a number start a unit. An unknown unit is reported and read over.
    mutating func unit(after value: Double, from start: Int) -> FormulaToken {
        var index = position
        while let scalar = scalar(at: index), scalar.properties.isWhitespace { index += 1 }
        guard index > position, let first = scalar(at: index), first.properties.isAlphabetic, first.isASCII else {
            return FormulaToken(.number(value), start..<position)
        }
        for unit in Self.unitsLongestFirst {
            if let end = match(unit.rawValue, at: index), !continuesWord(at: end) {
                position = end
                return FormulaToken(.quantity(value, unit), start..<end)
            }
        }
        let number = text(start..<position)
        var end = index
        while Self.isWordScalar(scalar(at: end)) || continuesWord(at: end) { end += 1 }
        let written = text(index..<end)
        let hint = unknownUnitHint(written, from: index, to: end, after: number)
        problems.append(
            FormulaProblem(
                offset: index, message: "unknown unit `\(Excerpt.of(written))` after the number `\(Excerpt.of(number))`",
                hint: hint))
        position = end
        return FormulaToken(.number(value), start..<end)
    }

    /// What to do about the unknown unit `written` (from `index` to `end`) after `number`: put spaces around `/`
    /// when a unit is divided by a word without them, otherwise the nearest unit and the list of units.
    func unknownUnitHint(_ written: String, from index: Int, to end: Int, after number: String) -> String {
        for unit in Self.unitsLongestFirst {
            guard let slash = match(unit.rawValue, at: index), scalar(at: slash) == "/" else { continue }
            let divisor = Excerpt.of(text(slash + 1..<end))
            return "A unit ends at a space: to divide \(Excerpt.of(number)) \(unit.rawValue) by `\(divisor)`, "
                + "put spaces around `/`: `\(Excerpt.of(number)) \(unit.rawValue) / \(divisor)`."
        }
        let names = MeasureUnit.allCases.map(\.rawValue)
        return Suggestion.didYouMean(written, in: names) + "A number may carry one of the units "
            + names.map { "`\($0)`" }.joined(separator: ", ") + "; to multiply it by an id, write `*` between them."
    }

    /// Where `name` ends when it is written at `index` (a space in it matches any run of whitespace), or `nil`.
    func match(_ name: String, at index: Int) -> Int? {
        var index = index
        for expected in name.unicodeScalars {
            if expected == " " {
                guard let next = scalar(at: index), next.properties.isWhitespace else { return nil }
                while let next = scalar(at: index), next.properties.isWhitespace { index += 1 }
            } else {
                guard scalar(at: index) == expected else { return nil }
                index += 1
            }
        }
        return index
    }

    /// Whether the word before `index` goes on: a letter, digit or `_` follows, or a `-` or `/` joined to one.
    func continuesWord(at index: Int) -> Bool {
        guard let scalar = scalar(at: index) else { return false }
        if Self.isWordScalar(scalar) { return true }
        return (scalar == "-" || scalar == "/") && Self.isWordScalar(self.scalar(at: index + 1))
    }
}

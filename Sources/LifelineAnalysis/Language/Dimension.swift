/// The dimension of a quantity, read from its unit string: which base units it carries, to which power.
///
/// A unit string is one or more parts separated by `/`: the first part is the numerator, the others divide it
/// (`USD/year`, `times/year`). Each part is one word or phrase (`months of pay`). The counts `people`, `person`,
/// `count`, `share`, `times` (and an empty part) are plain numbers with no dimension; `year`/`years` and
/// `month`/`months` are one base each; any other word is a base of its own (`USD`, `EUR`, `months of pay`). So
/// `people × share × USD × times/year` is `USD/year`, and `USD + share` or `USD × USD` do not make sense.
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
    /// The power of each base unit; bases with power 0 are left out.
    public private(set) var exponents: [String: Int]

    /// A plain number: a count, a share, a number written in a formula.
    public static let number = Dimension(exponents: [:])

    /// Words that count things and carry no dimension.
    static let plainWords: Set<String> = ["", "people", "person", "persons", "count", "share", "times"]

    /// Creates a dimension from its exponents (zeros dropped).
    public init(exponents: [String: Int]) { self.exponents = exponents.filter { $0.value != 0 } }

    /// The dimension of a unit string such as `USD/year`.
    public init(unit: String) {
        var exponents: [String: Int] = [:]
        for (index, part) in unit.split(separator: "/", omittingEmptySubsequences: false).enumerated() {
            let word = part.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let base = Self.base(of: word)
            guard let base else { continue }
            exponents[base, default: 0] += index == 0 ? 1 : -1
        }
        self.init(exponents: exponents)
    }

    /// The base a unit word stands for, or `nil` for a plain count.
    static func base(of word: String) -> String? {
        switch word.lowercased() {
        case let plain where plainWords.contains(plain): nil
        case "year", "years": "year"
        case "month", "months": "month"
        default: word
        }
    }

    /// Whether it is a plain number.
    public var isNumber: Bool { exponents.isEmpty }

    /// Whether a unit can have it: no base to a power other than 1 or −1 (`USD × USD` cannot).
    public var isUnitLike: Bool { exponents.values.allSatisfy { abs($0) == 1 } }

    /// The product of two dimensions.
    public static func * (a: Dimension, b: Dimension) -> Dimension {
        Dimension(exponents: a.exponents.merging(b.exponents, uniquingKeysWith: +))
    }

    /// The quotient of two dimensions.
    public static func / (a: Dimension, b: Dimension) -> Dimension { a * b.power(-1) }

    /// The dimension to a whole power.
    public func power(_ n: Int) -> Dimension { Dimension(exponents: exponents.mapValues { $0 * n }) }

    /// `USD/year`, `USD²`, `USD × year`, `1/year`, or `a plain number`.
    public var description: String {
        func product(_ bases: [(String, Int)]) -> String {
            bases.map { base, power in power == 1 ? base : base + Self.superscript(power) }.joined(separator: " × ")
        }
        let sorted = exponents.sorted { $0.key < $1.key }
        let up = sorted.filter { $0.value > 0 }, down = sorted.filter { $0.value < 0 }.map { ($0.key, -$0.value) }
        if up.isEmpty && down.isEmpty { return "a plain number" }
        let numerator = up.isEmpty ? "1" : product(up)
        if down.isEmpty { return numerator }
        return numerator + "/" + (down.count == 1 ? product(down) : "(" + product(down) + ")")
    }

    /// `n` in superscript digits, e.g. `²`.
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return (n < 0 ? "⁻" : "") + String(abs(n)).map { digits[Int(String($0))!] }
    }
}

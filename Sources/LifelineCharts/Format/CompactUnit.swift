/// A short magnitude suffix for compact numbers: K, M, B, T.
struct CompactUnit: Sendable, Equatable {
    /// The suffix written after the number.
    let suffix: String
    /// The value one unit stands for.
    let size: Double

    /// No suffix: the number is written in full with thousands separators.
    static let one = CompactUnit(suffix: "", size: 1)
    /// Units in ascending order.
    static let all = [
        one, CompactUnit(suffix: "K", size: 1e3), CompactUnit(suffix: "M", size: 1e6),
        CompactUnit(suffix: "B", size: 1e9), CompactUnit(suffix: "T", size: 1e12),
    ]

    /// The unit for a magnitude: numbers under 10,000 are written in full ("2,650"), larger ones shortened ("54M").
    static func forMagnitude(_ magnitude: Double) -> CompactUnit {
        guard magnitude >= 1e4 else { return one }
        return all.last { magnitude >= $0.size } ?? one
    }

    /// The next larger unit, if any.
    var next: CompactUnit? {
        guard let index = Self.all.firstIndex(of: self), index + 1 < Self.all.count else { return nil }
        return Self.all[index + 1]
    }
}

/// How numbers are written in labels and on axes. Locale-independent and deterministic:
/// commas group thousands, a period marks decimals, and negatives use a true minus sign (−).
///
/// ```swift
/// NumberFormat.currency("USD").string(54e6)   // "USD 54M"
/// NumberFormat.percent.string(0.025)          // "2.5%"
/// NumberFormat.count.string(34_000)           // "34,000"
/// ```
public struct NumberFormat: Sendable {
    enum Style: Sendable {
        case automatic, number, plain, count, percent, compact
        case currency(String)
        case custom(@Sendable (Double) -> String)
    }

    let style: Style
    let decimals: Int?

    /// Plain numbers ("2,650", "54.3"), shortened from a million up ("54M") and written
    /// with a power of ten below 0.001 ("2.5e−9").
    public static let automatic = NumberFormat(style: .automatic, decimals: nil)
    /// Whole counts with thousands separators: "34,000".
    public static let count = NumberFormat(style: .count, decimals: nil)
    /// Fractions shown as percentages: 0.3 → "30%", 0.025 → "2.5%".
    public static let percent = NumberFormat(style: .percent, decimals: nil)
    /// Compact magnitudes: "900", "2,650", "54M", "1.2B".
    public static let compact = NumberFormat(style: .compact, decimals: nil)

    /// Numbers without thousands separators, for years and identifiers: "2024".
    public static let plain = NumberFormat(style: .plain, decimals: nil)

    /// Plain numbers with thousands separators and `decimals` places (nil: about three significant digits).
    public static func number(decimals: Int? = nil) -> NumberFormat { .init(style: .number, decimals: decimals) }
    /// Percentages with a fixed number of decimal places.
    public static func percent(decimals: Int) -> NumberFormat { .init(style: .percent, decimals: decimals) }
    /// Compact magnitudes with a fixed number of decimal places in the unit ("1.25B").
    public static func compact(decimals: Int) -> NumberFormat { .init(style: .compact, decimals: decimals) }
    /// Money in compact form with a currency code prefix: "USD 54M", "USD 2,650", "USD 1.2B", "USD 900".
    public static func currency(_ code: String, decimals: Int? = nil) -> NumberFormat {
        .init(style: .currency(code), decimals: decimals)
    }
    /// Any function of your own; used for single values and ticks alike.
    public static func custom(_ format: @escaping @Sendable (Double) -> String) -> NumberFormat {
        .init(style: .custom(format), decimals: nil)
    }

    /// One value, for a label.
    public func string(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        switch style {
        case .automatic:
            let magnitude = abs(value)
            if magnitude >= 1e6 { return Self.compactString(value, decimals: decimals) }
            if magnitude > 0, magnitude < 1e-3 { return DecimalText.scientific(value, decimals: decimals ?? 2) }
            return Self.plainString(value, decimals: decimals)
        case .number:
            return Self.plainString(value, decimals: decimals)
        case .plain:
            return DecimalText.fixed(value, decimals: decimals ?? 6, grouped: false, trimmed: decimals == nil)
        case .count:
            return DecimalText.fixed(value, decimals: decimals ?? 0)
        case .percent:
            let percent = value * 100
            let magnitude = abs(percent)
            let places = decimals ?? (magnitude >= 10 || magnitude == 0 ? 0 : magnitude >= 1 ? 1 : 2)
            return DecimalText.fixed(percent, decimals: places, trimmed: decimals == nil) + "%"
        case .compact:
            return Self.compactString(value, decimals: decimals)
        case .currency(let code):
            return Self.currencyString(value, code: code, decimals: decimals)
        case .custom(let format):
            return format(value)
        }
    }

    /// Labels for axis ticks, all with the same precision: enough decimals to tell adjacent
    /// ticks apart (d3-format's precisionFixed of the tick step) and no more.
    public func tickLabels(_ ticks: [Double]) -> [String] {
        if case .custom(let format) = style { return ticks.map(format) }
        let step = Self.step(of: ticks)
        let maxMagnitude = ticks.map(abs).filter(\.isFinite).max() ?? 0
        var extra = 0
        while true {
            let labels = tickLabels(ticks, step: step, maxMagnitude: maxMagnitude, extra: extra)
            if extra >= 4 || Self.distinguishes(labels, ticks) { return labels }
            extra += 1
        }
    }

    /// A shorter form of this format for labels that do not fit: plain numbers and counts become
    /// compact ("2B" rather than "2,000,000,000"); currency, percentages and custom formats are kept.
    public var abbreviated: NumberFormat {
        switch style {
        case .automatic, .number, .plain, .count: .compact
        case .compact, .percent, .currency, .custom: self
        }
    }

    /// Labels for logarithmic ticks (1, 2, 5, 10, 20…), each written at its own precision.
    public func logTickLabels(_ ticks: [Double]) -> [String] {
        let labels = ticks.map(string)
        return Self.distinguishes(labels, ticks) ? labels : tickLabels(ticks)
    }

    private func tickLabels(_ ticks: [Double], step: Double, maxMagnitude: Double, extra: Int) -> [String] {
        func places(_ step: Double) -> Int { (decimals ?? DecimalText.precision(forStep: step)) + extra }
        switch style {
        case .automatic where maxMagnitude >= 1e6, .compact:
            return Self.compactTicks(ticks, step: step, maxMagnitude: maxMagnitude, decimals: decimals, extra: extra)
        case .automatic where maxMagnitude > 0 && maxMagnitude < 1e-3:
            let stepPower = DecimalText.exponent(step)
            return ticks.map { tick in
                tick == 0
                    ? "0"
                    : DecimalText.scientific(
                        tick, decimals: max(0, DecimalText.exponent(tick) - stepPower) + extra)
            }
        case .automatic, .number, .count:
            return ticks.map { DecimalText.fixed($0, decimals: places(step)) }
        case .plain:
            return ticks.map { DecimalText.fixed($0, decimals: places(step), grouped: false) }
        case .percent:
            return ticks.map { DecimalText.fixed($0 * 100, decimals: places(step * 100)) + "%" }
        case .currency(let code):
            let labels = Self.compactTicks(ticks, step: step, maxMagnitude: maxMagnitude, decimals: decimals, extra: extra)
            return labels.map { Self.prefixed($0, code: code) }
        case .custom(let format):
            return ticks.map(format)
        }
    }

    private static func compactTicks(
        _ ticks: [Double], step: Double, maxMagnitude: Double, decimals: Int?, extra: Int
    ) -> [String] {
        let unit = CompactUnit.forMagnitude(maxMagnitude)
        let places = (decimals ?? DecimalText.precision(forStep: step / unit.size)) + extra
        return ticks.map { tick in
            tick == 0 ? "0" : DecimalText.fixed(tick / unit.size, decimals: places) + unit.suffix
        }
    }

    private static func plainString(_ value: Double, decimals: Int?) -> String {
        if let decimals { return DecimalText.fixed(value, decimals: decimals) }
        let places = value == 0 ? 0 : min(max(2 - DecimalText.exponent(value), 0), 6)
        return DecimalText.fixed(value, decimals: places, trimmed: true)
    }

    private static func compactString(_ value: Double, decimals: Int?) -> String {
        var unit = CompactUnit.forMagnitude(abs(value))
        if unit == .one {
            let places = decimals ?? (abs(value) >= 100 ? 0 : 2)
            return DecimalText.fixed(value, decimals: places, trimmed: decimals == nil)
        }
        func places(_ scaled: Double) -> Int { decimals ?? (abs(scaled) < 10 ? 1 : 0) }
        var scaled = value / unit.size
        if abs(scaled.rounded(toPlaces: places(scaled))) >= 1000, let next = unit.next {
            unit = next
            scaled = value / unit.size
        }
        return DecimalText.fixed(scaled, decimals: places(scaled), trimmed: decimals == nil) + unit.suffix
    }

    private static func currencyString(_ value: Double, code: String, decimals: Int?) -> String {
        let magnitude = abs(value)
        let text: String
        if magnitude < 100, decimals == nil {
            let whole = value == value.rounded()
            text = DecimalText.fixed(value, decimals: whole ? 0 : 2)
        } else {
            text = compactString(value, decimals: decimals)
        }
        return prefixed(text, code: code)
    }

    /// "USD 54M", and "USD −5M" for negatives.
    private static func prefixed(_ text: String, code: String) -> String {
        code.isEmpty ? text : code + " " + text
    }

    /// The smallest gap between distinct ticks, or a sensible stand-in for one tick.
    static func step(of ticks: [Double]) -> Double {
        let sorted = Array(Set(ticks.filter(\.isFinite))).sorted()
        let gaps = zip(sorted, sorted.dropFirst()).map { $1 - $0 }.filter { $0 > 0 }
        if let smallest = gaps.min() {
            // 0.3 − 0.2 is 0.09999999999999998 in binary; round to 12 significant digits to get 0.1 back.
            let scale = pow10(11 - DecimalText.exponent(smallest))
            return (smallest * scale).rounded() / scale
        }
        let magnitude = abs(sorted.first ?? 1)
        return magnitude > 0 ? pow10(DecimalText.exponent(magnitude)) : 1
    }

    private static func pow10(_ power: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(power) { value *= 10 }
        return power < 0 ? 1 / value : value
    }

    private static func distinguishes(_ labels: [String], _ ticks: [Double]) -> Bool {
        for index in labels.indices.dropFirst() where labels[index] == labels[index - 1] && ticks[index] != ticks[index - 1] {
            return false
        }
        return true
    }
}

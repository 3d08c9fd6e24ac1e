/// An axis resolved for a given length: its final scale, the ticks that fit without overlapping,
/// and how much room the labels need.
struct AxisLayout {
    /// Which axis.
    var id: AxisID
    /// The scale with its final domain and screen range.
    var scale: PositionScale
    /// Labelled positions.
    var ticks: [AxisTick]
    /// Band labels on x turned to run vertically because the bands are too narrow.
    var rotated = false
    /// Room the labels need across the axis: height below an x axis, width left of a y axis.
    var depth: Double
    /// How far the first label reaches before the axis start (x axis), in pixels.
    var overhangStart = 0.0
    /// How far the last label reaches past the axis end (x axis), in pixels.
    var overhangEnd = 0.0

    /// Lays out `axis` over `range`, fitting its domain to `values` or `categories` when it has none.
    /// `maxLabelWidth` bounds the width of category labels on a y axis.
    static func make(
        _ axis: Axis, id: AxisID, values: [Double], categories: [String], range: ScreenRange,
        theme: Theme, maxLabelWidth: Double
    ) -> AxisLayout {
        switch axis.kind {
        case .band:
            let names = axis.categories ?? categories
            let scale = BandScale(
                domain: names, range: range, paddingInner: axis.paddingInner,
                paddingOuter: axis.paddingOuter)
            return id == .x
                ? bandX(scale, theme: theme, maxLabelWidth: maxLabelWidth)
                : bandY(scale, theme: theme, maxLabelWidth: maxLabelWidth)
        case .linear, .log:
            return numeric(axis, id: id, values: values, range: range, theme: theme, maxLabelWidth: maxLabelWidth)
        }
    }

    // MARK: Numeric axes

    private static func numeric(
        _ axis: Axis, id: AxisID, values: [Double], range: ScreenRange, theme: Theme, maxLabelWidth: Double
    ) -> AxisLayout {
        let (domain, fitted) = fittedDomain(axis, values: values)
        let shouldNice = axis.nice ?? fitted
        var count = axis.tickCount ?? autoCount(length: range.length, id: id, theme: theme)
        let scale = numericScale(axis.kind, domain: domain, range: range, nice: shouldNice, count: count)
        func labelled(_ values: [Double]) -> [AxisTick] {
            labelledTicks(values, scale: scale, axis: axis, id: id, theme: theme, maxWidth: maxLabelWidth)
        }
        while true {
            let values = tickValues(scale, count: count)
            let ticks = labelled(values)
            if fits(ticks, id: id, theme: theme) {
                return numericLayout(scale, ticks: ticks, id: id, range: range, theme: theme)
            }
            if count <= 2 {
                let thinned = thinnedValues(values) { fits(labelled($0), id: id, theme: theme) }
                return numericLayout(scale, ticks: labelled(thinned), id: id, range: range, theme: theme)
            }
            count -= 1
        }
    }

    /// Ticks with labels in the axis format, abbreviated when that is too wide for a y axis or too
    /// crowded for an x axis. Labels are computed for exactly these values, so their precision suits them.
    private static func labelledTicks(
        _ values: [Double], scale: PositionScale, axis: Axis, id: AxisID, theme: Theme, maxWidth: Double
    ) -> [AxisTick] {
        func ticks(_ format: NumberFormat) -> [AxisTick] {
            let labels = axis.kind == .log ? format.logTickLabels(values) : format.tickLabels(values)
            return zip(values, labels).map { AxisTick(position: scale.position($0), lines: [$1]) }
                .filter { $0.position.isFinite }
        }
        let full = ticks(axis.format)
        let tooWide =
            id == .y
            ? (full.map { labelWidth($0, theme) }.max() ?? 0) > maxWidth
            : !fits(full, id: id, theme: theme)
        return tooWide ? ticks(axis.format.abbreviated) : full
    }

    /// The explicit domain, or the extent of the values (with zero when asked), widened if it has no width.
    static func fittedDomain(_ axis: Axis, values: [Double]) -> (domain: ClosedRange<Double>, fitted: Bool) {
        if let domain = axis.domain, domain.lowerBound.isFinite, domain.upperBound.isFinite {
            return (LinearScale.widened(domain), false)
        }
        var values = values.filter(\.isFinite)
        if axis.kind == .log { values = values.filter { $0 > 0 } }
        if axis.includesZero, axis.kind != .log { values.append(0) }
        let extent = LinearScale.extent(of: values) ?? (axis.kind == .log ? 1...10 : 0...1)
        return (LinearScale.widened(extent), true)
    }

    private static func numericScale(
        _ kind: Axis.Kind, domain: ClosedRange<Double>, range: ScreenRange, nice: Bool, count: Int
    ) -> PositionScale {
        if kind == .log {
            let scale = LogScale(domain: domain, range: range, clamped: true)
            return .log(nice ? scale.nice() : scale)
        }
        let scale = LinearScale(domain: domain, range: range, clamped: true)
        return .linear(nice ? scale.nice(count) : scale)
    }

    private static func tickValues(_ scale: PositionScale, count: Int) -> [Double] {
        switch scale {
        case .linear(let scale): scale.ticks(count)
        case .log(let scale): scale.ticks(count)
        case .band: []
        }
    }

    /// About one tick per 6.5 em across, or per 3 em up; between 2 and 10.
    private static func autoCount(length: Double, id: AxisID, theme: Theme) -> Int {
        let spacing = theme.fontSize * (id == .x ? 6.5 : 3)
        guard length.isFinite, spacing > 0 else { return 5 }
        return min(max(Int(length / spacing), 2), 10)
    }

    /// Whether neighbouring labels keep clear of each other.
    static func fits(_ ticks: [AxisTick], id: AxisID, theme: Theme) -> Bool {
        let sorted = ticks.sorted { $0.position < $1.position }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let distance = b.position - a.position
            let needed =
                id == .x
                ? (labelWidth(a, theme) + labelWidth(b, theme)) / 2 + theme.fontSize * 0.75
                : theme.fontSize * 1.2
            if distance < needed { return false }
        }
        return true
    }

    /// Every second, third… value, whichever first passes `fits`; at worst the first value alone.
    private static func thinnedValues(_ values: [Double], fits: ([Double]) -> Bool) -> [Double] {
        guard values.count > 2 else { return Array(values.prefix(1)) }
        for stride in 2..<values.count {
            let kept = values.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
            if fits(kept) { return kept }
        }
        return Array(values.prefix(1))
    }

    private static func numericLayout(
        _ scale: PositionScale, ticks: [AxisTick], id: AxisID, range: ScreenRange, theme: Theme
    ) -> AxisLayout {
        let widths = ticks.map { labelWidth($0, theme) }
        switch id {
        case .x:
            let low = min(range.start, range.end), high = max(range.start, range.end)
            let starts = zip(ticks, widths).map { $0.position - $1 / 2 }
            let ends = zip(ticks, widths).map { $0.position + $1 / 2 }
            return AxisLayout(
                id: id, scale: scale, ticks: ticks,
                depth: theme.tickLength + theme.labelGap + theme.fontSize,
                overhangStart: max(0, low - (starts.min() ?? low)), overhangEnd: max(0, (ends.max() ?? high) - high))
        case .y:
            return AxisLayout(id: id, scale: scale, ticks: ticks, depth: (widths.max() ?? 0) + theme.labelGap)
        }
    }

    // MARK: Band axes

    private static func bandX(_ scale: BandScale, theme: Theme, maxLabelWidth: Double) -> AxisLayout {
        let size = theme.fontSize
        let room = max(scale.step - size * 0.6, size * 2)
        let widest = scale.domain.map { TextMeasure.width($0, size: size) }.max() ?? 0
        if scale.step < size * 3.5, widest > room {
            let ticks = scale.domain.map { name -> AxisTick in
                let line = TextWrap.truncate(name, width: maxLabelWidth, size: size)
                return AxisTick(position: scale.center(of: name) ?? 0, lines: [line], fullText: line == name ? nil : name)
            }
            let depth = (ticks.map { labelWidth($0, theme) }.max() ?? 0) + theme.labelGap
            return AxisLayout(id: .x, scale: .band(scale), ticks: ticks, rotated: true, depth: depth)
        }
        let ticks = scale.domain.map { name -> AxisTick in
            let wrapped = TextWrap.lines(name, width: room, size: size, maxLines: 3)
            return AxisTick(
                position: scale.center(of: name) ?? 0, lines: wrapped.lines,
                fullText: wrapped.truncated ? name : nil)
        }
        let lines = ticks.map(\.lines.count).max() ?? 1
        return AxisLayout(
            id: .x, scale: .band(scale), ticks: ticks,
            depth: theme.labelGap + Double(lines) * theme.lineHeight(size))
    }

    private static func bandY(_ scale: BandScale, theme: Theme, maxLabelWidth: Double) -> AxisLayout {
        let size = theme.fontSize
        let widest = scale.domain.map { TextMeasure.width($0, size: size) }.max() ?? 0
        let room = min(widest, maxLabelWidth)
        let maxLines = min(max(Int(scale.step / theme.lineHeight(size)), 1), 3)
        let ticks = scale.domain.map { name -> AxisTick in
            let wrapped = TextWrap.lines(name, width: room, size: size, maxLines: maxLines)
            return AxisTick(
                position: scale.center(of: name) ?? 0, lines: wrapped.lines,
                fullText: wrapped.truncated ? name : nil)
        }
        let depth = (ticks.map { labelWidth($0, theme) }.max() ?? 0) + theme.labelGap
        return AxisLayout(id: .y, scale: .band(scale), ticks: ticks, depth: depth)
    }

    /// Width of a tick's widest line.
    static func labelWidth(_ tick: AxisTick, _ theme: Theme) -> Double {
        tick.lines.map { TextMeasure.width($0, size: theme.fontSize) }.max() ?? 0
    }
}

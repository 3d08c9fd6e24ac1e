import Foundation
import LifelineCharts

/// Generic made-up charts that exercise every mark, used by the validation, preview and golden tests.
enum SampleCharts {
    static func all() throws -> [Chart] {
        [
            try histogram(), try pointRange(), try forecast(), try stackedShares(), try tornado(),
            try cumulative(), try columns(), try logScale(),
        ]
    }

    /// A histogram with median and 90 % interval rules.
    static func histogram() throws -> Chart {
        let counts: [Double] = [4, 18, 42, 71, 88, 80, 61, 44, 30, 19, 12, 7, 4, 2]
        let bins = counts.enumerated().map { index, count in
            Bin(lower: Double(index) * 5, upper: Double(index + 1) * 5, value: count)
        }
        return try Chart(
            name: "wait-times",
            title: "Most waits are under half an hour",
            subtitle: "Simulated waiting times, 482 visits",
            description: "Histogram of waiting times in minutes. The median is 23 minutes; 90% of waits fall between 8 and 52 minutes.",
            caption: "Source: made-up data for testing.",
            x: .linear("Waiting time (minutes)", format: .count),
            y: .linear("Visits", format: .count),
            marks: [
                HistogramMark(bins),
                RuleMark(x: 23, label: "Median 23 min"),
                RuleMark(x: 8, label: "5th pct 8", ink: .muted, dashed: true),
                RuleMark(x: 52, label: "95th pct 52", ink: .muted, dashed: true),
            ])
    }

    /// Ranges by category with a pooled estimate, long category names.
    static func pointRange() throws -> Chart {
        let rows: [(String, Double, Double, Double)] = [
            ("North", 0.042, 0.031, 0.055),
            ("South-east coastal districts", 0.061, 0.048, 0.077),
            ("Central highlands and plateau region", 0.025, 0.012, 0.041),
            ("West", 0.07, 0.052, 0.094),
            ("Islands", 0.033, 0.009, 0.071),
        ]
        var items = rows.map { name, value, low, high in
            PointRange(
                name, value: value, low: low, high: high,
                label: NumberFormat.percent.string(value))
        }
        items.append(
            PointRange(
                "Pooled", value: 0.046, low: 0.038, high: 0.055, ink: .text,
                label: "4.6%", emphasized: true))
        return try Chart(
            name: "rates-by-region",
            title: "Rates differ by region, pooled rate 4.6%",
            description: "Estimated rate with 90% interval for five regions; the pooled estimate is 4.6% (3.8% to 5.5%).",
            x: .linear("Rate", format: .percent, includesZero: true),
            y: .band(),
            marks: [RuleMark(x: 0.046, ink: .muted, dashed: true), PointRangeMark(items)])
    }

    /// Lines with an uncertainty band, direct labels and a target rule.
    static func forecast() throws -> Chart {
        let years = Array(2010...2030).map(Double.init)
        func series(_ start: Double, _ slope: Double, _ wiggle: Double) -> [DataPoint] {
            years.map { year in
                let t = year - 2010
                return DataPoint(year, start + slope * t + wiggle * ((t * 1.7).truncatingRemainder(dividingBy: 3) - 1))
            }
        }
        let central = series(26e6, 3.1e6, 0.6e6)
        let band = central.enumerated().map { index, point in
            BandPoint(x: point.x, low: point.y - Double(index) * 0.35e6, high: point.y + Double(index) * 0.45e6)
        }
        return try Chart(
            name: "forecast",
            title: "Volumes keep rising under every scenario",
            subtitle: "Units per year; shaded: 90% interval of the central scenario",
            description:
                "Three scenarios from 2010 to 2030. The central scenario rises from 26M to about 91M units; the low scenario ends near 60M.",
            x: .linear(domain: 2010...2030, format: .plain),
            y: .linear(format: .compact, includesZero: true),
            marks: [
                AreaMark(band, ink: .series(1), legendLabel: "90% interval"),
                LineMark(central, ink: .series(1), label: "Central"),
                LineMark(series(26e6, 3.3e6, 0.2e6), ink: .series(2), label: "High growth"),
                LineMark(series(26e6, 1.7e6, 0.4e6), ink: .series(3), label: "Low growth"),
                RuleMark(y: 80e6, label: "Target 80M", ink: .muted, dashed: true),
            ])
    }

    /// Horizontal stacked shares with in-segment labels and a legend.
    static func stackedShares() throws -> Chart {
        try Chart(
            name: "energy-mix",
            title: "Share of supply by source",
            description: "Shares of supply for four areas. Hydro is largest in the North at 46%; imports are largest in the East at 38%.",
            x: .linear(domain: 0...1, format: .percent),
            y: .band(),
            marks: [
                StackedBarMark(
                    series: ["Hydro", "Solar", "Gas", "Imports"],
                    stacks: [
                        Stack("North", values: [0.46, 0.22, 0.2, 0.12]),
                        Stack("East", values: [0.1, 0.24, 0.28, 0.38]),
                        Stack("South", values: [0.3, 0.35, 0.3, 0.05]),
                        Stack("West", values: [0.2, 0.18, 0.5, 0.12]),
                    ],
                    valueFormat: .percent)
            ])
    }

    /// A tornado: bars to the left and right of a baseline.
    static func tornado() throws -> Chart {
        let base = 54e6
        let rows: [(String, Double, Double)] = [
            ("Exchange rate", 41e6, 70e6), ("Fee level", 47e6, 63e6),
            ("Number of senders", 49e6, 58e6), ("Average amount sent per transfer", 51e6, 57e6),
        ]
        let format = NumberFormat.currency("USD")
        let bars = rows.flatMap { name, low, high in
            [
                Bar(name, value: low, base: base, ink: .series(2), label: format.string(low)),
                Bar(name, value: high, base: base, ink: .series(1), label: format.string(high)),
            ]
        }
        return try Chart(
            name: "sensitivity",
            title: "The exchange rate matters most",
            description:
                "Effect of each input's low and high value on the total, around a base case of USD 54M. The exchange rate moves it from USD 41M to USD 70M.",
            x: .linear("Total, USD", format: .compact),
            y: .band(paddingInner: 0.3),
            marks: [BarMark(bars), RuleMark(x: base, label: "Base case USD 54M")],
            legend: [LegendEntry("Low value", ink: .series(2)), LegendEntry("High value", ink: .series(1))])
    }

    /// Cumulative lines against a target line, with close end labels that need nudging.
    static func cumulative() throws -> Chart {
        let months = Array(0...12).map(Double.init)
        func line(_ rate: Double) -> [DataPoint] { months.map { DataPoint($0, rate * $0 / 12) } }
        return try Chart(
            name: "cumulative",
            title: "Two programmes reach the 3% target",
            description: "Cumulative share reached per month for three programmes; A and B pass the 3% target by month 12, C reaches 2.4%.",
            x: .linear("Month", domain: 0...12, format: .count),
            y: .linear(format: .percent),
            marks: [
                RuleMark(y: 0.03, label: "Target 3%", dashed: true),
                LineMark(line(0.034), ink: .series(1), label: "Programme A"),
                LineMark(line(0.032), ink: .series(2), label: "Programme B"),
                LineMark(line(0.024), ink: .series(3), label: "Programme C", showsPoints: true),
            ])
    }

    /// Vertical bars with long category names and hostile text.
    static func columns() throws -> Chart {
        let names = [
            "Agriculture", "Manufacturing and construction", "Retail <script>alert(1)</script>",
            "Public administration & defence", "한국어 범주", "\u{200F}Other\u{200F} \"onload=x\"",
        ]
        let values = [34_000.0, 128_500, 56_250, 91_000, 12_000, 4_800]
        return try Chart(
            name: "workers-by-sector",
            title: "Workers by sector \"onload=alert(1)\" <b>&</b>",
            description: "Workers in six sectors; manufacturing and construction is largest with 128,500.",
            x: .band(),
            y: .linear("Workers", format: .count),
            marks: [BarMark(zip(names, values).map { Bar($0, value: $1, label: NumberFormat.count.string($1)) })])
    }

    /// A log-scale line spanning several decades.
    static func logScale() throws -> Chart {
        let points = (0...10).map { DataPoint(Double($0), 3 * pow(10, Double($0) * 0.55)) }
        return try Chart(
            name: "growth-log",
            title: "Growth over ten periods on a log scale",
            description: "A quantity growing from 3 to about 950K over ten periods.",
            x: .linear("Period", format: .count),
            y: .log("Quantity", format: .compact),
            marks: [LineMark(points, label: "Quantity", showsPoints: true)])
    }

    /// Awkward layouts: a tiny chart, many narrow categories, long labels on short bars, tiny and huge numbers.
    static func edgeCases() throws -> [Chart] {
        var narrow = try Chart(
            name: "narrow", title: "A very small chart with a long title that has to wrap onto a second line somewhere",
            description: "Small multiple.", x: .linear(format: .currency("USD"), ticks: 20), y: .linear(format: .count),
            marks: [LineMark([DataPoint(0, 0), DataPoint(1.2e9, 3e9)], label: "A long direct label for one line")])
        narrow.width = 240
        narrow.height = 180
        let names = (1...30).map { "Category number \($0)" }
        let many = try Chart(
            name: "many-categories", title: "Thirty categories", description: "Thirty bars with rotated labels.",
            x: .band(), y: .linear(format: .percent),
            marks: [BarMark(names.enumerated().map { Bar($1, value: Double($0 % 7) / 20) })])
        let long = "An extremely long category label that cannot possibly fit beside a small bar chart"
        var short = try Chart(
            name: "long-labels", title: "Long labels", description: "Two bars with long labels.",
            x: .linear(format: .compact), y: .band(),
            marks: [BarMark([Bar(long, value: 3e6, label: "3M"), Bar("한국어 범주 이름", value: 2e6, label: "2M")])])
        short.height = 160
        let tiny = try Chart(
            name: "tiny-values", title: "Tiny values", description: "Values around one billionth.",
            x: .linear(format: .automatic), y: .linear(format: .automatic),
            marks: [
                LineMark([DataPoint(1.3e-9, 1e12), DataPoint(6.1e-9, 9.7e12)], label: "Huge", showsPoints: true),
                RuleMark(y: 5e12, label: "Half", dashed: true),
            ])
        let diverging = try Chart(
            name: "diverging", title: "Change from baseline", description: "Negative and positive values.",
            x: .band(), y: .linear(format: .percent),
            marks: [
                BarMark([
                    Bar("A", value: -0.12, ink: .series(2), label: "−12%"), Bar("B", value: 0.08, label: "+8%"),
                    Bar("C", value: 0.21, label: "+21%"), Bar("D", value: -0.03, ink: .series(2), label: "−3%"),
                ])
            ])
        let heights: [Double] = [6, 7, 8, 9, 10, 9, 8, 7, 6, 5]
        let bins = heights.enumerated().map { Bin(lower: Double($0) * 10, upper: Double($0 + 1) * 10, value: $1) }
        let closeRules = try Chart(
            name: "close-rules", title: "Three close reference lines", description: "Rules whose labels collide.",
            x: .linear(format: .count), y: .linear(format: .count),
            marks: [
                HistogramMark(bins),
                RuleMark(x: 38, label: "Lower bound 38", ink: .muted, dashed: true),
                RuleMark(x: 42, label: "Median 42"),
                RuleMark(x: 47, label: "Upper bound 47", ink: .muted, dashed: true),
                RuleMark(x: 99, label: "Far right edge label"),
            ])
        return [narrow, many, short, tiny, diverging, closeRules]
    }
}

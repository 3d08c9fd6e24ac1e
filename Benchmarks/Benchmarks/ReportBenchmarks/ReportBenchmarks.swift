import Benchmark
import Foundation
import LifelineAnalysis
import LifelineData
import LifelineRender

/// The default registry, compiled into the binary.
let registry: Registry = try! Registry.embedded()

/// Every chart, drawn from a small analysis (the draws only change the charts' numbers, not their shape).
let charts: ChartExport = try! ChartExport(registry: registry, options: AnalysisOptions(draws: 10_000))

/// The report's Markdown, as `lifeline build` writes it.
let reportMarkdown: String = {
    let files = try! ReportBuilder(registry: registry).build()
    return String(decoding: files.first { $0.path == "report.md" }!.data, as: UTF8.self)
}()

let benchmarks: @Sendable () -> Void = {
    let metrics: [BenchmarkMetric] = [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident]
    let quick = Benchmark.Configuration(metrics: metrics, timeUnits: .microseconds, maxDuration: .seconds(2), maxIterations: 200)
    let slow = Benchmark.Configuration(metrics: metrics, timeUnits: .milliseconds, maxDuration: .seconds(3), maxIterations: 30)

    Benchmark("Registry load (embedded)", configuration: quick) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Registry.embedded()) }
    }

    Benchmark("All charts, all themes, SVG", configuration: quick) { benchmark in
        for _ in benchmark.scaledIterations {
            for name in ChartExport.names {
                for theme in ChartExport.ThemeName.allCases {
                    blackHole(try charts.file(named: name, theme: theme, format: .svg))
                }
            }
        }
    }

    for theme in ChartExport.ThemeName.allCases {
        Benchmark("All charts, \(theme.rawValue) theme, SVG", configuration: quick) { benchmark in
            for _ in benchmark.scaledIterations {
                for name in ChartExport.names { blackHole(try charts.file(named: name, theme: theme, format: .svg)) }
            }
        }
    }

    Benchmark("Markdown to HTML (CommonMark.render, report.md)", configuration: quick) { benchmark in
        let markdown = reportMarkdown
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(CommonMark.render(markdown)) }
    }

    Benchmark("Report build (ReportBuilder.build, 1M draws)", configuration: slow) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try ReportBuilder(registry: registry).build()) }
    }
}

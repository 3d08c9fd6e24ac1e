import LifelineData

/// The report's charts, built from the registry (TEMPORARY drawing until the chart kit lands).
struct ReportCharts {
    let registry: Registry

    /// A chart in the report: the figure block and its standalone files.
    struct Built {
        var figure: ChartFigure
        var files: [ReportFile]
    }

    func brokerFees(label: String) -> Built {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 360\" width=\"640\" height=\"360\" role=\"img\"><title>Broker fees</title></svg>"
        let figure = ChartFigure(id: "figure-broker-fees", label: label, caption: [.text("Broker fees by source.")], file: "charts/broker-fees.svg", alt: "Broker fees", svg: svg)
        return Built(figure: figure, files: [ReportFile(path: "charts/broker-fees.svg", text: svg)])
    }
}

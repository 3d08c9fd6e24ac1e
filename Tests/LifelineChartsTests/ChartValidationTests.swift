import Foundation
import LifelineCharts
import Testing

/// Every sample chart, in every theme and both flavours, must be valid, accessible, portable SVG.
@Suite struct ChartValidationTests {
    static let cases: [(chart: Chart, theme: Theme)] = {
        let charts = ((try? SampleCharts.all()) ?? []) + ((try? SampleCharts.edgeCases()) ?? [])
        return charts.flatMap { chart in Theme.all.map { (chart, $0) } }
    }()

    static var labels: [String] { cases.map { "\($0.chart.name)-\($0.theme.name)" } }

    @Test func samplesExist() {
        #expect(Self.cases.count == 14 * Theme.all.count)
    }

    @Test(arguments: labels)
    func validStandaloneAndInline(label: String) throws {
        let (chart, theme) = try #require(Self.cases.first { "\($0.chart.name)-\($0.theme.name)" == label })
        for options in [RenderOptions.standalone, .inline] {
            let svg = chart.svg(theme: theme, options: options)
            try check(svg, chart: chart, theme: theme, flavor: options.flavor)
        }
    }

    func check(_ svg: String, chart: Chart, theme: Theme, flavor: SVGFlavor) throws {
        let original = theme
        let theme = theme.sized(width: chart.width, height: chart.height)
        let inspector = SVGInspector(svg)
        #expect(inspector.parseError == nil, "\(chart.name): \(String(describing: inspector.parseError))")
        let root = try #require(inspector.root)
        #expect(root.name == "svg")
        let attributes = root.attributes
        #expect(attributes["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(attributes["viewBox"] == "0 0 \(format(theme.width)) \(format(theme.height))")
        #expect(attributes["width"] == format(theme.width) && attributes["height"] == format(theme.height))
        #expect(attributes["role"] == "img")
        #expect(attributes["aria-labelledby"] == "\(chart.name)-title \(chart.name)-desc")
        #expect(attributes["font-family"] == "Helvetica, Arial, 'Liberation Sans', sans-serif")

        // Accessible name and description, referenced ids exist, ids unique and prefixed.
        let ids = inspector.ids
        for id in (attributes["aria-labelledby"] ?? "").split(separator: " ") { #expect(ids.contains(String(id))) }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix(chart.name + "-") })
        #expect(inspector.elements.dropFirst().first?.name == "title")
        #expect(inspector.all("desc").count == 1)

        // Portable: presentation attributes only, hex colours, no NaN.
        for banned in [
            "<style", "rgba(", "currentColor", "var(", " font=\"", "transparent", "NaN", "nan\"",
            "inf\"", "Infinity", "<script", "onload=\"",
        ] {
            #expect(!svg.contains(banned), "\(chart.name) contains \(banned)")
        }
        for element in inspector.elements {
            for key in ["fill", "stroke"] {
                guard let value = element.attributes[key] else { continue }
                #expect(value == "none" || isHexColour(value), "\(key)=\(value)")
            }
            for (key, value) in element.attributes where numericAttributes.contains(key) {
                #expect(Double(value)?.isFinite == true, "\(element.name) \(key)=\(value)")
            }
        }
        #expect(inspector.all("text").count >= 4)

        switch flavor {
        case .standalone:
            #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "))
            #expect(!svg.contains("class=\""))
        case .inline:
            #expect(svg.hasPrefix("<svg "))
            #expect(svg.contains("class=\"chart-bg\""))
            #expect(attributes["class"] == "chart")
        }
        if theme == .report, chart.name != "many-categories" { #expect(svg.utf8.count < 8_000, "\(chart.name) is \(svg.utf8.count) bytes") }

        // Nothing clipped, nothing overlapping (by the same width estimate the layout uses), unless the
        // chart was squeezed far below the size its theme's type is made for (slide type in 240 px).
        let squeezed = theme.width < original.fontSize * 20 || theme.height < original.fontSize * 10
        if squeezed { return }
        for box in inspector.texts {
            #expect(
                box.minX >= 0 && box.maxX <= theme.width && box.minY >= 0 && box.maxY <= theme.height,
                "\(chart.name)/\(theme.name): clipped \(box)")
        }
        for (a, b) in inspector.overlappingTexts {
            Issue.record("\(chart.name)/\(theme.name): \(a) overlaps \(b)")
        }
    }

    @Test func rendersToPNGWithRsvg() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lifeline-charts-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (chart, theme) in Self.cases {
            let svgFile = folder.appendingPathComponent("\(chart.name)-\(theme.name).svg")
            let pngFile = folder.appendingPathComponent("\(chart.name)-\(theme.name).png")
            try chart.svg(theme: theme).write(to: svgFile, atomically: true, encoding: .utf8)
            #expect(try Rasterizer.render(svg: svgFile, png: pngFile, zoom: 1) == 0)
            let size = try FileManager.default.attributesOfItem(atPath: pngFile.path)[.size] as? Int ?? 0
            #expect(size > 1000, "\(pngFile.lastPathComponent) is \(size) bytes")
        }
    }

    private let numericAttributes: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "width", "height",
        "stroke-width", "font-size", "fill-opacity",
    ]

    private func isHexColour(_ value: String) -> Bool {
        value.count == 7 && value.hasPrefix("#") && value.dropFirst().allSatisfy { "0123456789abcdef".contains($0) }
    }

    private func format(_ value: Double) -> String { SVGNumber.format(value) ?? "" }
}

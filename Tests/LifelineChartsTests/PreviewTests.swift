import Foundation
import LifelineCharts
import Testing

@Suite struct PreviewTests {
    @Test func writePreviews() throws {
        let folder = URL(fileURLWithPath: "/tmp/charts-preview")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for chart in try SampleCharts.all() + SampleCharts.edgeCases() {
            for theme in Theme.all {
                let svg = chart.svg(theme: theme)
                let file = folder.appendingPathComponent("\(chart.name)-\(theme.name).svg")
                try svg.write(to: file, atomically: true, encoding: .utf8)
                let png = folder.appendingPathComponent("\(chart.name)-\(theme.name).png")
                let status = try Rasterizer.render(svg: file, png: png, zoom: theme.width > 1000 ? 1 : 2)
                #expect(status == 0)
            }
            // The inline flavour restyled by page CSS for a dark colour scheme (rsvg reads <style>).
            let inline = chart.svg(theme: .report, options: .inline)
            let styled = inline.replacingOccurrences(
                of: "<title id=", with: "<style>" + ChartCSS.rules(for: .dark) + "</style>\n<title id=",
                options: [], range: inline.range(of: "<title id="))
            let file = folder.appendingPathComponent("\(chart.name)-inline-darkcss.svg")
            try styled.write(to: file, atomically: true, encoding: .utf8)
            let png = folder.appendingPathComponent("\(chart.name)-inline-darkcss.png")
            #expect(try Rasterizer.render(svg: file, png: png) == 0)
        }
    }
}

import Foundation
import Testing

@Suite struct ChartCommandTests {
    @Test func chartHelpListsTheCharts() throws {
        let help = try CLI.run(["chart", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("broker-fees"))
    }

    @Test func oneChartAsSVGInEachThemeAndSize() throws {
        let folder = try CLI.temporaryFolder()
        for theme in ["report", "dark", "slide", "slide-dark"] {
            let file = folder.appendingPathComponent("\(theme).svg")
            let result = try CLI.run(["chart", "broker-fees", "--draws", "20000", "--theme", theme, "-o", file.path])
            #expect(result.status == 0, "\(result.stderr)")
            let svg = try String(contentsOf: file, encoding: .utf8)
            #expect(svg.hasPrefix("<?xml"))
            #expect(svg.contains("role=\"img\""))
        }
        let sized = folder.appendingPathComponent("sized.svg")
        #expect(
            try CLI.run(["chart", "broker-fees", "--draws", "20000", "--width", "1600", "--height", "900", "-o", sized.path]).status == 0)
        #expect(try String(contentsOf: sized, encoding: .utf8).contains("viewBox=\"0 0 1600 900\""))
    }

    @Test func pngIsDrawnAtTwiceTheSize() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("fees.png")
        let result = try CLI.run(["chart", "broker-fees", "--draws", "20000", "--theme", "slide", "--format", "png", "-o", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: file)
        #expect(data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        // IHDR width and height, big-endian, at bytes 16–23.
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 2560 && height == 1440)
    }

    @Test func badArgumentsAreUsageErrors() throws {
        let unknown = try CLI.run(["chart", "no-such-chart", "-o", "/tmp/x.svg"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no chart called 'no-such-chart'"))
        #expect(try CLI.run(["chart", "broker-fees", "--draws", "20000", "--theme", "neon", "-o", "/tmp/x.svg"]).status == 64)
        #expect(try CLI.run(["chart", "broker-fees", "--draws", "20000", "--width", "0", "-o", "/tmp/x.svg"]).status == 64)
    }

    @Test func chartsWritesEveryThemeOfEveryChart() throws {
        let folder = try CLI.temporaryFolder().appendingPathComponent("charts")
        let result = try CLI.run(["charts", "--draws", "20000", "--out", folder.path, "--png"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(files.contains("broker-fees-slide.svg"))
        #expect(files.contains("broker-fees-dark.png"))
        #expect(files.count % 8 == 0)
    }
}

import LifelineCharts
import Testing

@Suite struct ThemeTests {
    @Test(arguments: Theme.all)
    func textPassesWCAGAA(theme: Theme) {
        let inks: [Ink] = [.text, .muted] + (1...10).map(Ink.series)
        for ink in inks {
            let ratio = theme.textColor(for: ink).contrastRatio(with: theme.background)
            #expect(ratio >= 4.5, "\(theme.name) \(ink) text contrast \(ratio)")
        }
        #expect(theme.text.contrastRatio(with: theme.background) >= 4.5)
        #expect(theme.mutedText.contrastRatio(with: theme.background) >= 4.5)
    }

    @Test(arguments: Theme.all)
    func marksReachGraphicContrast(theme: Theme) {
        for index in 1...7 {
            let ratio = theme.color(for: .series(index)).contrastRatio(with: theme.background)
            #expect(ratio >= 3, "\(theme.name) series \(index) contrast \(ratio)")
        }
        #expect(theme.axis.contrastRatio(with: theme.background) >= 3)
    }

    @Test(arguments: Theme.all)
    func labelsInsideBarsAreReadable(theme: Theme) {
        for index in 1...7 {
            let fill = theme.color(for: .series(index))
            let ratio = fill.readableText.contrastRatio(with: fill)
            #expect(ratio >= 4.5, "\(theme.name) series \(index): \(ratio)")
        }
    }

    @Test func defaultSizesAndSlideType() {
        #expect(Theme.report.width == 640 && Theme.report.height == 360)
        #expect(Theme.slide.width == 1280 && Theme.slide.height == 720)
        for theme in [Theme.slide, .slideDark] {
            #expect(theme.fontSize >= 20)
            #expect(theme.titleSize >= 32)
        }
        let resized = Theme.report.sized(width: 800, height: .nan)
        #expect(resized.width == 800 && resized.height == 360)
        #expect(Theme.report.sized(width: 5).width == 160)
    }

    @Test func paletteIsOkabeIto() {
        #expect(Palette.okabeIto.first?.hex == "#0072b2")
        #expect(Set(Palette.okabeIto).count == 7)
    }

    @Test func colourBasics() {
        #expect(Color(hex: "#D55E00")?.hex == "#d55e00")
        #expect(Color(hex: "nope") == nil)
        #expect(abs(Color.black.contrastRatio(with: .white) - 21) < 0.01)
        #expect(Color.white.mixed(with: .black, amount: 0.5).hex == "#808080")
        let adjusted = Color(0xF0E442).ensuringContrast(4.5, against: .white)
        #expect(adjusted.contrastRatio(with: .white) >= 4.5)
        #expect(Color(0x0072B2).readableText == .white)
    }

    @Test func cssCoversEveryClassWithHexColours() {
        let css = ChartCSS.rules(for: .dark, scope: ".chart")
        for name in [
            "chart-bg", "chart-text", "chart-muted", "chart-grid", "chart-axis", "chart-sep",
            "chart-fill.series-1", "chart-stroke.series-8", "chart-label.series-3", "chart-on-fill.series-2",
            "chart-stroke.ink-text", "chart-fill.ink-muted",
        ] {
            #expect(css.contains(".chart .\(name){"), "missing \(name)")
        }
        #expect(css.contains(".chart .chart-bg{fill:#15181d}"))
        #expect(!css.contains("rgba") && !css.contains("var("))
    }
}

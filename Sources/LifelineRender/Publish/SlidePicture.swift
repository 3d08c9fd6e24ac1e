import Foundation
import LifelineCharts

/// A chart drawn for a slide: its slide-theme drawing without the title (the slide's title says it) and without the
/// source line and tag (the slide prints them as text), as a PNG at twice its size, and the text that stands for it.
struct SlidePicture {
    /// The chart's width in the slide theme's pixels; its height follows the picture's place on the slide.
    static let width = 1280.0
    /// The height the drawing takes for each unit of width, so that it fills its place on the slide.
    static let aspect =
        SlideLayout.picture(slideWidth: 16, slideHeight: 9).height / SlideLayout.picture(slideWidth: 16, slideHeight: 9).width

    /// The PNG's bytes.
    let png: Data
    /// The chart's description, the picture's alternative text.
    let description: String
    /// The chart's title.
    let title: String

    /// `chart` drawn for a slide (through `rsvg-convert`).
    init(chart: Chart) throws(RenderError) {
        var chart = chart
        chart.tag = nil
        chart.caption = nil
        let theme = Theme.slide.sized(width: Self.width, height: (Self.width * Self.aspect).rounded())
        png = try Rasterizer.png(svg: chart.svg(theme: theme, options: RenderOptions(showsTitle: false)), scale: 2)
        description = chart.description
        title = chart.title
    }
}

/// Where a chart slide's own shapes go, as fractions of the slide: the line under the title, the picture, the source
/// line and the tag (the title takes the place the reference document's "Title Only" layout gives it).
enum SlideLayout {
    /// A rectangle in the slide's units (EMU in the package).
    struct Box: Equatable {
        var x: Double, y: Double, width: Double, height: Double
    }

    /// The left and right margin, a share of the slide's width.
    static let margin = 0.05

    /// The line under the title.
    static func subtitle(slideWidth w: Double, slideHeight h: Double) -> Box {
        Box(x: w * margin, y: h * 0.215, width: w * (1 - 2 * margin), height: h * 0.065)
    }

    /// The chart's picture.
    static func picture(slideWidth w: Double, slideHeight h: Double) -> Box {
        Box(x: w * margin, y: h * 0.285, width: w * (1 - 2 * margin), height: h * 0.6)
    }

    /// The source line at the foot, left of the tag.
    static func source(slideWidth w: Double, slideHeight h: Double) -> Box {
        Box(x: w * margin, y: h * 0.9, width: w * (0.75 - margin), height: h * 0.08)
    }

    /// The tag, at the right of the source line.
    static func tag(slideWidth w: Double, slideHeight h: Double) -> Box {
        Box(x: w * 0.77, y: h * 0.905, width: w * (0.23 - margin), height: h * 0.06)
    }

    /// `box` shrunk to the aspect `aspect` (height per width), centred in it.
    static func fit(_ box: Box, aspect: Double) -> Box {
        if box.height / box.width > aspect {
            let height = box.width * aspect
            return Box(x: box.x, y: box.y + (box.height - height) / 2, width: box.width, height: height)
        }
        let width = box.height / aspect
        return Box(x: box.x + (box.width - width) / 2, y: box.y, width: width, height: box.height)
    }
}

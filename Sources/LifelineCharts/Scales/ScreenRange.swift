/// The output interval of a scale, in pixels. `start` may exceed `end` (a y axis runs bottom to top).
public struct ScreenRange: Sendable, Equatable {
    /// Where the domain's lower bound lands.
    public var start: Double
    /// Where the domain's upper bound lands.
    public var end: Double

    /// Creates a range from `start` to `end`.
    public init(_ start: Double, _ end: Double) {
        self.start = start
        self.end = end
    }

    /// The unit interval 0…1.
    public static let unit = ScreenRange(0, 1)

    /// The distance covered, always positive or zero.
    public var length: Double { abs(end - start) }

    /// The point halfway between start and end.
    public var midpoint: Double { (start + end) / 2 }

    /// The point at fraction `t` of the way from start to end.
    public func interpolate(_ t: Double) -> Double { start + t * (end - start) }
}

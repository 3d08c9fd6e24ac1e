/// SVG path data (`d`) built from absolute commands, with coordinates rounded like every other number.
///
/// A command with a non-finite coordinate marks the whole path as invalid, and the writer then
/// drops the element instead of emitting NaN.
public struct PathData: Sendable, Equatable, CustomStringConvertible {
    /// The serialised commands, e.g. `M10,20L30,40Z`.
    public private(set) var description = ""
    /// False once any command received a non-finite coordinate.
    public private(set) var isFinite = true

    /// An empty path.
    public init() {}

    /// True when no command has been added.
    public var isEmpty: Bool { description.isEmpty }

    /// Starts a new subpath at (x, y).
    public mutating func move(_ x: Double, _ y: Double) { append("M", x, y) }

    /// Draws a straight line to (x, y).
    public mutating func line(_ x: Double, _ y: Double) { append("L", x, y) }

    /// Draws a horizontal line to `x`.
    public mutating func horizontal(_ x: Double) { append("H", x) }

    /// Draws a vertical line to `y`.
    public mutating func vertical(_ y: Double) { append("V", y) }

    /// Closes the current subpath.
    public mutating func close() { description += "Z" }

    /// Adds a closed rectangle subpath.
    public mutating func rect(x: Double, y: Double, width: Double, height: Double) {
        move(x, y)
        horizontal(x + width)
        vertical(y + height)
        horizontal(x)
        close()
    }

    /// Appends another path's commands as further subpaths.
    public mutating func append(_ other: PathData) {
        description += other.description
        isFinite = isFinite && other.isFinite
    }

    /// A polyline through `points` (first point moves, the rest draw lines).
    public static func polyline(_ points: [(x: Double, y: Double)]) -> PathData {
        var path = PathData()
        for (index, point) in points.enumerated() {
            if index == 0 { path.move(point.x, point.y) } else { path.line(point.x, point.y) }
        }
        return path
    }

    private mutating func append(_ command: String, _ x: Double, _ y: Double? = nil) {
        guard let first = SVGNumber.format(x) else {
            isFinite = false
            return
        }
        guard let y else {
            description += command
            description += first
            return
        }
        guard let second = SVGNumber.format(y) else {
            isFinite = false
            return
        }
        description += command
        description += first
        description += ","
        description += second
    }
}

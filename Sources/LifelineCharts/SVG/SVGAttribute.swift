/// One attribute of an SVG element; numbers stay numbers until the writer rounds them.
public struct SVGAttribute: Sendable, Equatable {
    /// The value of an attribute.
    public enum Value: Sendable, Equatable {
        /// Literal text, escaped on output.
        case text(String)
        /// A number written with `decimals` places; non-finite numbers drop the element.
        case number(Double, decimals: Int)
        /// Path data; an invalid path drops the element.
        case path(PathData)
    }

    /// The attribute name, e.g. `stroke-width`.
    public var name: String
    /// The attribute value.
    public var value: Value

    /// A text attribute.
    public init(_ name: String, _ text: String) {
        self.name = name
        self.value = .text(text)
    }

    /// A numeric attribute written with one decimal place (coordinates and sizes).
    public init(_ name: String, _ number: Double) {
        self.name = name
        self.value = .number(number, decimals: 1)
    }

    /// A numeric attribute with explicit precision (opacities use 2).
    public init(_ name: String, _ number: Double, decimals: Int) {
        self.name = name
        self.value = .number(number, decimals: decimals)
    }

    /// A path-data attribute (`d`).
    public init(_ name: String, path: PathData) {
        self.name = name
        self.value = .path(path)
    }

    /// The escaped value text, or nil when it holds a non-finite number or an invalid path.
    var serialized: String? {
        switch value {
        case .text(let text): XMLText.escapeAttribute(text)
        case .number(let number, let decimals): SVGNumber.format(number, decimals: decimals)
        case .path(let path): path.isFinite ? path.description : nil
        }
    }
}

import Foundation
import LifelineData
import Mustache

/// Mustache's context stack at one tag, as the strict check models it: the root context, then the value of each
/// section entered so far. A name resolves as swift-mustache resolves it: the first part by walking the stack
/// from the top, the rest strictly inside what the first part found; a leading `.` looks only at the top.
struct TemplateScope {
    /// One entry of the stack.
    struct Frame {
        /// The value the section entered; nil when the check cannot know it (a section over an empty list,
        /// a null, a lambda or a missing name), so that any name resolves there.
        var value: Any?
        /// The section names (and list positions) that led here, e.g. `comparison.rows#0`: with the names of
        /// the frames below, it tells one stack from another.
        var path: String
    }

    /// How a name resolved.
    enum Resolution {
        /// To this value.
        case found(Any)
        /// Into a frame the check cannot know: accepted.
        case unknown
        /// `resolved` parts were found, then `missing` was not.
        case missing(resolved: [String], missing: String)
    }

    /// The stack, root first.
    private(set) var frames: [Frame]

    /// The stack at the top of a template rendered with `root`.
    init(root: Any) { frames = [Frame(value: root, path: "")] }

    /// This stack with `value` entered (nil: a value the check cannot know), reached by `path`.
    func entering(_ value: Any?, path: String) -> TemplateScope {
        if value == nil, let top = frames.last, top.value == nil { return self }
        var scope = self
        scope.frames.append(Frame(value: value, path: path))
        return scope
    }

    /// Tells stacks apart: two stacks with the same signature resolve every name alike.
    var signature: String { frames.map(\.path).joined(separator: "/") }

    /// Resolves `name` (`.`, `a`, `a.b.c` or `.a.b`) as swift-mustache does.
    func resolve(_ name: String) -> Resolution {
        let parts = name.parts(separatedBy: UInt8(ascii: ".")).map(String.init)
        if name.first == "." || parts.isEmpty {
            guard let top = frames.last?.value else { return .unknown }
            return Self.descend(parts[...], from: top, resolved: [])
        }
        for frame in frames.reversed() {
            guard let value = frame.value else { return .unknown }
            if let child = Self.child(parts[0], of: value) {
                return Self.descend(parts.dropFirst(), from: child, resolved: [parts[0]])
            }
        }
        return .missing(resolved: [], missing: parts[0])
    }

    private static func descend(_ parts: ArraySlice<String>, from value: Any, resolved: [String]) -> Resolution {
        var value = value
        var resolved = resolved
        for part in parts {
            if value is MustacheLambda { return .unknown }
            guard let child = child(part, of: value) else { return .missing(resolved: resolved, missing: part) }
            value = child
            resolved.append(part)
        }
        return .found(value)
    }

    /// What swift-mustache's lookup of `name` inside `value` finds: a dictionary's entry, or a stored property.
    /// Safe markup has no parts a template may name.
    static func child(_ name: String, of value: Any) -> Any? {
        if let dictionary = exactly(value, [String: Any].self) { return dictionary[name] }
        // A string, a flag or a list has no part a name reaches (no stored property, no Mustache protocol), and
        // neither has safe markup; their types are compared, as a failing cast looks their conformances up.
        if Self.hasNoNamedParts(value) { return nil }
        if let dictionary = value as? [String: Any] { return dictionary[name] }
        var object: Any? = value
        if let custom = value as? MustacheCustomRepresentation { object = custom.representation }
        guard let object else { return nil }
        if let parent = object as? MustacheParent { return parent.child(named: name) }
        guard let found = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let optional = Mirror(reflecting: found)
        guard optional.displayStyle == .optional else { return found }
        return optional.children.first?.value
    }

    /// Every name a tag here could use, as it would write it (`number`, `model.sk-gross-flow.median`): the
    /// dictionaries of each frame, top first, without the names a higher frame hides. For "did you mean".
    func candidatePaths(limit: Int = 5_000) -> [String] {
        var paths: [String] = []
        var hidden: Set<String> = []
        func walk(_ path: String, _ value: Any?, depth: Int) {
            guard paths.count < limit else { return }
            paths.append(path)
            guard depth < 8, let dictionary = value as? [String: Any] else { return }
            for key in dictionary.keys.sorted() where !key.contains(".") { walk(path + "." + key, dictionary[key], depth: depth + 1) }
        }
        for frame in frames.reversed() {
            guard let dictionary = frame.value as? [String: Any] else { continue }
            for key in dictionary.keys.sorted() where !key.contains(".") && !hidden.contains(key) {
                walk(key, dictionary[key], depth: 1)
            }
            hidden.formUnion(dictionary.keys)
        }
        return paths
    }

    /// The names of the top frame, when it is a dictionary that a section entered (not the root).
    var localNames: [String]? {
        guard frames.count > 1, let dictionary = frames.last?.value as? [String: Any] else { return nil }
        return dictionary.keys.sorted()
    }

    /// The root's names.
    var topLevelNames: [String] {
        (frames.first?.value as? [String: Any])?.keys.sorted() ?? []
    }

    /// The elements a section over `value` enters one by one, when it is a list (swift-mustache's
    /// `MustacheSequence`: arrays, sets and reversed collections).
    static func elements(of value: Any) -> [Any]? {
        // The types contexts hold are compared before anything is cast (see `hasNoNamedParts(_:)`).
        if let array = exactly(value, [Any].self) { return array }
        if let array = exactly(value, [[String: Any]].self) { return array }
        if hasNoNamedParts(value) || Swift.type(of: value) == [String: Any].self { return nil }
        if let array = value as? [Any] { return array }
        guard let sequence = value as? any MustacheSequence else { return nil }
        func collect<S: Sequence>(_ sequence: S) -> [Any] { sequence.map { $0 } }
        return collect(sequence)
    }

    /// Whether `value` is exactly a string, a flag, a list of values or of dictionaries, or safe markup: values in
    /// which no name finds a part.
    static func hasNoNamedParts(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == Bool.self || type == [Any].self || type == [[String: Any]].self
            || type == SafeMarkup.self
    }

    /// `value` as a `T` when its dynamic type is exactly `T`, else nil, without the conformance look-ups of a
    /// failing `as?`.
    static func exactly<T>(_ value: Any, _ type: T.Type) -> T? {
        guard Swift.type(of: value) == type else { return nil }
        return (value as! T)
    }

    /// The shape of a value for the check: its dictionary keys, list elements and leaf kinds, nested. List
    /// elements of the same shape resolve every name alike, so a section checks its body once per shape.
    static func shape(of value: Any, depth: Int = 0) -> String {
        guard depth < 16 else { return "…" }
        if let dictionary = value as? [String: Any] {
            return "{" + dictionary.keys.sorted().map { "\($0):\(shape(of: dictionary[$0]!, depth: depth + 1))" }.joined(separator: ",")
                + "}"
        }
        if let elements = elements(of: value) {
            return "[" + Set(elements.map { shape(of: $0, depth: depth + 1) }).sorted().joined(separator: ",") + "]"
        }
        switch value {
        case is SafeMarkup: return "m"
        case is Bool: return "b"
        case is String: return "s"
        case is NSNull: return "n"
        default: return String(describing: type(of: value))
        }
    }
}

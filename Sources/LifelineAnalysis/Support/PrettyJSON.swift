import Foundation

/// Encodes a value as the JSON that Foundation's `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, byte for byte (a test compares them), in a fraction of the time: `analysis.json`
/// took a twentieth of a build through `JSONEncoder`. Keys are sorted as Swift sorts strings; numbers are
/// written as Swift prints them, without a trailing `.0`; a number that is not finite is an error, as there.
package enum PrettyJSON {
    /// The JSON of `value`.
    package static func data(_ value: some Encodable) throws -> Data {
        let root = JSONNode()
        let encoder = TreeEncoder(node: root)
        try encoder.encodeValue(value)
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        root.write(to: &output, indent: 0)
        return Data(output)
    }
}

/// A value of the tree: a number, `true`, `false` or `null` as written; a string; or a container.
enum JSONValue {
    case literal(String)
    case string(String)
    case container(JSONNode)
}

/// An object or array as it is encoded (a value encoded through a single-value container ends up in `value`).
final class JSONNode {
    enum Kind { case unset, object, array, single }
    var kind = Kind.unset
    /// The object's keys, in the order encoded; `values` holds the value of each.
    var keys: [String] = []
    /// The object's values (beside `keys`) or the array's elements.
    var values: [JSONValue] = []

    func set(_ value: JSONValue, forKey key: String) {
        keys.append(key)
        values.append(value)
    }

    /// Appends the pretty-printed JSON of this node, its nested lines indented from `indent`.
    func write(to output: inout [UInt8], indent: Int) {
        switch kind {
        case .single:
            Self.write(values[0], to: &output, indent: indent)
        case .array:
            output.append(contentsOf: "[\n".utf8)
            for index in values.indices {
                if index > 0 { output.append(contentsOf: ",\n".utf8) }
                Self.pad(&output, indent + 2)
                Self.write(values[index], to: &output, indent: indent + 2)
            }
            output.append(UInt8(ascii: "\n"))
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "]"))
        case .object, .unset:
            output.append(contentsOf: "{\n".utf8)
            // Sorted by key, and for a key given twice the later value, as in a dictionary.
            let order = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
            var first = true
            for (position, index) in order.enumerated() where position + 1 == order.count || keys[order[position + 1]] != keys[index] {
                if !first { output.append(contentsOf: ",\n".utf8) }
                first = false
                Self.pad(&output, indent + 2)
                Self.quote(keys[index], into: &output)
                output.append(contentsOf: " : ".utf8)
                Self.write(values[index], to: &output, indent: indent + 2)
            }
            output.append(UInt8(ascii: "\n"))
            Self.pad(&output, indent)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func write(_ value: JSONValue, to output: inout [UInt8], indent: Int) {
        switch value {
        case .literal(let text): output.append(contentsOf: text.utf8)
        case .string(let text): quote(text, into: &output)
        case .container(let node): node.write(to: &output, indent: indent)
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    private static func pad(_ output: inout [UInt8], _ count: Int) {
        var left = count
        while left > 0 {
            let run = min(left, spaces.count)
            output.append(contentsOf: spaces[..<run])
            left -= run
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// `text` in quotation marks, escaped as `JSONEncoder` escapes it (slashes left alone).
    static func quote(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Runs that need no escape are copied whole.
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                escape(byte, into: &output)
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// A byte that must be escaped, as `JSONEncoder` escapes it.
    private static func escape(_ byte: UInt8, into output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
        case 0x08: output.append(contentsOf: "\\b".utf8)
        case 0x0C: output.append(contentsOf: "\\f".utf8)
        case 0x0A: output.append(contentsOf: "\\n".utf8)
        case 0x0D: output.append(contentsOf: "\\r".utf8)
        case 0x09: output.append(contentsOf: "\\t".utf8)
        case 0..<0x20:
            output.append(contentsOf: "\\u00".utf8)
            output.append(hex[Int(byte >> 4)])
            output.append(hex[Int(byte & 0xF)])
        default: output.append(byte)
        }
    }
}

/// The `Encoder` that fills a ``JSONNode``. Coding paths are not tracked (the one error, a number that is not
/// finite, names the number).
private struct TreeEncoder: Encoder {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        node.kind = .object
        return KeyedEncodingContainer(KeyedContainer<Key>(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        node.kind = .array
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: node) }

    /// Encodes `value` into this encoder's node.
    func encodeValue(_ value: some Encodable) throws {
        if let scalar = try Self.scalar(value) {
            node.kind = .single
            node.values = [scalar]
        } else {
            try value.encode(to: self)
        }
    }

    /// `value` as a scalar when it is one of the types `JSONEncoder` writes as one itself; nil for the others.
    ///
    /// The type is compared, not cast: a cast that fails (every struct and array on its way to `encode(to:)`) looks
    /// the type's conformances up, and that was three fifths of the time `analysis.json` took. An optional is not one
    /// of these types; it encodes its value, or `null`, through a single-value container.
    static func scalar<Value: Encodable>(_ value: Value) throws -> JSONValue? {
        let type = ObjectIdentifier(Value.self)
        if type == ObjectIdentifier(Double.self) { return .literal(try text(value as! Double)) }
        if type == ObjectIdentifier(String.self) { return .string(value as! String) }
        if type == ObjectIdentifier(Int.self) { return .literal(String(value as! Int)) }
        if type == ObjectIdentifier(Bool.self) { return .literal((value as! Bool) ? "true" : "false") }
        if type == ObjectIdentifier(Float.self) { return .literal(try text(value as! Float)) }
        if type == ObjectIdentifier(URL.self) { return .string((value as! URL).absoluteString) }
        if type == ObjectIdentifier(Decimal.self) { return .literal((value as! Decimal).description) }
        return nil
    }

    /// A container value for `value`: a scalar, or a new node it is encoded into.
    static func value(_ value: some Encodable) throws -> JSONValue {
        if let scalar = try scalar(value) { return scalar }
        let child = JSONNode()
        try value.encode(to: TreeEncoder(node: child))
        return .container(child)
    }

    /// A number as `JSONEncoder` writes it: Swift's shortest form, without a trailing `.0`.
    static func text<Number: FloatingPoint & LosslessStringConvertible>(_ number: Number) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, .init(codingPath: [], debugDescription: "no \(number) in JSON"))
        }
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }

    private func set(_ value: JSONValue, _ key: Key) { node.set(value, forKey: key.stringValue) }

    func encodeNil(forKey key: Key) throws { set(.literal("null"), key) }
    func encode(_ value: Bool, forKey key: Key) throws { set(.literal(value ? "true" : "false"), key) }
    func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    func encode(_ value: Double, forKey key: Key) throws { set(.literal(try TreeEncoder.text(value)), key) }
    func encode(_ value: Float, forKey key: Key) throws { set(.literal(try TreeEncoder.text(value)), key) }
    func encode(_ value: Int, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: Int8, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: Int16, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: Int32, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: Int64, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: UInt, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: UInt8, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: UInt16, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: UInt32, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode(_ value: UInt64, forKey key: Key) throws { set(.literal(String(value)), key) }
    func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try TreeEncoder.value(value), key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: child(key)).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { TreeEncoder(node: child(key)).unkeyedContainer() }
    func superEncoder() -> any Encoder { TreeEncoder(node: child(Key(stringValue: "super")!)) }
    func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(node: child(key)) }

    private func child(_ key: Key) -> JSONNode {
        let child = JSONNode()
        set(.container(child), key)
        return child
    }
}

/// What the unkeyed and single-value containers share: each value they are given becomes one ``JSONValue``.
private protocol ValueSink {
    func put(_ value: JSONValue)
}

extension ValueSink {
    func encodeNil() throws { put(.literal("null")) }
    func encode(_ value: Bool) throws { put(.literal(value ? "true" : "false")) }
    func encode(_ value: String) throws { put(.string(value)) }
    func encode(_ value: Double) throws { put(.literal(try TreeEncoder.text(value))) }
    func encode(_ value: Float) throws { put(.literal(try TreeEncoder.text(value))) }
    func encode(_ value: Int) throws { put(.literal(String(value))) }
    func encode(_ value: Int8) throws { put(.literal(String(value))) }
    func encode(_ value: Int16) throws { put(.literal(String(value))) }
    func encode(_ value: Int32) throws { put(.literal(String(value))) }
    func encode(_ value: Int64) throws { put(.literal(String(value))) }
    func encode(_ value: UInt) throws { put(.literal(String(value))) }
    func encode(_ value: UInt8) throws { put(.literal(String(value))) }
    func encode(_ value: UInt16) throws { put(.literal(String(value))) }
    func encode(_ value: UInt32) throws { put(.literal(String(value))) }
    func encode(_ value: UInt64) throws { put(.literal(String(value))) }
    func encode<T: Encodable>(_ value: T) throws { put(try TreeEncoder.value(value)) }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, ValueSink {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.values.count }

    func put(_ value: JSONValue) { node.values.append(value) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        TreeEncoder(node: child()).container(keyedBy: keyType)
    }

    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { TreeEncoder(node: child()).unkeyedContainer() }
    func superEncoder() -> any Encoder { TreeEncoder(node: child()) }

    private func child() -> JSONNode {
        let child = JSONNode()
        put(.container(child))
        return child
    }
}

private struct SingleContainer: SingleValueEncodingContainer, ValueSink {
    let node: JSONNode
    var codingPath: [any CodingKey] { [] }

    func put(_ value: JSONValue) {
        node.kind = .single
        node.values = [value]
    }
}

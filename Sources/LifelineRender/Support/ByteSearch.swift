extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` first occurs at or after `start`, compared byte for byte; nil when it does not (or is empty).
    /// The one byte search of the renderer's text passes (markers, tags, anchors).
    func firstIndex(of needle: some RandomAccessCollection<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first else { return nil }
        var index = Swift.max(start, startIndex)
        while index + needle.count <= endIndex {
            if self[index] == first, self[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether `other` occurs in this text by Foundation's `contains`, which compares characters (canonically
    /// equivalent ones match) and is slow: the UTF-8 bytes are searched first, and only text whose bytes hold
    /// `other`'s is compared by characters (characters cannot match where the bytes of ASCII `other` do not).
    func containsText(_ other: String) -> Bool {
        guard other.utf8.allSatisfy({ $0 < 0x80 }) else { return contains(other) }
        let needle = Array(other.utf8)
        let found = utf8.withContiguousStorageIfAvailable { $0.firstIndex(of: needle, from: 0) != nil }
        guard found ?? true else { return false }
        return contains(other)
    }
}

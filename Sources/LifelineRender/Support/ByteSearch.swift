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

extension String {
    /// This text with every occurrence of `target` replaced by `replacement`, compared byte for byte in UTF-8
    /// (literally, as Foundation's `replacingOccurrences(of:with:)` compares): a fast path for the renderer's
    /// markers, which are private-use characters that Foundation searches slowly.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        replacingEvery(target) { _ in replacement }
    }

    /// This text with the n-th occurrence of `target` (counting from 0, left to right, not overlapping) replaced by
    /// `replacement(n)`, compared byte for byte in UTF-8.
    func replacingEvery(_ target: String, with replacement: (Int) -> String) -> String {
        var text = self, target = target
        return text.withUTF8 { bytes in
            target.withUTF8 { pattern in
                var result: [UInt8] = []
                var copied = 0, found = 0
                while let index = bytes.firstIndex(of: pattern, from: copied) {
                    if found == 0 { result.reserveCapacity(bytes.count) }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<index]))
                    result.append(contentsOf: replacement(found).utf8)
                    found += 1
                    copied = index + pattern.count
                }
                guard found > 0 else { return self }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: result, as: UTF8.self)
            }
        }
    }
}

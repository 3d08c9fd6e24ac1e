import LifelineCharts

/// Escaping of data for HTML text and attribute values.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; control characters other than
    /// tab and line breaks are dropped (they are not allowed in HTML or XML); right-to-left overrides and
    /// embeddings left open are closed (`BidiText`).
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var skipContinuation = false
        // By UTF-8 byte: markup characters and controls are all ASCII, except the C1 controls U+0080–U+009F,
        // which are 0xC2 followed by 0x80–0x9F.
        var utf8 = text.utf8.makeIterator()
        var pending = utf8.next()
        while let byte = pending {
            pending = utf8.next()
            if skipContinuation { skipContinuation = false; continue }
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): bytes.append(byte)
            case 0..<0x20, 0x7F: continue
            case 0xC2 where pending.map { (0x80...0x9F).contains($0) } ?? false: skipContinuation = true
            default: bytes.append(byte)
            }
        }
        return BidiText.balanced(String(decoding: bytes, as: UTF8.self))
    }
}

import LifelineCharts
/// Escaping of data for HTML text and attribute values.
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities; control characters other than
    /// tab and line breaks are dropped (they are not allowed in HTML or XML); right-to-left overrides and
    /// embeddings left open are closed (`BidiText`).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return BidiText.balanced(result)
    }
}

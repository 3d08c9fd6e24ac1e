import Foundation
import LifelineData
import LifelineRender

/// The registry's figures in the formats `lifeline figures` offers.
struct FigureListing {
    let registry: Registry

    func render(_ format: FiguresCommand.Format) -> String {
        switch format {
        case .table: table
        case .json: json
        case .csv: csv
        case .markdown: markdown
        }
    }

    private var rows: [[String]] {
        registry.figures.map { [$0.id, $0.hedgedValueText, $0.unit.rawValue, $0.year.map(String.init) ?? "n/s", $0.source] }
    }

    private static let headers = ["id", "value", "unit", "year", "source"]

    /// Columns padded to their widest cell; terminal control characters from data are dropped.
    private var table: String {
        let all = [Self.headers] + rows.map { $0.map(Self.printable) }
        let widths = Self.headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        let lines = TextColumns.lines(all).map { $0.trimmingCharacters(in: .whitespaces) }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([lines[0], rule] + lines.dropFirst()).joined(separator: "\n")
            + "\n\n\(registry.figures.count) figures from \(registry.sources.count) sources (\(registry.origin)).\n"
    }

    private var json: String {
        let objects: [[String: Any]] = registry.figures.map { figure in
            var object: [String: Any] = [
                "id": figure.id, "measures": figure.measures, "unit": figure.unit.rawValue, "source": figure.source,
                "quote": figure.quote, "low": figure.value.low, "high": figure.value.high,
                "distribution": figure.distribution.name,
            ]
            object["year"] = figure.year ?? NSNull()
            object["qualifier"] = figure.qualifier?.rawValue ?? NSNull()
            object["note"] = figure.note ?? NSNull()
            return object
        }
        let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private var csv: String {
        let header = ["id", "measures", "low", "high", "unit", "qualifier", "year", "source", "quote", "note"]
        let lines = registry.figures.map { figure in
            [
                figure.id, figure.measures, Self.number(figure.value.low), Self.number(figure.value.high), figure.unit.rawValue,
                figure.qualifier?.rawValue ?? "", figure.year.map(String.init) ?? "", figure.source, figure.quote, figure.note ?? "",
            ]
            .map(Self.csvField).joined(separator: ",")
        }
        return ([header.joined(separator: ",")] + lines).joined(separator: "\r\n") + "\r\n"
    }

    private var markdown: String {
        let lines = rows.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |" }
        return (["| " + Self.headers.joined(separator: " | ") + " |", "|---|---:|---|---:|---|"] + lines).joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// RFC 4180: quote fields holding commas, quotes or line breaks; a leading `=`, `+`, `-` or `@` is
    /// prefixed with `'` so that spreadsheets do not run it as a formula.
    static func csvField(_ text: String) -> String {
        var field = text
        if let first = field.first, "=+-@".contains(first), Double(field) == nil { field = "'" + field }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
    }
}

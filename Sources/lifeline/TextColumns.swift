/// Plain-text tables for the terminal: each cell padded to its column's widest cell (counted in Characters),
/// columns two spaces apart, numbers right-aligned where asked.
enum TextColumns {
    /// One line per row; `rightAligned` holds the indices of the columns padded on the left.
    static func lines(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        guard let first = rows.first else { return [] }
        let widths = first.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
    }
}

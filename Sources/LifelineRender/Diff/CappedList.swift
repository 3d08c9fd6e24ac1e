/// A long list shortened for a message or a CI log: its first items, then `… and N more`.
enum CappedList {
    /// The first `limit` of `items`, then `… and N more` when there are more.
    static func lines(_ items: [String], limit: Int) -> [String] {
        items.count > limit ? Array(items.prefix(limit)) + ["… and \(items.count - limit) more"] : items
    }
}

extension OutputDiff {
    /// Lines shown of each section before the rest is counted.
    public static let sectionLimit = 12

    /// The differences as sections for a CI log, each a heading with its count and indented lines, long ones cut
    /// after ``sectionLimit`` lines. `files` replaces the list of files that differ (`build --check` names them as
    /// its folder check does).
    public func summary(files: [String]? = nil) -> String {
        let sections: [(String, [String])] = [
            ("Not compared", notes),
            ("Inputs changed", inputs),
            ("Figures changed", figures),
            ("Model results moved", models),
            ("Sentences changed in \(Self.reportFile)", sentences),
            ("Charts changed", charts),
            ("Files that differ", files ?? self.files),
        ]
        return sections.filter { !$0.1.isEmpty }.map { title, lines in
            "\(title) (\(lines.count)):\n" + CappedList.lines(lines, limit: Self.sectionLimit).map { "  \($0)\n" }.joined()
        }.joined()
    }
}

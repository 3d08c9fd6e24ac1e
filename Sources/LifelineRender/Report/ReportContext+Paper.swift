import LifelineData

extension ReportContext {
    /// The front matter for the templates, from the data's `paper:` block: `paper.title`, `paper.hasTitle`,
    /// `paper.subtitle`, `paper.authors` (each `name`, `isFirst`, `isLast`), `paper.institute`, `paper.date`,
    /// `paper.version`, `paper.citation`, `paper.yardstick` and `paper.terms` (each `words`, `low`, `high` as
    /// percentages), each optional value with its `has…` boolean. Every name exists whether or not the data has a
    /// `paper:` block, so templates can test for it. The date is `date`: the `--date` option, else the paper's.
    static func paperValues(_ paper: Paper?, date: String?) -> [String: Any] {
        func optional(_ name: String, _ value: String?, into values: inout [String: Any]) {
            values["has" + name.prefix(1).uppercased() + name.dropFirst()] = value != nil
            values[name] = value ?? ""
        }
        var values: [String: Any] = [:]
        optional("title", paper?.title, into: &values)
        optional("subtitle", paper?.subtitle, into: &values)
        optional("institute", paper?.institute, into: &values)
        optional("date", date, into: &values)
        optional("version", paper?.version, into: &values)
        optional("citation", paper?.citation, into: &values)
        optional("yardstick", paper?.yardstick, into: &values)
        let authors = paper?.authors ?? []
        values["hasAuthors"] = !authors.isEmpty
        values["authors"] = authors.enumerated().map { index, name -> [String: Any] in
            ["name": name, "isFirst": index == 0, "isLast": index == authors.count - 1]
        }
        let terms = paper?.terms ?? []
        values["hasTerms"] = !terms.isEmpty
        values["terms"] = terms.map { term -> [String: Any] in
            ["words": term.words, "low": NumberText.percent(term.low, decimals: 0), "high": NumberText.percent(term.high, decimals: 0)]
        }
        return values
    }
}

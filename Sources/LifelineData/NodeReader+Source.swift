import Yams

extension NodeReader {
    /// The source in `node`: its keys checked, its id, title and date note required, its date checked.
    mutating func readSource(_ node: Node) -> Source? {
        guard let entries = entries(of: node, what: "source", allowed: Self.sourceKeys, shown: "id, title") else { return nil }
        let id = identifier(entries, in: node, what: "source")
        let title = requiredText(entries, "title", in: node)
        let dateNote = requiredText(entries, "date_note", in: node)
        let date = optionalDate(entries["date"])
        guard let id, let title, let dateNote else { return nil }
        return Source(
            id: id, publisher: optionalText(entries["publisher"], key: "publisher"), title: title,
            authors: textList(entries["authors"], key: "authors"), date: date, dateNote: dateNote,
            url: optionalText(entries["url"], key: "url"), archive: optionalText(entries["archive"], key: "archive"),
            note: optionalText(entries["note"], key: "note"),
            assessment: optionalText(entries["assessment"], key: "assessment"), line: line(node),
            sha256: readSHA256(entries["sha256"]))
    }

    /// The archived copy's `sha256`: 64 hexadecimal digits, kept in lowercase; nil when absent or malformed.
    private mutating func readSHA256(_ node: Node?) -> String? {
        guard let text = optionalText(node, key: "sha256"), let node else { return nil }
        let digits = text.lowercased()
        guard digits.count == 64, digits.allSatisfy({ $0.isHexDigit && $0.isASCII }) else {
            fail(
                node, "`sha256` must be 64 hexadecimal digits, not `\(Excerpt.of(text))`",
                "Write the archived copy's hash as `sha256sum FILE` prints it.")
            return nil
        }
        return digits
    }

    /// The source's date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or nil when it is absent, `null` or malformed.
    private mutating func optionalDate(_ node: Node?) -> String? {
        guard let node, !isNull(node) else { return nil }
        guard let scalar = node.scalar else {
            fail(
                node, "`date` must be a date, not a \(node.mapping != nil ? "mapping" : "list")",
                "Write `date: 2018-08-27`, `2018-08` or `2018`.")
            return nil
        }
        let text = scalar.string
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let shapeOK =
            parts.count <= 3
            && parts.enumerated().allSatisfy { index, part in
                part.count == (index == 0 ? 4 : 2) && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
            }
        let month = parts.count > 1 ? Int(parts[1]) ?? 0 : 1
        let day = parts.count > 2 ? Int(parts[2]) ?? 0 : 1
        guard shapeOK, (1...12).contains(month), (1...31).contains(day) else {
            fail(
                node, "`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not `\(Excerpt.of(text))`",
                "Write the date as precisely as the article establishes it, e.g. `2018-08-27` or `2021`.")
            return nil
        }
        return text
    }
}

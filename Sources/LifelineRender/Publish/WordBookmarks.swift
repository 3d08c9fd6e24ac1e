/// Word bookmark names for the report's anchor ids (`figure-annual-flow`, `source-…`, headings' slugs). Word keeps
/// a bookmark only if its name starts with a letter, holds letters, digits and underscores, and has at most 40
/// characters, so each id gets such a name, made unique; a link's `w:anchor` and the target's `w:bookmarkStart` use it.
struct WordBookmarks {
    /// The longest name Word keeps.
    static let maximumLength = 40
    /// The name of each id.
    private(set) var names: [String: String] = [:]
    /// The number each bookmark carries in `w:id`, by id, in the order of `ids`.
    private(set) var numbers: [String: Int] = [:]

    /// Names for `ids`, given in sorted order so that the names do not depend on the order the document meets them.
    init(ids: some Sequence<String>) {
        var taken = Set<String>()
        for id in Set(ids).sorted() {
            let base = Self.wordName(id)
            var name = base
            var suffix = 2
            while taken.contains(name) {
                let tail = "_\(suffix)"
                name = String(base.prefix(Self.maximumLength - tail.count)) + tail
                suffix += 1
            }
            taken.insert(name)
            names[id] = name
            numbers[id] = numbers.count
        }
    }

    /// The bookmark name of `id`; an id no anchor declared still gets a well-formed name.
    func name(_ id: String) -> String { names[id] ?? Self.wordName(id) }

    /// `id` with every character other than an ASCII letter or digit as `_`, led by a letter, cut to 40 characters.
    static func wordName(_ id: String) -> String {
        var name = String(
            id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) ? Character($0) : "_" })
        if !(name.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false) { name = "x" + name }
        return String(name.prefix(maximumLength))
    }
}

/// Two versions of a sentence as one line, `[-old words-]{+new words+}` where they differ (the marks of
/// `git diff --word-diff`), with at most a few unchanged words kept around each change.
enum WordDiff {
    /// Unchanged words kept on each side of a change; longer runs are cut to `…`.
    static let context = 4
    /// Words shown of a sentence that was added or removed whole.
    static let wholeSentenceWords = 24

    /// `old` turned into `new`, marked word by word.
    static func marked(_ old: [String], _ new: [String]) -> String {
        var pieces: [String] = []
        var same: [String] = [], removed: [String] = [], added: [String] = []
        var changes = 0
        func closeChange() {
            guard !removed.isEmpty || !added.isEmpty else { return }
            var mark = ""
            if !removed.isEmpty { mark += "[-" + removed.joined(separator: " ") + "-]" }
            if !added.isEmpty { mark += "{+" + added.joined(separator: " ") + "+}" }
            pieces.append(mark)
            removed = []; added = []
            changes += 1
        }
        func closeSame(last: Bool) {
            guard !same.isEmpty else { return }
            let first = changes == 0
            if first, same.count > context {
                pieces.append("… " + same.suffix(context).joined(separator: " "))
            } else if last, same.count > context {
                pieces.append(same.prefix(context).joined(separator: " ") + " …")
            } else if !first, !last, same.count > 2 * context {
                pieces.append(same.prefix(context).joined(separator: " ") + " … " + same.suffix(context).joined(separator: " "))
            } else {
                pieces.append(same.joined(separator: " "))
            }
            same = []
        }
        for step in Alignment.steps(from: old, to: new) {
            switch step {
            case .same(let index, _):
                closeChange()
                same.append(old[index])
            case .removed(let index):
                closeSame(last: false)
                removed.append(old[index])
            case .added(let index):
                closeSame(last: false)
                added.append(new[index])
            }
        }
        closeChange()
        closeSame(last: true)
        return pieces.joined(separator: " ")
    }

    /// A whole sentence, cut after ``wholeSentenceWords`` words.
    static func shortened(_ words: [String]) -> String {
        words.count > wholeSentenceWords ? words.prefix(wholeSentenceWords).joined(separator: " ") + " …" : words.joined(separator: " ")
    }
}

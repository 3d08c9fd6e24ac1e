/// The longest common subsequence of two sequences, as steps that turn the old one into the new one: for sentences
/// of two reports and for words of two sentences.
enum Alignment {
    /// One step: an element both share, one only the old has, or one only the new has (indices into each).
    enum Step: Equatable {
        /// `old[oldIndex] == new[newIndex]`.
        case same(Int, Int)
        /// `old[index]` is gone.
        case removed(Int)
        /// `new[index]` is new.
        case added(Int)
    }

    /// Past this many cells the middle that differs is taken as removed and added whole, instead of aligned.
    static let cellLimit = 4_000_000

    /// The steps from `old` to `new`, in order; removals before additions where both happen at one place.
    static func steps<Element: Equatable>(from old: [Element], to new: [Element]) -> [Step] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
            suffix += 1
        }
        var steps = (0..<prefix).map { Step.same($0, $0) }
        let oldEnd = old.count - suffix, newEnd = new.count - suffix
        let rows = oldEnd - prefix, columns = newEnd - prefix
        if rows * columns > cellLimit {
            steps += (prefix..<oldEnd).map { .removed($0) } + (prefix..<newEnd).map { .added($0) }
        } else {
            // lengths[i][j]: the common subsequence of old[prefix + i...] and new[prefix + j...], in one flat array.
            var lengths = [Int32](repeating: 0, count: (rows + 1) * (columns + 1))
            for i in stride(from: rows - 1, through: 0, by: -1) {
                for j in stride(from: columns - 1, through: 0, by: -1) {
                    lengths[i * (columns + 1) + j] =
                        old[prefix + i] == new[prefix + j]
                        ? lengths[(i + 1) * (columns + 1) + j + 1] + 1
                        : max(lengths[(i + 1) * (columns + 1) + j], lengths[i * (columns + 1) + j + 1])
                }
            }
            var i = 0, j = 0
            var removed: [Step] = [], added: [Step] = []
            while i < rows || j < columns {
                if i < rows, j < columns, old[prefix + i] == new[prefix + j] {
                    steps += removed + added
                    removed = []; added = []
                    steps.append(.same(prefix + i, prefix + j))
                    i += 1; j += 1
                } else if j == columns || (i < rows && lengths[(i + 1) * (columns + 1) + j] >= lengths[i * (columns + 1) + j + 1]) {
                    removed.append(.removed(prefix + i)); i += 1
                } else {
                    added.append(.added(prefix + j)); j += 1
                }
            }
            steps += removed + added
        }
        steps += (0..<suffix).map { .same(oldEnd + $0, newEnd + $0) }
        return steps
    }
}

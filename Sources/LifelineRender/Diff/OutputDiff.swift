import Foundation

/// What moved between two builds of a report, for a reviewer reading a CI log: the inputs (from the manifests), the
/// figures (id, old → new, data file and line), the model results (id, statistic, old → new, as the report rounds
/// them), the sentences of `report.md` (word by word), the charts, and the files. `build --check` compares the
/// output folder with a fresh build this way, `lifeline diff OLD NEW` two folders.
public struct OutputDiff: Sendable {
    /// The report whose sentences are compared.
    static let reportFile = "report.md"
    /// The folder of the charts.
    static let chartFolder = "charts/"

    /// One line for each input that differs: version, seed, draws, date, data, templates, archives.
    public var inputs: [String] = []
    /// One line for each figure whose value changed, or that was added or removed, located in the data file.
    public var figures: [String] = []
    /// One line for each model with a result that moved (every statistic that did), was added or removed.
    public var models: [String] = []
    /// One line for each sentence of `report.md` that changed, was added or removed, located in the new report.
    public var sentences: [String] = []
    /// The chart files whose drawing changed.
    public var charts: [String] = []
    /// Every file that differs: `PATH (changed)`, `PATH (added)`, `PATH (removed)`, sorted.
    public var files: [String] = []
    /// What could not be compared, e.g. a side without a manifest.
    public var notes: [String] = []

    /// Whether the two sides hold the same files, byte for byte.
    public var isEmpty: Bool { files.isEmpty }

    /// The differences from `old` to `new`.
    public init(old: OutputSnapshot, new: OutputSnapshot) {
        for path in Set(old.files.keys).union(new.files.keys).sorted() {
            switch (old.files[path], new.files[path]) {
            case (nil, _?): files.append("\(path) (added)")
            case (_?, nil): files.append("\(path) (removed)")
            case (let before?, let after?) where before != after:
                files.append("\(path) (changed)")
                if path.hasPrefix(Self.chartFolder) { charts.append(path) }
            default: break
            }
        }
        // An empty side (a folder never built) differs in every file, and nothing more is worth saying.
        guard !isEmpty, !old.files.isEmpty, !new.files.isEmpty else { return }
        if let before = old.manifest, let after = new.manifest {
            inputs = Self.inputs(before, after)
            figures = Self.figures(before, after)
        } else {
            let sides = [(old.manifest, "the old output"), (new.manifest, "the new output")].filter { $0.0 == nil }.map(\.1)
            notes.append(
                "\(sides.joined(separator: " and ")) \(sides.count == 1 ? "has" : "have") no \(BuildManifest.fileName) "
                    + "(built before Lifeline wrote one): inputs and figures are not compared.")
        }
        if let before = old.files[ModelStatistics.path], let after = new.files[ModelStatistics.path], before != after {
            models = Self.models(old.modelStatistics, new.modelStatistics)
        }
        if let before = old.files[Self.reportFile], let after = new.files[Self.reportFile], before != after {
            sentences = Self.sentences(old.sentences, new.sentences)
        }
    }

    /// Seed, draws, date, version, data, templates and archives that differ between two manifests.
    static func inputs(_ old: BuildManifest, _ new: BuildManifest) -> [String] {
        var lines: [String] = []
        func compare(_ name: String, _ before: String, _ after: String) {
            if before != after { lines.append("\(name): \(before) → \(after)") }
        }
        compare("version", old.generator, new.generator)
        compare("seed", String(old.seed), String(new.seed))
        compare("draws", String(old.draws), String(new.draws))
        compare("date", old.date.map { "\"\($0)\"" } ?? "none", new.date.map { "\"\($0)\"" } ?? "none")
        compare("data", old.data.from, new.data.from)
        if old.data.sha256 != new.data.sha256 {
            lines.append("data: \(new.dataFile) changed (SHA-256 \(old.data.sha256.prefix(12))… → \(new.data.sha256.prefix(12))…)")
        }
        let folders: [(String, BuildManifest.Folder?, BuildManifest.Folder?)] = [
            ("templates", old.templates, new.templates), ("archives", old.archives, new.archives),
        ]
        for (name, before, after) in folders {
            compare(name, before?.from ?? "none", after?.from ?? "none")
            let oldFiles = before?.files ?? [:], newFiles = after?.files ?? [:]
            for file in Set(oldFiles.keys).union(newFiles.keys).sorted() {
                switch (oldFiles[file], newFiles[file]) {
                case (nil, _?): lines.append("\(name): \(file) added")
                case (_?, nil): lines.append("\(name): \(file) removed")
                case (let a?, let b?) where a != b: lines.append("\(name): \(file) changed")
                default: break
                }
            }
        }
        return lines
    }

    /// Figures whose value changed, or that were added or removed, each at its line in the data file.
    static func figures(_ old: BuildManifest, _ new: BuildManifest) -> [String] {
        let before = Dictionary(old.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(new.figures.map(\.id))
        var lines: [String] = []
        for figure in new.figures {
            let place = "\(new.dataFile):\(figure.line): \(figure.id)"
            if let previous = before[figure.id] {
                if previous.value != figure.value { lines.append("\(place): \(previous.value) → \(figure.value)") }
            } else {
                lines.append("\(place): added (\(figure.value))")
            }
        }
        for figure in old.figures where !kept.contains(figure.id) {
            lines.append("\(old.dataFile):\(figure.line): \(figure.id): removed (was \(figure.value))")
        }
        return lines
    }

    /// Models with a statistic whose rounded text moved, or that were added or removed.
    static func models(_ old: ModelStatistics?, _ new: ModelStatistics?) -> [String] {
        let before = Dictionary((old?.models ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = new?.models ?? []
        let kept = Set(after.map(\.id))
        var lines: [String] = []
        for model in after {
            guard let previous = before[model.id] else {
                lines.append("\(model.id): added (\(model.statistics.first.map { "\($0.name) \($0.text)" } ?? ""))")
                continue
            }
            let oldTexts = Dictionary(previous.statistics.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
            let moved = model.statistics.compactMap { statistic -> String? in
                guard let was = oldTexts[statistic.name], was != statistic.text else { return nil }
                return "\(statistic.name) \(was) → \(statistic.text)"
            }
            if !moved.isEmpty { lines.append("\(model.id): " + moved.joined(separator: "; ")) }
        }
        for model in old?.models ?? [] where !kept.contains(model.id) { lines.append("\(model.id): removed") }
        return lines
    }

    /// Sentences of the report that changed (word by word), were added or removed, at their line in the new report.
    static func sentences(_ old: [ReportSentence], _ new: [ReportSentence]) -> [String] {
        var lines: [String] = []
        var removed: [ReportSentence] = [], added: [ReportSentence] = []
        /// The line a removed sentence is shown at: that of the next sentence kept, or the end of the report.
        var nextLine = 0
        /// Pairs the sentences removed and added at one place, word by word; those left over are shown together.
        func flush() {
            let paired = min(removed.count, added.count)
            for (before, after) in zip(removed, added) {
                lines.append("\(reportFile):\(after.line): " + WordDiff.marked(before.words, after.words))
            }
            if removed.count > paired {
                lines.append("\(reportFile):\(nextLine): [-" + WordDiff.shortened(removed[paired...].flatMap(\.words)) + "-]")
            }
            if added.count > paired {
                lines.append("\(reportFile):\(added[paired].line): {+" + WordDiff.shortened(added[paired...].flatMap(\.words)) + "+}")
            }
            removed = []; added = []
        }
        let steps = Alignment.steps(from: old.map(\.words), to: new.map(\.words))
        for (position, step) in steps.enumerated() {
            switch step {
            case .same: flush()
            case .removed(let index):
                removed.append(old[index])
                nextLine =
                    steps[position...].lazy.compactMap { step -> Int? in
                        if case .same(_, let newIndex) = step { return new[newIndex].line }
                        if case .added(let newIndex) = step { return new[newIndex].line }
                        return nil
                    }.first ?? (new.last?.line ?? 0)
            case .added(let index): added.append(new[index])
            }
        }
        flush()
        return lines
    }
}

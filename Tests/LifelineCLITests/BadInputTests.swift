import Foundation
import Testing

/// A broken input and what Lifeline must say about it: the message fragment, and the line it names
/// (nil when the problem has no line, such as a file that is too large).
struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    var line: Int?
    var fragment: String

    init(_ name: String, _ line: Int?, _ fragment: String) {
        self.name = name
        self.line = line
        self.fragment = fragment
    }

    var testDescription: String { name }
}

/// Every broken data file, template set and output folder in Tests/Corpus (see its README), and a few
/// too big to commit, run through the built `lifeline` as a user would: each must end with exit status
/// 1 (not a crash, not a hang, not success), a located `FILE:LINE:COLUMN: error:` message naming the
/// problem, little output, and the previous report untouched.
@Suite struct BadInputTests {
    static let corpus = CLI.repository.appendingPathComponent("Tests/Corpus")

    /// Address space each run of a bad input gets: lifeline needs about 80 MB, the largest document the
    /// loader lets through about 160 MB; the unguarded loader needed over 2 GB for an 8 MiB list.
    static let memoryLimit = 256 << 20

    static let dataCases: [BadInput] = [
        BadInput("syntax-unclosed-bracket.yaml", 6, "did not find expected ',' or ']' (while parsing a flow sequence at line 5)"),
        BadInput("syntax-missing-colon.yaml", 12, "could not find expected ':'"),
        BadInput("syntax-unclosed-quote.yaml", 24, "the quoted value that starts here is never closed"),
        BadInput("syntax-bad-indentation.yaml", 13, "mapping values are not allowed in this context"),
        BadInput("tab-indentation.yaml", 5, "a tab is used for indentation"),
        BadInput("two-documents.yaml", 25, "a second YAML document starts here"),
        BadInput("wrong-type-quoted-number.yaml", 20, "`value` must be a number, not the quoted text \"34000\""),
        BadInput("wrong-type-text-is-list.yaml", 5, "`title` must be text, not a list"),
        BadInput("wrong-type-sources-not-list.yaml", 2, "`sources` must be a list"),
        BadInput("wrong-type-year-text.yaml", 15, "`year` must be a number, not `twenty-twenty-one`"),
        BadInput("top-level-list.yaml", 2, "the top level must be a mapping"),
        BadInput("unknown-key.yaml", 11, "unknown key `measure` in a figure"),
        BadInput("unknown-top-level-key.yaml", 9, "unknown key `figure` in the top level"),
        BadInput("missing-required-key.yaml", 18, "the key `quote` is missing"),
        BadInput("missing-source.yaml", 23, "cites the source `papr`, which does not exist"),
        BadInput("duplicate-figure-id.yaml", 18, "the figure id `fee` is used twice (first on line 10)"),
        BadInput("duplicate-source-id.yaml", 9, "the source id `paper` is used twice (first on line 3)"),
        BadInput("duplicate-key.yaml", 21, "a key appears twice in one mapping: unit"),
        BadInput("model-unknown-id.yaml", 30, "30:29: error: unknown id `peple`. Did you mean `people`?"),
        BadInput("formula-unknown-unit.yaml", 30, "30:33: error: unknown unit `usd` after the number `100`. Did you mean `USD`?"),
        BadInput("sample-unknown-figure.yaml", 25, "25:13: error: `sample: sise` names no figure. Did you mean `size`?"),
        BadInput("sample-not-a-count.yaml", 26, "26:13: error: the sample `size` must be a single whole count"),
        BadInput("sample-share-not-a-share.yaml", 25, "25:19: error: `distribution: sample-share` needs a single share"),
        BadInput("sample-without-distribution.yaml", 24, "24:13: error: `sample` is given without `distribution: sample-share`"),
        BadInput("model-error-in-block-formula.yaml", 32, "32:17: error: unknown id `peopel`"),
        BadInput("model-units.yaml", 36, "36:21: error: `+` needs one unit on both sides"),
        BadInput("model-cycle.yaml", 30, "models use each other in a loop: first → second → first"),
        BadInput("model-zero-divisor.yaml", 30, "30:24: error: the divisor `(fee - 0.1)` can be zero"),
        BadInput("duplicate-model-id.yaml", 27, "the model id `fee` is used twice (first on line 10, by a figure)"),
        BadInput("parameter-without-why.yaml", 27, "the key `why` is missing"),
        BadInput("pool-negative-weight.yaml", 28, "the weight of `other` is -1, below 0"),
        BadInput("comparison-unknown-id.yaml", 28, "names `fe`, which is not declared. Did you mean `fee`?"),
        BadInput(
            "assumption-unknown-id.yaml", 36,
            "36:13: error: assumption `fee-applies` is about `fe`, which is not declared. Did you mean `fee`?"),
        BadInput("assumption-without-about.yaml", 34, "34:5: error: the key `about` is missing"),
        BadInput("comparison-units.yaml", 34, "sets `fee` (a plain number) against `amount` (USD/year)"),
        BadInput("unknown-model-key.yaml", 30, "unknown key `formual` in a model. Did you mean `formula`?"),
        BadInput("low-above-high.yaml", 12, "`low` (0.5) is above `high` (0.4)"),
        BadInput("negative-count.yaml", 20, "a count in people cannot be negative, got -5"),
        BadInput("share-above-one.yaml", 12, "a share must lie between 0 and 1, got 0.1–40"),
        BadInput("nan.yaml", 20, "`value` is `.nan`, which is not a finite number"),
        BadInput("infinity.yaml", 13, "`high` is `.inf`, which is not a finite number"),
        BadInput("negative-infinity.yaml", 12, "`low` is `-.inf`, which is not a finite number"),
        BadInput(
            "leading-zero-value.yaml", 20,
            "`value` is `034000`, a number with a leading zero, which YAML may read as octal. Remove the leading zero: `34000` (or quote it if it is text)"
        ),
        BadInput("leading-zero-year.yaml", 15, "`year` is `03742`, a number with a leading zero"),
        BadInput("hexadecimal-value.yaml", 20, "`value` must be a number, not `0x84D0`. Write it in decimal digits"),
        BadInput("underscore-value.yaml", 20, "`value` must be a number, not `34_000`. Write it in decimal digits"),
        BadInput("sexagesimal-value.yaml", 20, "`value` must be a number, not `9:26:40`"),
        BadInput("explicit-tag.yaml", 20, "this value carries the YAML tag `!!str`, and a registry allows no tags"),
        BadInput("unknown-unit.yaml", 14, "`percent` is not a known unit"),
        BadInput("bad-date.yaml", 7, "`date` must be YYYY, YYYY-MM or YYYY-MM-DD, not `27/08/2018`"),
        BadInput("bad-id.yaml", 10, "the figure id `Fee_1` may only hold lowercase letters, digits and hyphens"),
        BadInput("year-out-of-range.yaml", 15, "`year` must be a whole year between 1900 and 2100, not 2201"),
        BadInput("value-and-range.yaml", 12, "the figure has both `value` and a range"),
        BadInput("star-text.yaml", 11, "YAML reads a value that starts with `*` as an alias"),
        BadInput("undefined-alias.yaml", 22, "`*unknown` is a YAML alias, and a registry allows no aliases"),
        BadInput("anchor.yaml", 8, "this value carries the YAML anchor `&note`"),
        BadInput("merge-key.yaml", 26, "`*base` is a YAML alias (and `&base` on line 18 an anchor)"),
        BadInput("billion-laughs.yaml", 3, "`*a` is a YAML alias (and `&a` on line 2 an anchor)"),
        BadInput("alias-key-bomb.yaml", 3, "`*a` is a YAML alias (and `&a` on line 2 an anchor)"),
        BadInput("deep-nesting.yaml", 6, "the data nests more than 64 levels deep"),
        BadInput("empty.yaml", 1, "the file is empty"),
        BadInput("whitespace-only.yaml", 1, "the file is empty"),
        BadInput("comments-only.yaml", 1, "the file holds no YAML document (only comments)"),
        BadInput("binary.png", 3, "the file contains a NUL byte, so it is not text"),
        BadInput("nul-byte.yaml", 5, "the file contains a NUL byte, so it is not text"),
        BadInput("utf16.yaml", 1, "the file contains a NUL byte, so it is not text"),
        BadInput("invalid-utf8.yaml", 4, "the file is not valid UTF-8"),
        BadInput("control-character.yaml", 5, "the file contains the control character U+001B"),
    ]

    @Test(arguments: dataCases)
    func brokenDataFileIsRefused(_ input: BadInput) throws {
        let path = Self.corpus.appendingPathComponent("data/\(input.name)").path
        try expectRefusal(of: ["--data", path], naming: path, input)
    }

    /// Cases generated into a temporary folder because they are too big to commit.
    static let generatedCases: [BadInput] = [
        BadInput("huge-50mb.yaml", nil, "the file is 52428800 bytes, over the 8 MiB limit for a data file"),
        BadInput("link-to-huge.yaml", nil, "the file is 52428800 bytes, over the 8 MiB limit for a data file"),
        BadInput("nesting-5000-flow.yaml", 1, "the data nests more than 64 levels deep"),
        BadInput("nesting-5000-block.yaml", 2, "the data nests more than 64 levels deep"),
        BadInput("list-of-4-million.yaml", 3, "the file is too large to be a registry"),
        BadInput("huge-value.yaml", 5, "`year` must be a number, not the quoted text \"\(String(repeating: "9", count: 60))…\""),
        BadInput("ten-thousand-problems.yaml", nil, "9900 more problems are not listed"),
    ]

    @Test(arguments: generatedCases)
    func generatedBadDataIsRefused(_ input: BadInput) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.generate(input.name, in: folder)
        try expectRefusal(of: ["--data", path], naming: path, input)
    }

    @Test func aDeviceIsRefused() throws {
        try expectRefusal(of: ["--data", "/dev/zero"], naming: "/dev/zero", BadInput("/dev/zero", nil, "this is not a regular file"))
    }

    static let templateCases: [BadInput] = [
        BadInput("unknown-variable/report.md.mustache", 5, "the variable `dateLien` does not exist. Did you mean `dateLine`?"),
        BadInput("unknown-partial/report.md.mustache", 11, "the partial `cost` does not exist"),
        BadInput(
            "figure-path-for-a-model/summary.md.mustache", 3,
            "`figure.sk-gross-flow.median` names `sk-gross-flow` in `figure`, which does not exist. Did you mean `model.sk-gross-flow.median`?"
        ),
        BadInput(
            "markup-in-double-braces/chain.md.mustache", 5,
            "which double braces print as escaped text. Write it with three braces: `{{{source.feature-cash-remittances.cite}}}`."),
        BadInput("unclosed-section/contents.md.mustache", 5, "template syntax error: a section is opened but never closed"),
        BadInput("unclosed-tag/summary.md.mustache", 7, "template syntax error: a tag is not closed"),
        BadInput("mismatched-close/references.md.mustache", 5, "a section is closed with a different name than it was opened with"),
        BadInput("missing-stylesheet/report.css", nil, "the template `report.css` is missing"),
        BadInput("not-utf8/costs.md.mustache", nil, "cannot read the template as UTF-8 text"),
    ]

    /// Each template case holds only what it breaks: its files replace the current `Templates/` files of the
    /// same name in a fresh copy, and a file named `DELETE` lists templates to remove from the copy. So the
    /// corpus never goes stale when the default templates change.
    @Test(arguments: templateCases)
    func brokenTemplateSetIsRefused(_ input: BadInput) throws {
        let parts = input.name.split(separator: "/").map(String.init)
        let folder = try CLI.temporaryFolder().appendingPathComponent(parts[0])
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: CLI.repository.appendingPathComponent("Templates"), to: folder)
        let overlay = Self.corpus.appendingPathComponent("templates/\(parts[0])")
        for name in try FileManager.default.contentsOfDirectory(atPath: overlay.path) {
            let source = overlay.appendingPathComponent(name)
            if name == "DELETE" {
                for doomed in try String(contentsOf: source, encoding: .utf8).split(separator: "\n") {
                    try FileManager.default.removeItem(at: folder.appendingPathComponent(String(doomed)))
                }
            } else {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent(name))
            }
        }
        try expectRefusal(of: ["--templates", folder.path], naming: folder.appendingPathComponent(parts[1]).path, input)
    }

    @Test func anOutputFolderInsideAFileIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: notes)
        for out in [notes.appendingPathComponent("Output").path, notes.path] {
            let result = try CLI.runBounded(["build", "--draws", "20000", "--out", out], memoryLimit: Self.memoryLimit)
            #expect(result.exitedNormally && result.status == 1, "\(result.summary)")
            #expect(result.stderrText.hasPrefix("\(out): error: cannot write the report here ("), "\(result.summary)")
            #expect(try Data(contentsOf: notes) == Data("mine".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        }
    }

    @Test func everyCorpusCaseIsTestedAndDocumented() throws {
        let manager = FileManager.default
        let readme = try String(contentsOf: Self.corpus.appendingPathComponent("README.md"), encoding: .utf8)
        let dataFiles = try manager.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("data").path)
        #expect(Set(dataFiles) == Set(Self.dataCases.map(\.name)))
        let templateSets = try manager.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("templates").path)
        #expect(Set(templateSets) == Set(Self.templateCases.map { String($0.name.split(separator: "/")[0]) }))
        for input in Self.dataCases + Self.generatedCases + Self.templateCases {
            #expect(readme.contains("`\(input.name)`"), "\(input.name) is not in Tests/Corpus/README.md")
        }
        #expect(Self.dataCases.count + Self.generatedCases.count >= 30)
    }

    // MARK: - Checks

    /// Runs `lifeline validate ARGUMENTS` and `lifeline build ARGUMENTS --out DIR` where DIR holds a good report,
    /// and checks both refusals, that both print the same diagnostics, and that DIR is byte for byte as it was.
    func expectRefusal(of arguments: [String], naming file: String, _ input: BadInput) throws {
        let validated = try CLI.runBounded(["validate"] + arguments, memoryLimit: Self.memoryLimit)
        expectLocatedFailure(validated, naming: file, input)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("Output")
        let good = try CLI.runBounded(["build", "--draws", "20000", "--out", out.path])
        try #require(good.status == 0, "\(good.summary)")
        let before = try snapshot(folder)
        let result = try CLI.runBounded(["build", "--draws", "20000", "--out", out.path] + arguments, memoryLimit: Self.memoryLimit)
        expectLocatedFailure(result, naming: file, input)
        #expect(validated.stderrText == result.stderrText, "\(input.name): validate and build disagree; validate: \(validated.summary)")
        #expect(try snapshot(folder) == before, "the previous report changed")
    }

    /// Exit status 1 from the process itself, a message in the `FILE:LINE:COLUMN: error: WHAT. HOW`
    /// form that names the file, the line and the problem, and output that stays small.
    func expectLocatedFailure(_ result: CLI.BoundedResult, naming file: String, _ input: BadInput) {
        #expect(!result.timedOut, "\(input.name) did not finish: \(result.summary)")
        #expect(result.exitedNormally, "\(input.name) crashed: \(result.summary)")
        #expect(result.status == 1, "\(input.name): \(result.summary)")
        #expect(result.stdoutBytes + result.stderrBytes < 32 * 1024, "\(input.name) wrote \(result.stdoutBytes + result.stderrBytes) bytes")
        let location = input.line.map { "\(file):\($0):" } ?? "\(file): error: "
        let lines = result.stderrText.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix(location) && $0.contains(input.fragment) },
            "\(input.name): expected a line starting \(location) with “\(input.fragment)”; \(result.summary)")
        for line in lines.dropLast() where !line.hasPrefix("  ") {
            #expect(line.contains(": error: ") && line.hasSuffix("."), "not in the FILE:LINE:COLUMN: error: WHAT. HOW form: \(line)")
        }
    }

    /// Every file below `folder`, hidden ones included, with its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.count))
            files[relative] = try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true ? Data(contentsOf: url) : Data()
        }
        return files
    }

    // MARK: - Generated cases

    /// Writes the generated case `name` into `folder` and returns the path to give `--data`.
    static func generate(_ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        switch name {
        case "huge-50mb.yaml", "link-to-huge.yaml":
            let huge = folder.appendingPathComponent("huge-50mb.yaml")
            try write(count: 50 << 20, of: "  - x\n", to: huge)
            if name == "link-to-huge.yaml" { try FileManager.default.createSymbolicLink(at: url, withDestinationURL: huge) }
        case "nesting-5000-flow.yaml":
            try Data(("sources: " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "\nfigures: []\n").utf8)
                .write(to: url)
        case "nesting-5000-block.yaml":
            try Data(("sources:\n  " + String(repeating: "- ", count: 5_000) + "x\nfigures: []\n").utf8).write(to: url)
        case "list-of-4-million.yaml":
            try Data("sources: []\nfigures: []\nx: [".utf8).write(to: url)
            try append(count: 8_000_000, of: "1,", to: url)
        case "huge-value.yaml":
            let yaml = "sources: []\nfigures:\n  - id: f\n    measures: M\n    year: \"\(String(repeating: "9", count: 1_000_000))\"\n"
            try Data(yaml.utf8).write(to: url)
        case "ten-thousand-problems.yaml":
            let figures = (0..<10_000).map {
                "  - id: f\($0)\n    measures: M\n    value: 1\n    unit: furlongs\n    year: 2020\n    source: s\n    quote: Q"
            }
            try Data(("sources:\n  - id: s\n    title: T\n    date_note: N\nfigures:\n" + figures.joined(separator: "\n") + "\n").utf8)
                .write(to: url)
        default:
            Issue.record("no generator for \(name)")
        }
        return url.path
    }

    /// Writes `count` bytes made of `unit` repeated, in chunks of about a megabyte.
    static func write(count: Int, of unit: String, to url: URL) throws {
        try Data().write(to: url)
        try append(count: count, of: unit, to: url)
    }

    static func append(count: Int, of unit: String, to url: URL) throws {
        let chunk = Data(String(repeating: unit, count: (1 << 20) / unit.utf8.count).utf8)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.seekToEnd()
        var left = count
        while left > 0 {
            let piece = chunk.prefix(left)
            try handle.write(contentsOf: piece)
            left -= piece.count
        }
    }
}

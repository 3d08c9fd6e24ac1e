// Reads the event stream of a `swift test` run (`--event-stream-output-path FILE --event-stream-version 0`, one
// JSON object a line), prints how many tests were skipped and why, and fails when a test that carries one of the
// required tags was skipped, or when no test carries it (the tag was renamed or the stream changed).
//
//   swift .ci/skipped-tests.swift EVENTS [--require TAG]...
//
// `./setup.sh test` requires `archive` when the archived articles are present and `pandoc` when pandoc is.
import Foundation

/// What the command line asked for.
struct Arguments {
    /// The event stream file.
    var events = ""
    /// Tags whose tests must not be skipped.
    var required: [String] = []

    /// Reads `EVENTS [--require TAG]...`; nil when they do not fit.
    init?(_ arguments: [String]) {
        var rest = arguments[...]
        guard let events = rest.popFirst() else { return nil }
        self.events = events
        while let flag = rest.popFirst() {
            guard flag == "--require", let tag = rest.popFirst() else { return nil }
            required.append(tag)
        }
    }
}

/// One skipped test: its id and the reason its trait gave.
struct Skip {
    /// The test's id (`Module.Suite/function()/File.swift:LINE:COLUMN`).
    var id: String
    /// The comment of the `.enabled(if:)` or `.disabled()` trait, or the skip message.
    var reason: String
}

guard let arguments = Arguments(Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data("usage: swift .ci/skipped-tests.swift EVENTS [--require TAG]...\n".utf8))
    exit(64)
}
guard let text = try? String(contentsOfFile: arguments.events, encoding: .utf8) else {
    let message = "error: cannot read the test events in \(arguments.events). Run swift test with --event-stream-output-path.\n"
    FileHandle.standardError.write(Data(message.utf8))
    exit(1)
}

var tags: [String: Set<String>] = [:]  // test id → its tags, without the leading dot
var skips: [Skip] = []
for line in text.split(separator: "\n") {
    guard let record = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let payload = record["payload"] as? [String: Any]
    else { continue }
    if record["kind"] as? String == "test", let id = payload["id"] as? String {
        // `_tags` (".archive") up to Swift 6.3; `tags` ("archive") from 6.4.
        let names = (payload["tags"] as? [String] ?? []) + (payload["_tags"] as? [String] ?? [])
        tags[id] = Set(names.map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 })
    } else if record["kind"] as? String == "event", payload["kind"] as? String == "testSkipped",
        let id = payload["testID"] as? String
    {
        let comments = payload["_comments"] as? [String] ?? []
        let messages = (payload["messages"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
        skips.append(Skip(id: id, reason: (comments.isEmpty ? messages : comments).joined(separator: " ")))
    }
}

/// The tags of `id` and of every test inside it (a skipped suite skips its tests).
func tagsUnder(_ id: String) -> Set<String> {
    tags.filter { $0.key == id || $0.key.hasPrefix(id + "/") }.values.reduce(into: Set()) { $0.formUnion($1) }
}

let skippedTests = skips.count == 1 ? "1 test skipped" : "\(skips.count) tests skipped"
print(skips.isEmpty ? "setup.sh: no test skipped" : "setup.sh: \(skippedTests):")
for skip in skips.sorted(by: { $0.id < $1.id }) {
    let tagged = tagsUnder(skip.id).sorted()
    print("  \(skip.id)\(tagged.isEmpty ? "" : " [\(tagged.joined(separator: ", "))]"): \(skip.reason)")
}

var failed = false
for tag in arguments.required {
    if !tags.values.contains(where: { $0.contains(tag) }) {
        print("setup.sh: error: no test is tagged `\(tag)`. Tag the tests that need it with .tags(.\(tag)),", terminator: " ")
        print("or update .ci/skipped-tests.swift if swift test's event stream changed.")
        failed = true
    }
    let skippedHere = skips.filter { tagsUnder($0.id).contains(tag) }
    if !skippedHere.isEmpty {
        print(
            "setup.sh: error: \(skippedHere.count) test(s) tagged `\(tag)` were skipped although what they need is here.", terminator: " ")
        print("Fix the condition of their .enabled(if:) trait.")
        failed = true
    }
}
exit(failed ? 1 : 0)

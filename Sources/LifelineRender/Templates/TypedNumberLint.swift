import LifelineData

/// Finds numbers typed into templates' prose, which should come from the data (`{{figure.ID.value}}`,
/// `{{model.ID.median}}`): a number typed beside a sourced one goes stale when the data changes.
///
/// The rule: every number written in digits in a `*.mustache` template is reported, except
/// - inside a Mustache tag or comment (`{{…}}`, `{{{…}}}`, `{{! … }}`), an HTML tag or comment, or a `<style>` or
///   `<script>` element (the stylesheet `report.css` is not a template and is not read);
/// - part of a name: glued to a letter or joined to one by `-`, `_` or `.` (`fee-dailynk-2021`, `COVID-19`,
///   `SplitMix64`, `5th`, `10.c`);
/// - a year, four digits from 1900 to 2099;
/// - the level of the analysis's intervals, `90%` (every result's 90% range, 5th to 95th percentile, is the tool's
///   method, not the data's);
/// - the number of a list item or heading, at the start of its line (`1. `, `2) `, `## 3. `);
/// - listed in the template's own `{{! numbers: 90 5 95 (why) }}` comment: the method's constants, such as the 90%
///   of every interval, which are the tool's and not the data's. The list is the author's statement that these
///   numbers are not data; a reviewer reads it with the template.
///
/// Numbers written as words ("one intermediary") are not read.
enum TypedNumberLint {
    /// Every typed number in `templates`, located, with what to do.
    static func problems(in templates: TemplateSet) -> [Diagnostic] {
        templates.files.keys.sorted().filter { $0.hasSuffix(".mustache") }.flatMap { name in
            problems(in: templates.files[name] ?? "", file: templates.path(name))
        }
    }

    /// Every typed number in one template's `text`, located in `file`.
    static func problems(in text: String, file: String) -> [Diagnostic] {
        let characters = Array(text)
        let allowed = declaredNumbers(in: text)
        let prose = blankingMarkup(characters)
        var problems: [Diagnostic] = []
        var line = 1, lineStart = 0, index = 0
        while index < prose.count {
            let character = prose[index]
            if character == "\n" {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard character.isASCII, character.isNumber, index == 0 || !isDigitOrSeparator(prose[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < prose.count,
                prose[end].isASCII && prose[end].isNumber
                    || (prose[end] == "," || prose[end] == ".") && end + 1 < prose.count && prose[end + 1].isASCII
                        && prose[end + 1].isNumber
            {
                end += 1
            }
            let number = String(prose[index..<end])
            if !isExempt(number, from: index, to: end, in: prose, lineStart: lineStart, allowed: allowed) {
                problems.append(
                    Diagnostic(
                        file: file, line: line, column: index - lineStart + 1,
                        message: "the number \(number) is typed into the template",
                        hint:
                            "Take it from the data (e.g. `{{figure.ID.value}}`, `{{model.ID.median}}`); if it is the method's own constant, not data, list it in a `{{! numbers: \(number.replacingOccurrences(of: ",", with: "")) (why) }}` comment in this template."
                    ))
            }
            index = end
        }
        return problems
    }

    /// Whether the number at `start..<end` of `prose` is one the rule allows (see the type's documentation).
    private static func isExempt(
        _ number: String, from start: Int, to end: Int, in prose: [Character], lineStart: Int, allowed: Set<String>
    ) -> Bool {
        let plain = number.replacingOccurrences(of: ",", with: "")
        if allowed.contains(plain) { return true }
        if plain.count == 4, let year = Int(plain), (1900...2099).contains(year) { return true }
        if plain == "90", prose[end...].drop(while: { $0 == " " }).first == "%" { return true }
        // Part of a name: a letter right after, or a letter right before (perhaps through a joiner).
        if end < prose.count, prose[end].isLetter { return true }
        if end + 1 < prose.count, prose[end] == ".", prose[end + 1].isLetter { return true }
        if start > 0 {
            let before = prose[start - 1]
            if before.isLetter { return true }
            if "-_.".contains(before), start > 1, prose[start - 2].isLetter || prose[start - 2].isNumber { return true }
        }
        // A list item's or heading's number at the start of its line.
        let lead = prose[lineStart..<start]
        if lead.allSatisfy({ $0 == " " || $0 == "#" }), end < prose.count, prose[end] == "." || prose[end] == ")" { return true }
        return false
    }

    private static func isDigitOrSeparator(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// The numbers the template's `{{! numbers: … }}` comments list.
    static func declaredNumbers(in text: String) -> Set<String> {
        var numbers: Set<String> = []
        var rest = text[...]
        while let open = rest.range(of: "{{!") {
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { break }
            let body = rest[open.upperBound..<close.lowerBound].drop { $0.isWhitespace }
            if body.hasPrefix("numbers:") {
                for word in body.dropFirst("numbers:".count).split(whereSeparator: { $0.isWhitespace }) {
                    let plain = word.replacingOccurrences(of: ",", with: "")
                    guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { break }
                    numbers.insert(plain)
                }
            }
            rest = rest[close.upperBound...]
        }
        return numbers
    }

    /// The template with its markup replaced by spaces (newlines kept, so positions stay): Mustache tags and
    /// comments, HTML comments and tags, and `<style>`/`<script>` elements.
    static func blankingMarkup(_ characters: [Character]) -> [Character] {
        var result = characters
        func blank(_ range: Range<Int>) {
            for index in range where result[index] != "\n" { result[index] = " " }
        }
        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle)
            guard pattern.count <= characters.count else { return nil }
            var index = start
            while index + pattern.count <= characters.count {
                if characters[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
        var index = 0
        while index < characters.count {
            let closing: String?
            if characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" {
                closing = "}}"
            } else if characters[index] == "<", index + 3 < characters.count, String(characters[index..<index + 4]) == "<!--" {
                closing = "-->"
            } else if characters[index] == "<", index + 1 < characters.count,
                characters[index + 1].isLetter || characters[index + 1] == "/"
            {
                let rest = String(characters[index..<min(index + 8, characters.count)]).lowercased()
                closing = rest.hasPrefix("<style") ? "</style>" : rest.hasPrefix("<script") ? "</script>" : ">"
            } else {
                closing = nil
            }
            guard let closing, let end = find(closing, from: index + 1) else {
                index += 1
                continue
            }
            var stop = end + closing.count
            if closing == "}}", stop < characters.count, characters[stop] == "}" { stop += 1 }
            blank(index..<stop)
            index = stop
        }
        return result
    }
}

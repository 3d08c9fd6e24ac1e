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
    ///
    /// The text is read as UTF-8 bytes (every delimiter and digit the rule knows is ASCII); a character outside
    /// ASCII is decoded only where the rule asks whether it is a letter, and a column counts characters.
    static func problems(in text: String, file: String) -> [Diagnostic] {
        let bytes = Array(text.utf8)
        let allowed = declaredNumbers(in: text)
        let prose = blankingMarkup(bytes)
        var problems: [Diagnostic] = []
        var line = 1, lineStart = 0, index = 0
        while index < prose.count {
            let byte = prose[index]
            if byte == newline {
                line += 1
                lineStart = index + 1
                index += 1
                continue
            }
            guard isDigit(byte), index == 0 || !isDigit(prose[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < prose.count,
                isDigit(prose[end]) || (prose[end] == comma || prose[end] == period) && end + 1 < prose.count && isDigit(prose[end + 1])
            {
                end += 1
            }
            let number = String(decoding: prose[index..<end], as: UTF8.self)
            if !isExempt(number, from: index, to: end, in: prose, lineStart: lineStart, allowed: allowed) {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                problems.append(
                    Diagnostic(
                        file: file, line: line, column: column,
                        message: "the number \(number) is typed into the template",
                        hint:
                            "Take it from the data (e.g. `{{figure.ID.value}}`, `{{model.ID.median}}`); if it is the method's own constant, not data, list it in a `{{! numbers: \(number.replacingOccurrences(of: ",", with: "")) (why) }}` comment in this template."
                    ))
            }
            index = end
        }
        return problems
    }

    private static let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " "), comma = UInt8(ascii: ","), period = UInt8(ascii: ".")

    /// Whether the number at `start..<end` of `prose` is one the rule allows (see the type's documentation).
    private static func isExempt(
        _ number: String, from start: Int, to end: Int, in prose: [UInt8], lineStart: Int, allowed: Set<String>
    ) -> Bool {
        let plain = number.replacingOccurrences(of: ",", with: "")
        if allowed.contains(plain) { return true }
        if plain.count == 4, let year = Int(plain), (1900...2099).contains(year) { return true }
        if plain == "90", prose[end...].first(where: { $0 != space }) == UInt8(ascii: "%") { return true }
        // Part of a name: a letter right after, or a letter right before (perhaps through a joiner).
        if end < prose.count, isLetter(startingAt: end, in: prose) { return true }
        if end + 1 < prose.count, prose[end] == period, isLetter(startingAt: end + 1, in: prose) { return true }
        if start > 0 {
            if isLetter(endingAt: start, in: prose) { return true }
            let before = prose[start - 1]
            if before == UInt8(ascii: "-") || before == UInt8(ascii: "_") || before == period, start > 1,
                isLetter(endingAt: start - 1, in: prose) || isDigit(prose[start - 2])
            {
                return true
            }
        }
        // A list item's or heading's number at the start of its line.
        let lead = prose[lineStart..<start]
        if lead.allSatisfy({ $0 == space || $0 == UInt8(ascii: "#") }), end < prose.count,
            prose[end] == period || prose[end] == UInt8(ascii: ")")
        {
            return true
        }
        return false
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Whether the character whose UTF-8 starts at `index` is a letter.
    private static func isLetter(startingAt index: Int, in bytes: [UInt8]) -> Bool {
        let byte = bytes[index]
        guard byte >= 0x80 else { return isASCIILetter(byte) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return String(decoding: bytes[index..<end], as: UTF8.self).first?.isLetter ?? false
    }

    /// Whether the character whose UTF-8 ends just before `index` is a letter.
    private static func isLetter(endingAt index: Int, in bytes: [UInt8]) -> Bool {
        let byte = bytes[index - 1]
        guard byte >= 0x80 else { return isASCIILetter(byte) }
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self).first?.isLetter ?? false
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// The numbers the template's `{{! numbers: … }}` comments list.
    static func declaredNumbers(in text: String) -> Set<String> {
        var numbers: Set<String> = []
        let bytes = Array(text.utf8)
        let open = Array("{{!".utf8), close = Array("}}".utf8), keyword = Array("numbers:".utf8)
        var index = 0
        while let start = bytes.firstIndex(of: open, from: index) {
            guard let end = bytes.firstIndex(of: close, from: start + open.count) else { break }
            var body = start + open.count
            while body < end, bytes[body] == space || bytes[body] == newline || bytes[body] == UInt8(ascii: "\t") { body += 1 }
            if bytes[body..<end].starts(with: keyword) {
                let words = String(decoding: bytes[(body + keyword.count)..<end], as: UTF8.self).split(whereSeparator: \.isWhitespace)
                for word in words {
                    let plain = word.replacingOccurrences(of: ",", with: "")
                    guard plain.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { break }
                    numbers.insert(plain)
                }
            }
            index = end + close.count
        }
        return numbers
    }

    /// The template's UTF-8 with its markup replaced by spaces (newlines kept, so positions stay): Mustache tags
    /// and comments, HTML comments and tags, and `<style>`/`<script>` elements.
    static func blankingMarkup(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        func find(_ needle: [UInt8], from start: Int) -> Int? { bytes.firstIndex(of: needle, from: start) }
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}"), less = UInt8(ascii: "<")
        var index = 0
        while index < bytes.count {
            let closing: [UInt8]?
            if bytes[index] == open, index + 1 < bytes.count, bytes[index + 1] == open {
                closing = Array("}}".utf8)
            } else if bytes[index] == less, bytes[index...].starts(with: "<!--".utf8) {
                closing = Array("-->".utf8)
            } else if bytes[index] == less, index + 1 < bytes.count,
                isASCIILetter(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "/")
            {
                let rest = String(decoding: bytes[index..<min(index + 8, bytes.count)], as: UTF8.self).lowercased()
                closing = Array((rest.hasPrefix("<style") ? "</style>" : rest.hasPrefix("<script") ? "</script>" : ">").utf8)
            } else {
                closing = nil
            }
            guard let closing, let end = find(closing, from: index + 1) else {
                index += 1
                continue
            }
            var stop = end + closing.count
            if closing.first == close, stop < bytes.count, bytes[stop] == close { stop += 1 }
            for position in index..<stop where result[position] != newline { result[position] = space }
            index = stop
        }
        return result
    }
}

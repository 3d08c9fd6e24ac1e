/// Cuts a formula into ``FormulaToken``s, collecting every lexical problem instead of stopping at the first.
///
/// - Numbers: `100`, `0.03`, `1e6`, `1_000` (an underscore only between digits), and percentages: `3%` is 0.03
///   (the exponent is shifted, so `0.1%` reads exactly as `0.001`).
/// - Numbers with a unit: a number, whitespace, and one of the names `unit:` accepts (``MeasureUnit``): `100 USD`,
///   `1200 USD/year`, `3 people`, `2 months of pay`. The longest name that matches is taken, and it must end the
///   word: so `100 USD/year` is one number in USD/year, and `100 USD/sk-population` is an unknown unit. To divide a
///   number with a unit by an id, put spaces around `/`: `100 USD / sk-population`. Any other word after a number
///   and a space is an unknown unit (with a did-you-mean); to multiply a number by an id, write `*`.
/// - Ids: a lowercase letter, then lowercase letters, digits and hyphens, read greedily; a hyphen belongs to the id
///   only when a letter or digit follows it. So `a-b` is one id and a minus between two ids needs spaces: `a - b`.
/// - Copies: `id@k` with a whole number k ≥ 1, written without spaces.
/// - Symbols: `+ - * / ^ ( ) ,`, and `−` (U+2212), `×`, `÷` as their typographic spellings.
struct FormulaLexer {
    /// The formula's Unicode scalars.
    let scalars: [Unicode.Scalar]
    /// The next scalar to read.
    var position = 0
    /// The problems found so far.
    var problems: [FormulaProblem] = []

    /// Prepares to read `text`.
    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// Every token, ending with ``FormulaToken/Kind/end``, and the problems found on the way.
    static func tokens(_ text: String) -> (tokens: [FormulaToken], problems: [FormulaProblem]) {
        var lexer = FormulaLexer(text)
        var tokens: [FormulaToken] = []
        while let token = lexer.next() { tokens.append(token) }
        tokens.append(FormulaToken(.end, lexer.scalars.count..<lexer.scalars.count))
        return (tokens, lexer.problems)
    }

    /// The text of `range`.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The scalar at `index`, or `nil` past the end.
    func scalar(at index: Int) -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// Whether `scalar` is an ASCII digit.
    static func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }

    /// Whether `scalar` can continue an id as written (lowercase or not; wrong spellings are reported).
    static func isWordScalar(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || isDigit(scalar) || scalar == "_"
    }

    /// The next token, or `nil` at the end of the text.
    mutating func next() -> FormulaToken? {
        while let scalar = scalar(at: position), scalar.properties.isWhitespace { position += 1 }
        guard let scalar = scalar(at: position) else { return nil }
        let start = position
        if Self.isDigit(scalar) { return number() }
        if Self.isWordScalar(scalar) { return id() }
        position += 1
        switch scalar {
        case "+", "-", "*", "/", "^": return FormulaToken(.symbol(Character(scalar)), start..<position)
        case "\u{2212}": return FormulaToken(.symbol("-"), start..<position)
        case "×": return FormulaToken(.symbol("*"), start..<position)
        case "÷": return FormulaToken(.symbol("/"), start..<position)
        case "(": return FormulaToken(.open, start..<position)
        case ")": return FormulaToken(.close, start..<position)
        case ",": return FormulaToken(.comma, start..<position)
        default:
            problems.append(
                FormulaProblem(
                    offset: start, message: "unexpected character `\(Excerpt.of(String(scalar)))` in the formula",
                    hint: "A formula uses numbers, ids, + - * / ^, parentheses, min(…) and max(…)."))
            return next()
        }
    }

    /// Reads digits (with `_` between digits) from `position`; returns them without underscores.
    mutating func digits() -> String {
        var result = ""
        while let scalar = scalar(at: position) {
            if Self.isDigit(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "_", Self.isDigit(self.scalar(at: position + 1)), !result.isEmpty {
                // an underscore between two digits groups them
            } else {
                break
            }
            position += 1
        }
        return result
    }

    /// A number, from its first digit.
    mutating func number() -> FormulaToken {
        let start = position
        var mantissa = digits()
        var exponent = 0
        var wellFormed = true
        if scalar(at: position) == ".", Self.isDigit(scalar(at: position + 1)) {
            position += 1
            mantissa += "." + digits()
        }
        if let e = scalar(at: position), e == "e" || e == "E" {
            let signed = scalar(at: position + 1) == "-" || scalar(at: position + 1) == "+"
            if Self.isDigit(scalar(at: position + (signed ? 2 : 1))) {
                let negative = scalar(at: position + 1) == "-"
                position += signed ? 2 : 1
                let magnitude = Int(digits().prefix(6)) ?? 0
                exponent = negative ? -magnitude : magnitude
            } else {
                wellFormed = false
            }
        }
        if !wellFormed {
            while Self.isWordScalar(scalar(at: position)) || scalar(at: position) == "." { position += 1 }
            problems.append(
                FormulaProblem(
                    offset: start, message: "`\(Excerpt.of(text(start..<position)))` is not a number",
                    hint: "Write a number as 100, 0.03, 1e6, 1_000 or 3%."))
            return FormulaToken(.number(0), start..<position)
        }
        if scalar(at: position) == "%" {
            position += 1
            exponent -= 2
        }
        let value = Double(exponent == 0 ? mantissa : mantissa + "e\(exponent)") ?? .infinity
        return unit(after: value, from: start)
    }

    /// `written` (ASCII letters, digits, `_` and `-`, as ``id()`` reads them) in lowercase with `_` as `-`, byte by byte
    /// (Foundation's `lowercased` and `replacingOccurrences` cost thousands of instructions an id).
    static func normalized(_ written: String) -> String {
        String(
            decoding: written.utf8.map { byte in
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                case UInt8(ascii: "_"): UInt8(ascii: "-")
                default: byte
                }
            }, as: UTF8.self)
    }

    /// An id, from its first letter, with its copy number if `@k` follows.
    mutating func id() -> FormulaToken {
        let start = position
        while Self.isWordScalar(scalar(at: position))
            || (scalar(at: position) == "-" && Self.isWordScalar(scalar(at: position + 1)))
        {
            position += 1
        }
        let written = text(start..<position)
        let id = Self.normalized(written)
        if id != written || !("a"..."z").contains(scalars[start]) {
            problems.append(
                FormulaProblem(
                    offset: start, message: "`\(Excerpt.of(written))` is not an id",
                    hint: "Ids are lowercase letters, digits and hyphens, starting with a letter"
                        + (("a"..."z").contains(id.unicodeScalars.first!) ? ": write `\(Excerpt.of(id))`." : ".")))
        }
        guard scalar(at: position) == "@" else { return FormulaToken(.id(id, copy: nil), start..<position) }
        let at = position
        position += 1
        let number = digits()
        guard !number.isEmpty else {
            problems.append(
                FormulaProblem(
                    offset: at, message: "`@` must be followed by a copy number",
                    hint: "Write `\(Excerpt.of(id))@1`, `\(Excerpt.of(id))@2`, … for independent copies of `\(Excerpt.of(id))`."))
            return FormulaToken(.id(id, copy: nil), start..<position)
        }
        let copy = Int(number.prefix(9)) ?? 0
        if copy == 0 {
            problems.append(
                FormulaProblem(
                    offset: at + 1, message: "copy numbers start at 1",
                    hint: "Write `\(Excerpt.of(id))@1` for the first independent copy of `\(Excerpt.of(id))`."))
        }
        return FormulaToken(.id(id, copy: max(copy, 1)), start..<position)
    }
}

import Foundation

/// A PDF's document properties set by Lifeline: title, author and creator written, and the engine's creation and
/// modification dates dropped, so that the same report prints to the same bytes on every build.
///
/// The engine's information dictionary is emptied in place (padded with spaces, so no offset moves) and the new one
/// is appended as an incremental update (ISO 32000-1, 7.5.6): a new object, a one-entry cross-reference section and
/// a trailer pointing back to the engine's. This reads the classic cross-reference tables Chromium writes.
struct PDFDocumentInfo {
    /// The document's title; nil keeps the engine's (Chromium's is the page's `<title>`).
    var title: String?
    /// The authors as one line; nil writes none.
    var author: String?
    /// The program that made the document, e.g. `Lifeline 0.2.0`.
    var creator: String

    /// Keys written here or dropped from the engine's dictionary.
    private static let replaced: Set<String> = ["Title", "Author", "Creator", "CreationDate", "ModDate"]

    /// `pdf` with these properties and no dates. Throws a message naming what was not where a PDF has it.
    func applied(to pdf: Data) throws(PublishError) -> Data {
        var bytes = [UInt8](pdf)
        func fail(_ what: String) -> PublishError {
            .engineFailed(format: .pdf, message: "the PDF the engine wrote has \(what); Lifeline cannot set its title and author.")
        }
        guard let startxref = Self.lastRange(of: "startxref", in: bytes) else { throw fail("no startxref") }
        var index = startxref.upperBound
        PDFDictionary.skipSpace(bytes, &index)
        guard let xref = Self.number(in: bytes, at: &index), xref < bytes.count, bytes[xref...].starts(with: Array("xref".utf8)) else {
            throw fail("no cross-reference table (a cross-reference stream, perhaps)")
        }
        guard let trailerWord = Self.lastRange(of: "trailer", in: bytes), trailerWord.lowerBound > xref,
            let trailer = PDFDictionary(bytes: bytes, at: trailerWord.upperBound)
        else { throw fail("no trailer") }
        guard let infoReference = trailer["Info"], let root = trailer["Root"], let size = trailer["Size"],
            let (object, generation) = Self.reference(infoReference)
        else { throw fail("no /Info, /Root or /Size in its trailer") }
        guard let infoOffset = Self.offset(ofObject: object, xref: xref, in: bytes),
            let old = Self.objectBody(at: infoOffset, in: bytes).flatMap({ PDFDictionary(bytes: bytes, at: $0) })
        else { throw fail("no information dictionary where its cross-reference table says") }

        var info = old.entries.filter { !Self.replaced.contains($0.key) || ($0.key == "Title" && title == nil) }
        if let title { info.insert(("Title", Self.textString(title)), at: 0) }
        if let author { info.append(("Author", Self.textString(author))) }
        info.append(("Creator", Self.textString(creator)))

        // The engine's dictionary becomes an empty one of the same length: its dates are gone, nothing moves.
        bytes.replaceSubrange(
            old.start..<old.end, with: PDFDictionary.open + Array(repeating: 32, count: old.end - old.start - 4) + PDFDictionary.close)
        if bytes.last != 10 { bytes.append(10) }
        let objectOffset = bytes.count
        var update = "\(object) \(generation) obj\n<<"
        update += info.map { "/\($0.key) " + String(decoding: $0.value, as: UTF8.self) }.joined(separator: "\n")
        update += ">>\nendobj\n"
        let updateXref = objectOffset + update.utf8.count
        update += "xref\n0 1\n"
        update += "0000000000 65535 f \n"
        update += "\(object) 1\n"
        update += Self.padded(objectOffset, 10) + " " + Self.padded(generation, 5) + " n \n"
        update += "trailer\n<</Size \(String(decoding: size, as: UTF8.self)) /Root \(String(decoding: root, as: UTF8.self))"
        update += " /Info \(object) \(generation) R"
        if let id = trailer["ID"] { update += " /ID " + String(decoding: id, as: UTF8.self) }
        update += " /Prev \(xref)>>\nstartxref\n\(updateXref)\n%%EOF\n"
        bytes += Array(update.utf8)
        return Data(bytes)
    }

    /// A PDF text string: UTF-16BE with its byte-order mark, in hex, so any character and no escaping is needed.
    static func textString(_ text: String) -> [UInt8] {
        let hex = text.utf16.map { Self.padded(Int($0), 4, radix: 16) }.joined()
        return Array("<FEFF\(hex.uppercased())>".utf8)
    }

    /// `value` in `radix` with leading zeros to `width` digits.
    private static func padded(_ value: Int, _ width: Int, radix: Int = 10) -> String {
        let digits = String(value, radix: radix)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// The last occurrence of `word` in `bytes`.
    private static func lastRange(of word: String, in bytes: [UInt8]) -> Range<Int>? {
        let pattern = Array(word.utf8)
        var start = bytes.count - pattern.count
        while start >= 0 {
            if bytes[start..<start + pattern.count].elementsEqual(pattern) { return start..<start + pattern.count }
            start -= 1
        }
        return nil
    }

    /// The unsigned integer at `index`, moving past it.
    private static func number(in bytes: [UInt8], at index: inout Int) -> Int? {
        var value: Int?
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            value = (value ?? 0) * 10 + Int(bytes[index] - 0x30)
            guard value! < 1 << 40 else { return nil }
            index += 1
        }
        return value
    }

    /// `12 0 R` → (12, 0).
    private static func reference(_ value: [UInt8]) -> (Int, Int)? {
        let parts = String(decoding: value, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard parts.count == 3, parts[2] == "R", let object = Int(parts[0]), let generation = Int(parts[1]) else { return nil }
        return (object, generation)
    }

    /// Where object `object` starts, from the cross-reference table at `xref` (its subsections of 20-byte entries).
    private static func offset(ofObject object: Int, xref: Int, in bytes: [UInt8]) -> Int? {
        var index = xref + 4
        while true {
            PDFDictionary.skipSpace(bytes, &index)
            guard let first = number(in: bytes, at: &index) else { return nil }
            PDFDictionary.skipSpace(bytes, &index)
            guard let count = number(in: bytes, at: &index) else { return nil }
            while index < bytes.count, bytes[index] == 32 { index += 1 }
            if index < bytes.count, bytes[index] == 13 { index += 1 }
            if index < bytes.count, bytes[index] == 10 { index += 1 }
            if (first..<first + count).contains(object) {
                var entry = index + (object - first) * 20
                guard entry + 18 <= bytes.count, bytes[entry + 17] == UInt8(ascii: "n") else { return nil }
                return number(in: bytes, at: &entry)
            }
            index += count * 20
        }
    }

    /// Just past `N G obj` at `offset`.
    private static func objectBody(at offset: Int, in bytes: [UInt8]) -> Int? {
        var index = offset
        guard number(in: bytes, at: &index) != nil else { return nil }
        PDFDictionary.skipSpace(bytes, &index)
        guard number(in: bytes, at: &index) != nil else { return nil }
        PDFDictionary.skipSpace(bytes, &index)
        guard bytes[index...].starts(with: Array("obj".utf8)) else { return nil }
        return index + 3
    }
}

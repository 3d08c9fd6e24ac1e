import Foundation

/// The parts of an Office Open XML package, written as a zip archive whose bytes depend on nothing but the parts:
/// entries in the order given, stored uncompressed (a compressor's output differs between zlib builds and
/// platforms), every timestamp 1980-01-01 00:00 (the zip format's earliest), no extra fields, no comment.
struct WordPackage {
    /// The parts in archive order: `[Content_Types].xml` first, as Office writes it.
    var parts: [(path: String, data: Data)] = []

    /// Adds a part.
    mutating func add(_ path: String, _ data: Data) { parts.append((path, data)) }

    /// Adds a part of text (UTF-8).
    mutating func add(_ path: String, text: String) { add(path, Data(text.utf8)) }

    /// The zip archive.
    var archive: Data {
        var local = Data(), central = Data()
        for (path, data) in parts {
            let name = Data(path.utf8)
            let crc = ZipChecksum.checksum(data)
            let offset = UInt32(local.count)
            // Local file header: signature, version 2.0, flags (bit 11: the name is UTF-8), stored, time, date 1980-01-01.
            local.append(le32: 0x0403_4B50); local.append(le16: 20); local.append(le16: 0x0800); local.append(le16: 0)
            local.append(le16: 0); local.append(le16: 0x0021)
            local.append(le32: crc); local.append(le32: UInt32(data.count)); local.append(le32: UInt32(data.count))
            local.append(le16: UInt16(name.count)); local.append(le16: 0)
            local.append(name); local.append(data)
            // Central directory entry: made by version 2.0 (MS-DOS attributes), the same fields, then the local offset.
            central.append(le32: 0x0201_4B50); central.append(le16: 20); central.append(le16: 20); central.append(le16: 0x0800)
            central.append(le16: 0); central.append(le16: 0); central.append(le16: 0x0021)
            central.append(le32: crc); central.append(le32: UInt32(data.count)); central.append(le32: UInt32(data.count))
            central.append(le16: UInt16(name.count)); central.append(le16: 0); central.append(le16: 0)
            central.append(le16: 0); central.append(le16: 0); central.append(le32: 0); central.append(le32: offset)
            central.append(name)
        }
        var end = Data()
        end.append(le32: 0x0605_4B50); end.append(le16: 0); end.append(le16: 0)
        end.append(le16: UInt16(parts.count)); end.append(le16: UInt16(parts.count))
        end.append(le32: UInt32(central.count)); end.append(le32: UInt32(local.count)); end.append(le16: 0)
        return local + central + end
    }
}

/// The CRC-32 (IEEE 802.3) that zip archives carry for each entry.
enum ZipChecksum {
    /// The lookup table of the reflected polynomial 0xEDB88320.
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of `data`.
    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        data.withUnsafeBytes { bytes in
            for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    /// Appends `value` as two little-endian bytes.
    fileprivate mutating func append(le16 value: UInt16) { append(contentsOf: [UInt8(value & 0xFF), UInt8(value >> 8)]) }
    /// Appends `value` as four little-endian bytes.
    fileprivate mutating func append(le32 value: UInt32) {
        append(contentsOf: [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)])
    }
}

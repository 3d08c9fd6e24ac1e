import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4, section 6.2), for fingerprints of the files a build reads and writes.
///
/// Written here because Linux has no CryptoKit and the project takes no cryptography dependency for one hash; the
/// FIPS 180-4 example vectors test it. A fingerprint, not a secret: side channels do not matter, and it reads blocks in place because a build hashes every file it writes.
public enum SHA256 {
    /// The digest of `data` as 64 lower-case hexadecimal digits.
    public static func hex(_ data: Data) -> String {
        digest(data).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    /// The digest of `text`'s UTF-8 bytes as 64 lower-case hexadecimal digits.
    public static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    /// The 32-byte digest of `data`.
    ///
    /// Whole 64-byte blocks are read in place; only the last one or two, with the padding, are copied.
    public static func digest(_ data: Data) -> [UInt8] { digest(data, hardware: hardware) }

    /// Whether this processor has the SHA-256 instructions (``digest(_:)`` then uses them).
    public static let hardware = lifeline_sha256_hardware() == 1

    /// The digest of `data`, with the processor's SHA-256 instructions when `hardware`, else in Swift (tests
    /// compare the two).
    static func digest(_ data: Data, hardware: Bool) -> [UInt8] {
        var state = initialState
        let bitLength = UInt64(data.count) &* 8
        roundConstants.withUnsafeBufferPointer { constants in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                // Mixes the whole blocks of `bytes` into `state`.
                func blocks(_ bytes: UnsafeRawBufferPointer) {
                    let count = bytes.count / 64
                    guard count > 0 else { return }
                    if hardware {
                        state.withUnsafeMutableBufferPointer { words in
                            lifeline_sha256_blocks(words.baseAddress!, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self), count)
                        }
                    } else {
                        for block in 0..<count {
                            compress(&state, UnsafeRawBufferPointer(rebasing: bytes[block * 64..<block * 64 + 64]), schedule, constants)
                        }
                    }
                }
                data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                    let whole = raw.count / 64
                    blocks(UnsafeRawBufferPointer(rebasing: raw[..<(whole * 64)]))
                    var tail = [UInt8](raw[(whole * 64)...])
                    tail.append(0x80)
                    while tail.count % 64 != 56 { tail.append(0) }
                    for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
                    tail.withUnsafeBytes { blocks($0) }
                }
            }
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    /// Mixes one 64-byte block into `state` (FIPS 180-4, 6.2.2), with `schedule` as room for the 64 words.
    @inline(__always)
    private static func compress(
        _ state: inout [UInt32], _ block: UnsafeRawBufferPointer, _ schedule: UnsafeMutableBufferPointer<UInt32>,
        _ constants: UnsafeBufferPointer<UInt32>
    ) {
        for index in 0..<16 {
            schedule[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        }
        for index in 16..<64 {
            let early = schedule[index - 15], late = schedule[index - 2]
            let sigma0 = rotate(early, 7) ^ rotate(early, 18) ^ (early >> 3)
            let sigma1 = rotate(late, 17) ^ rotate(late, 19) ^ (late >> 10)
            schedule[index] = schedule[index - 16] &+ sigma0 &+ schedule[index - 7] &+ sigma1
        }
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        // Eight rounds a pass, each with the letters in their turn, so that no round moves the eight values around.
        var index = 0
        while index < 64 {
            round(a, b, c, &d, e, f, g, &h, constants[index] &+ schedule[index])
            round(h, a, b, &c, d, e, f, &g, constants[index + 1] &+ schedule[index + 1])
            round(g, h, a, &b, c, d, e, &f, constants[index + 2] &+ schedule[index + 2])
            round(f, g, h, &a, b, c, d, &e, constants[index + 3] &+ schedule[index + 3])
            round(e, f, g, &h, a, b, c, &d, constants[index + 4] &+ schedule[index + 4])
            round(d, e, f, &g, h, a, b, &c, constants[index + 5] &+ schedule[index + 5])
            round(c, d, e, &f, g, h, a, &b, constants[index + 6] &+ schedule[index + 6])
            round(b, c, d, &e, f, g, h, &a, constants[index + 7] &+ schedule[index + 7])
            index += 8
        }
        state[0] &+= a
        state[1] &+= b
        state[2] &+= c
        state[3] &+= d
        state[4] &+= e
        state[5] &+= f
        state[6] &+= g
        state[7] &+= h
    }

    /// One round (FIPS 180-4, 6.2.2 step 3) with the round's constant plus message word `kw`: `d` and `h` take the
    /// values that the round's shift of the eight working variables would put in `e` and `a`.
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ kw: UInt32
    ) {
        let first = h &+ (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) &+ ((e & f) ^ (~e & g)) &+ kw
        let second = (rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
        d &+= first
        h = first &+ second
    }

    /// `value` rotated right by `count` bits.
    @inline(__always)
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 { value >> count | value << (32 - count) }

    /// H(0): the first 32 bits of the fractional parts of the square roots of the first eight primes.
    private static let initialState: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// K: the first 32 bits of the fractional parts of the cube roots of the first 64 primes (the table in
    /// `Sources/CSHA256`, which the SHA instructions read too).
    private static let roundConstants: [UInt32] = withUnsafeBytes(of: lifeline_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }
}

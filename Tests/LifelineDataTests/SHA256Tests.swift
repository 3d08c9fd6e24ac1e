import Foundation
import Testing

@testable import LifelineData

/// The hash a build's manifest fingerprints files with, against FIPS 180-4's example vectors and the padding edges.
@Suite struct SHA256Tests {
    @Test func fipsOneBlockMessage() {
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func fipsTwoBlockMessage() {
        #expect(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func emptyMessage() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func fipsMillionAs() {
        #expect(
            SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// 55 bytes leave room for the length in one block, 56 do not; 64 fill a block; 119 end one short of two.
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
    ])
    func paddingEdges(length: Int, expected: String) {
        #expect(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: length)) == expected)
    }

    /// The processor's SHA instructions (where it has them) and the Swift rounds give the same digest for every length
    /// up to five blocks, on bytes of every value; the FIPS vectors above run through whichever this machine uses.
    @Test(.enabled(if: SHA256.hardware, "this processor has no SHA-256 instructions; the Swift rounds are the only path"))
    func hardwareAndSwiftAgree() {
        var generator = SystemRandomNumberGenerator()
        for length in 0...320 {
            let data = Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            #expect(SHA256.digest(data, hardware: true) == SHA256.digest(data, hardware: false), "\(length) bytes")
        }
        let million = Data(repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.digest(million, hardware: false) == SHA256.digest(million, hardware: true))
    }
}

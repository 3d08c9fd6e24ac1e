import PropertyBased
import Testing

@testable import LifelineAnalysis

@Suite("Random number generator")
struct RandomTests {
    @Test("xoshiro256** matches the reference implementation")
    func referenceOutputs() {
        var rng = Xoshiro256StarStar(state: 1, 2, 3, 4)
        let outputs = (0..<6).map { _ in rng.next() }
        #expect(outputs == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240, 1_216_172_134_540_287_360, 607_988_272_756_665_600])
    }

    @Test("jump() matches the reference implementation")
    func referenceJump() {
        var rng = Xoshiro256StarStar(state: 1, 2, 3, 4)
        rng.jump()
        #expect(
            [rng.next(), rng.next(), rng.next()] == [13_534_147_089_533_256_664, 7_126_240_192_422_241_655, 3_805_973_808_039_778_091])
    }

    @Test("SplitMix64 matches the reference implementation")
    func splitMix() {
        var mixer = SplitMix64(seed: 0)
        #expect(
            [mixer.next(), mixer.next(), mixer.next()] == [16_294_208_416_658_607_535, 7_960_286_522_194_355_700, 487_617_019_471_545_679])
    }

    @Test("an all-zero state is replaced by a working one")
    func zeroState() {
        var rng = Xoshiro256StarStar(state: 0, 0, 0, 0)
        #expect(rng.next() != 0 || rng.next() != 0)
    }

    @Test("unit values stay in [0, 1) and open unit values in (0, 1)")
    func unitRanges() async {
        await propertyCheck(input: Gen.uint64(in: 0...UInt64.max)) { seed in
            var rng = Xoshiro256StarStar(seed: seed)
            for _ in 0..<1000 {
                let u = rng.nextUnit(), v = rng.nextOpenUnit()
                #expect(u >= 0 && u < 1)
                #expect(v > 0 && v < 1)
            }
        }
    }

    @Test("different streams of one seed differ")
    func streams() {
        var a = Xoshiro256StarStar(seed: 42, stream: 1), b = Xoshiro256StarStar(seed: 42, stream: 2)
        #expect(a.next() != b.next())
    }
}

import Foundation
import LifelineData
import Testing

@testable import LifelineAnalysis

/// The AVX2 loops (`Sources/CKernels`) give the Swift loops' bits, for every operation and shape, on values that
/// include NaNs, infinities, zeros of both signs and subnormals, at lengths that leave every remainder.
@Suite(.enabled(if: PackedKernels.available, "this processor has no AVX2: the Swift loops are the only ones it runs"))
struct PackedKernelTests {
    /// Values from every region: random, and the special ones in random places.
    static func column(_ count: Int, seed: UInt64) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed, stream: 7)
        let special: [Double] = [.nan, -.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNormalMagnitude, 1, -1]
        return (0..<count).map { _ in
            let u = generator.nextUnit()
            if u < 0.1 { return special[Int(generator.next() % UInt64(special.count))] }
            return (generator.nextUnit() - 0.5) * pow(10, Double(Int(generator.next() % 13)) - 6)
        }
    }

    static func bits(_ values: [Double]) -> [UInt64] { values.map(\.bitPattern) }

    @Test func everyColumnOperationGivesTheSwiftLoopsBits() {
        let codes: [ColumnOp.Code] = [.add, .subtract, .multiply, .divide, .power, .minimum, .maximum, .negate, .copy]
        for count in [0, 1, 3, 4, 5, 7, 8, 255, 1024] {
            let stride = max(count, 1)
            // Inputs 0 and 1, outputs 0 (the target) and 1.
            var x = Self.column(count, seed: UInt64(count)) + Self.column(count, seed: UInt64(count) + 100)
            x += [Double](repeating: 0, count: 2 * stride - x.count)
            for code in codes {
                let shapes: [(ColumnOperand, ColumnOperand)] = [
                    (.input(0), .input(1)), (.input(0), .constant(-2.5)), (.constant(0.75), .input(1)), (.input(1), .output(1)),
                    (.constant(.nan), .input(0)), (.input(0), .constant(-0.0)),
                ]
                for (left, right) in shapes {
                    let op = ColumnOp(code: code, target: 0, left: left, right: right)
                    var swift = [Double](repeating: 9, count: 2 * stride), packed = swift
                    for k in 0..<count { swift[stride + k] = x[k] * 3; packed[stride + k] = x[k] * 3 }
                    x.withUnsafeMutableBufferPointer { x in
                        swift.withUnsafeMutableBufferPointer { y in
                            Self.runSwift(op, x: x.baseAddress!, y: y.baseAddress!, stride: stride, count: count)
                        }
                        packed.withUnsafeMutableBufferPointer { y in
                            if !PackedKernels.run(
                                op, target: y.baseAddress!, x: x.baseAddress!, y: y.baseAddress!, stride: stride, count: count)
                            {
                                Self.runSwift(op, x: x.baseAddress!, y: y.baseAddress!, stride: stride, count: count)
                            }
                        }
                    }
                    #expect(Self.bits(packed) == Self.bits(swift), "\(code) \(left) \(right), \(count) values")
                }
            }
        }
    }

    /// The compiled loop of `op`, as `CompiledProgram.evaluate` runs it without the AVX2 loops.
    static func runSwift(_ op: ColumnOp, x: UnsafeMutablePointer<Double>, y: UnsafeMutablePointer<Double>, stride: Int, count: Int) {
        func run<K: ColumnKernel>(_ kernel: K.Type) {
            CompiledProgram.run(kernel, y + op.target * stride, op.left, op.right, x, y, stride, count)
        }
        run(op.code.kernel)
    }

    @Test func theMomentsGiveTheSwiftLoopsBits() {
        for count in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 255, 256] {
            for seed in 0..<20 {
                var values = Self.column(count, seed: UInt64(seed * 1000 + count))
                if seed % 2 == 0 { values = values.map { $0.isNaN ? 1.5 : $0 } }
                if seed % 4 == 0 { values = values.map { $0.isFinite ? $0 : -3 } }
                for shift in [0.0, 0.3, -1e6] {
                    let swift = values.withUnsafeBufferPointer {
                        WorkerState<CompiledProgram>.moments($0.baseAddress!, count: count, shift: shift)
                    }
                    let packed = values.withUnsafeBufferPointer { PackedKernels.moments($0.baseAddress!, count: count, shift: shift) }
                    #expect(
                        Self.bits([packed.sum, packed.squares, packed.minimum, packed.maximum])
                            == Self.bits([swift.sum, swift.squares, swift.minimum, swift.maximum]),
                        "\(count) values, seed \(seed), shift \(shift)")
                }
            }
        }
    }

    @Test func theNormalQuantilesGiveTheSwiftLoopsBits() {
        var generator = Xoshiro256StarStar(seed: 5, stream: 3)
        for count in [0, 1, 2, 3, 4, 5, 6, 7, 1023, 1024] {
            var values = (0..<count).map { _ in generator.nextOpenUnit() }
            for (index, special) in [0.075, 0.925, 0.0749999, 0.9250001, 1e-300, 0.5, .nan, 0.425 + 0.5].enumerated() where index < count {
                values[(index * 7) % count] = special
            }
            var swift = values, packed = values
            let tails = UnsafeMutablePointer<Int>.allocate(capacity: max(count, 1))
            defer { tails.deallocate() }
            swift.withUnsafeMutableBufferPointer { StandardNormal.quantiles($0.baseAddress!, count: count, tails: tails, packed: false) }
            packed.withUnsafeMutableBufferPointer { StandardNormal.quantiles($0.baseAddress!, count: count, tails: tails, packed: true) }
            #expect(Self.bits(packed) == Self.bits(swift), "\(count) values")
        }
    }

    @Test func fourMixturesDrawnSideBySideGiveEachMixturesDrawsAndAdvanceItsGenerator() {
        // Points and ranges, weights from even to lopsided (a threshold near 0 and near 2³²).
        let mixtures: [MixtureSampler] = [
            MixtureSampler([(1, .uniform(low: 0.1, width: 0.2)), (1, .uniform(low: 0.3, width: 0.4))]),
            MixtureSampler([(3, .constant(0.7)), (1, .uniform(low: 0.1, width: 0.6))]),
            MixtureSampler([(1e-9, .uniform(low: -5, width: 1e-3)), (1, .constant(2))]),
            MixtureSampler([(1, .constant(-0.0)), (1e-9, .uniform(low: 1e300, width: 1e300))]),
        ]
        let samplers = mixtures.map { Sampler.mixture($0) } + [.leaf(.uniform(low: 0, width: 1))]
        let groups = PackedKernels.DrawGroup.groups(of: samplers)
        #expect(groups.map(\.inputs) == [[0, 1, 2, 3]])
        for count in [0, 1, 2, 3, 4, 5, 7, 8, 1023, 1024] {
            let stride = max(count, 1)
            let starts = (0..<5).map { Xoshiro256StarStar(seed: UInt64(count), stream: UInt64($0)) }
            var swiftGenerators = starts, packedGenerators = starts
            var swift = [Double](repeating: 0, count: 5 * stride), packed = swift
            swift.withUnsafeMutableBufferPointer { columns in
                for (m, mixture) in mixtures.enumerated() {
                    mixture.fill(columns.baseAddress! + m * stride, count: count, using: &swiftGenerators[m])
                }
            }
            packed.withUnsafeMutableBufferPointer { columns in
                packedGenerators.withUnsafeMutableBufferPointer {
                    groups[0].fill(columns.baseAddress!, stride: stride, count: count, generators: $0)
                }
            }
            #expect(Self.bits(packed) == Self.bits(swift), "\(count) draws")
            #expect(packedGenerators == swiftGenerators, "\(count) draws")
        }
        withExtendedLifetime(mixtures) {}
    }

    @Test func aWholeProgramGivesTheSameColumnsEitherWay() throws {
        let registry = try LifelineData.Registry.embedded()
        let program = try FormulaCompiler.compile(registry.declarations, registry: registry).get()
        let chunk = 1024
        var x = (0..<program.inputs.count).flatMap { Self.column(chunk, seed: UInt64($0)).map { abs($0) + 0.01 } }
        var swift = [Double](repeating: 0, count: (program.outputCount + program.scratchCount) * chunk), packed = swift
        x.withUnsafeMutableBufferPointer { x in
            swift.withUnsafeMutableBufferPointer {
                program.evaluate(x.baseAddress!, stride: chunk, count: 1000, into: $0.baseAddress!, packed: false)
            }
            packed.withUnsafeMutableBufferPointer {
                program.evaluate(x.baseAddress!, stride: chunk, count: 1000, into: $0.baseAddress!, packed: true)
            }
        }
        #expect(Self.bits(packed) == Self.bits(swift))
        #expect(program.operationCount > 10)
    }
}

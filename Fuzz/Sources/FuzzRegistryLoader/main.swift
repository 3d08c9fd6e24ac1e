// libFuzzer target: arbitrary bytes into `RegistryLoader.parse(data:file:)`. Any error is a fine answer;
// a crash, a hang (over -timeout) or running out of memory (over -rss_limit_mb) is a finding.
//
// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see ../../README.md):
// SwiftPM renames an executable target's entry point to `<target>_main`, so this defines that name and
// hands over to libFuzzer's driver.
import Foundation
import LifelineData

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("FuzzRegistryLoader_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    _ = try? RegistryLoader.parse(data: bytes, file: "fuzz.yaml")
    return 0
}

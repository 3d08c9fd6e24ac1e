// libFuzzer target: arbitrary bytes into `RegistryLoader.parse(data:file:)`. Any error is a fine answer;
// a crash, a hang (over -timeout) or running out of memory (over -rss_limit_mb) is a finding.
//
// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see ../../README.md):
// SwiftPM renames an executable target's entry point to `<target>_main`, so this defines that name and
// hands over to libFuzzer's driver through FuzzDriver.
import Foundation
import FuzzDriver
import LifelineData

@_cdecl("FuzzRegistryLoader_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = Data(fuzzInput(data, size))
    _ = try? RegistryLoader.parse(data: bytes, file: "fuzz.yaml")
    return 0
}

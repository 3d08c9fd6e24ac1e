// libFuzzer target: arbitrary bytes, decoded as UTF-8 (invalid bytes replaced), through every escaper
// into Markdown, HTML and SVG; `EscapingInvariants` says what must hold, and a violation stops the run.
//
// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see ../../README.md):
// SwiftPM renames an executable target's entry point to `<target>_main`, so this defines that name and
// hands over to libFuzzer's driver through FuzzDriver.
import FuzzDriver

@_cdecl("FuzzEscaping_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv, testOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzInput(data, size)
    let text = String(decoding: bytes, as: UTF8.self)
    let problems = EscapingInvariants.violations(text)
    if !problems.isEmpty {
        fatalError("escaping invariant broken for \(text.debugDescription):\n" + problems.joined(separator: "\n"))
    }
    return 0
}

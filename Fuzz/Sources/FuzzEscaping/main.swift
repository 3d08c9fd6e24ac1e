// libFuzzer target: arbitrary bytes, decoded as UTF-8 (invalid bytes replaced), through every escaper
// into Markdown, HTML and SVG; `EscapingInvariants` says what must hold, and a violation stops the run.
//
// Built with `-Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library` (see ../../README.md):
// SwiftPM renames an executable target's entry point to `<target>_main`, so this defines that name and
// hands over to libFuzzer's driver.

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

@_cdecl("FuzzEscaping_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, testOneInput)
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { UnsafeBufferPointer(start: $0, count: size) } ?? UnsafeBufferPointer(start: nil, count: 0)
    let text = String(decoding: bytes, as: UTF8.self)
    let problems = EscapingInvariants.violations(text)
    if !problems.isEmpty {
        fatalError("escaping invariant broken for \(text.debugDescription):\n" + problems.joined(separator: "\n"))
    }
    return 0
}

// libFuzzer entry point: the report parser on arbitrary bytes, as `ReleaseReader` feeds it
// (decoded as UTF-8, control characters made whitespace). Built by `make fuzz` together
// with the parser's sources (Parsing, Models, Checks, Support) and `-sanitize=fuzzer`.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    let report = ReportParser(releaseYear: 2022).parse(TextCleanup.controlsAsWhitespace(text))
    // Touch what the pages print, so formatting traps are found too.
    for table in report.budgetTables {
        for line in table.lines {
            _ = line.rate?.description
            _ = line.budget.map(Won.format)
        }
    }
    for finding in report.findings { _ = finding.message.count }
    return 0
}

// libFuzzer's entry point: the report parser on arbitrary bytes, as `ReleaseReader` feeds it
// (decoded as UTF-8, control characters made whitespace). `make fuzz` (scripts/fuzz) builds
// this target with the parser's module, SitegenContent, under `--sanitize=fuzzer` and
// `-DSITEGEN_FUZZ`; an ordinary build makes a command that only says so, so that the target
// is compiled, and cannot rot, with every `swift build`.
import SitegenContent
import SitegenText

#if SITEGEN_FUZZ
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
#else
@main
enum ReportParserFuzzTarget {
    static func main() {
        print("sitegen-fuzz: run `make fuzz` to fuzz the report parser (this build has no fuzzer)")
    }
}
#endif

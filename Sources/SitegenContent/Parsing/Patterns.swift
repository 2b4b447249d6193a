/// The regular expressions of the parser, compiled once. (A regex literal used in place is
/// parsed again on every call, which made the ingest slow on large corpora.) Callers test a
/// cheap condition first, so most lines never reach a regex at all.
enum Patterns {
    nonisolated(unsafe) static let staffingPair = #/\d+/\d+/#
    nonisolated(unsafe) static let itemNumberAlone = #/\d{1,2}/#
    nonisolated(unsafe) static let numberedHeading = #/(\d{1,2})(?:\s+|\s*[|ㅣ\]]\s*)(\S.*)/#
    nonisolated(unsafe) static let chapterHeading = #/([1-9])\.\s*(\S.*)/#
    nonisolated(unsafe) static let auditTitle = #/\d{4}행정사무감사처리결과보고서/#
    nonisolated(unsafe) static let romanHeading = #/(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|IV|VI|V|III|II|I)\s*\.\s*[^\s\d.]/#
    nonisolated(unsafe) static let romanHeadingBeforeYear = #/(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|Ⅵ|IV|VI|V|III|II|I)\s*\.\s+\d{4}/#
    nonisolated(unsafe) static let yearBudgetTitle = #/\d{4}(년도)?.{0,20}예산(집행)?현황/#
    nonisolated(unsafe) static let departmentName = #/[가-힣]{2,}(과|담당관)/#
    nonisolated(unsafe) static let trailingQualifier = #/\(([^()]+)\)$/#
    nonisolated(unsafe) static let listNumber = #/(\d{1,2}|[가-하])[.)]\s/#
    nonisolated(unsafe) static let leadingOrdinal = #/\d{1,9}([.)])/#
    nonisolated(unsafe) static let fullDate = #/(?:^|[^\d])(\d{4}|\d{2})\.\s*(\d{1,2})\.\s*(\d{1,2})(?!\d)/#
    nonisolated(unsafe) static let headerDate = #/\((\d{1,2})\.(\d{1,2})\.?기준\)/#
}

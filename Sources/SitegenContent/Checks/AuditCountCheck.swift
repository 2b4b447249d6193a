/// `count-mismatch`: the audit summary's printed counts against the items listed.
enum AuditCountCheck {
    static func findings(in audit: AuditReport) -> [Finding] {
        var findings: [Finding] = []
        for kind in AuditItem.Kind.allCases {
            guard let printed = audit.printedCounts[kind.rawValue] else { continue }
            let items = audit.items.filter { $0.kind == kind }
            let counted = ["계": items.count].merging(
                AuditItem.Status.allCases.map { status in (status.rawValue, items.filter { $0.status == status }.count) }
            ) { a, _ in a }
            for (status, number) in printed.sorted(by: { $0.key < $1.key }) where counted[status] != number {
                findings.append(Finding(kind: .countMismatch, line: audit.firstLine,
                    message: "감사 결과 요약표는 \(kind.rawValue) \(status) \(number)건으로 인쇄되었지만 본문에서 읽은 항목은 \(counted[status] ?? 0)건입니다."))
            }
        }
        return findings
    }
}

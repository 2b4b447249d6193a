import SitegenCore

/// A release's findings, each linking to its line in the archived source.
struct FindingList {
    let release: Release
    let linker: Linker

    func html(heading: String, level: Int = 2) -> HTML {
        let findings = release.report.findings
        let title: HTML = level == 2 ? "<h2 id=\"findings\">\(heading)</h2>\n" : "<h\(level)>\(heading)</h\(level)>\n"
        guard !findings.isEmpty else { return "\(title)<p>이 보고서에서는 맞지 않는 숫자를 찾지 못했습니다.</p>\n" }
        let items: [HTML] = findings.map { finding in
            let source = linker.href(SiteMap.sourceView(release.id)) + "#" + SiteMap.lineAnchor(finding.line)
            return "<li class=\"finding\"><span class=\"kind\">\(FindingList.label(finding.kind))</span> <a href=\"\(source)\">\(finding.line)행</a>: \(finding.message)</li>\n"
        }
        return "\(title)<ul>\n\(items)</ul>\n"
    }

    static func label(_ kind: Finding.Kind) -> String {
        switch kind {
        case .rateMismatch: return "집행률 불일치"
        case .sumMismatch: return "합계 불일치"
        case .malformedNumber: return "읽을 수 없는 숫자"
        case .crossTableMismatch: return "표 사이 불일치"
        case .differenceMismatch: return "증감 불일치"
        case .skippedRow: return "읽지 않은 행"
        case .missingUnit: return "단위 없음"
        case .countMismatch: return "건수 불일치"
        }
    }
}

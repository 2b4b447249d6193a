import SitegenContent
import SitegenSite

/// A release's findings, each linking to its line in the archived source. On the release page
/// (given the release's `FindingMarks`) each finding has its anchor (`SiteMap.findingAnchor`)
/// and links back to the budget row it concerns, which carries a marker linking here.
struct FindingList {
    let release: Release
    let linker: Linker

    func html(heading: String, level: Int = 2, marks: FindingMarks? = nil) -> HTML {
        let findings = release.report.findings
        let title: HTML = level == 2 ? "<h2 id=\"findings\">\(heading)</h2>\n" : "<h\(level)>\(heading)</h\(level)>\n"
        guard !findings.isEmpty else { return "\(title)<p>이 보고서에서는 맞지 않는 숫자를 찾지 못했습니다.</p>\n" }
        let items: [HTML] = findings.enumerated().map { offset, finding in
            let number = offset + 1
            let source = linker.href(SiteMap.sourceLine(release.id, line: finding.line))
            let text: HTML = "<span class=\"kind\">\(finding.kind.label)</span> <a href=\"\(source)\">\(finding.line)행</a>\(OriginalPage.html(line: finding.line, in: release, linker)): \(Reading.text(finding.message))"
            guard let marks else { return "<li class=\"finding\">\(text)</li>\n" }
            let back: HTML = marks.row(ofFinding: number).map { " <a class=\"to-row\" href=\"\(linker.href($0))\">표에서 보기</a>" } ?? ""
            return "<li class=\"finding\" id=\"\(SiteMap.findingAnchor(number))\"><span class=\"number\">\(number).</span> \(text)\(back)</li>\n"
        }
        return "\(title)<ul class=\"findings\">\n\(items)</ul>\n"
    }
}

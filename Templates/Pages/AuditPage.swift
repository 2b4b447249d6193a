import SitegenContent
import SitegenSite
import SitegenSearch

/// `/releases/<id>/audit/`: the council's demands and their status, one section per status so
/// that a reader filters by following an anchor, without JavaScript.
struct AuditPage {
    let site: SiteContent
    let index: ReleaseIndex
    let audit: AuditReport

    static func anchor(_ status: AuditItem.Status) -> String {
        switch status {
        case .done: return "status-done"
        case .inProgress: return "status-in-progress"
        case .underReview: return "status-under-review"
        case .notAdopted: return "status-not-adopted"
        }
    }

    var page: Page {
        let release = index.release
        let path = SiteMap.audit(release.id)
        let linker = Linker(config: site.config, pagePath: path)
        let statuses = AuditItem.Status.allCases
        let nav: [HTML] = statuses.map { status in
            let count = audit.items.filter { $0.status == status }.count
            return "<li><a href=\"#\(Self.anchor(status))\">\(status.rawValue) \(count)건</a></li>"
        }
        let summary: [HTML] = AuditItem.Kind.allCases.map { kind in
            let items = audit.items.filter { $0.kind == kind }
            let cells: [HTML] = statuses.map { status in "<td class=\"num\">\(items.filter { $0.status == status }.count)</td>" }
            return "<tr><th scope=\"row\">\(kind.rawValue)</th><td class=\"num\">\(items.count)</td>\(cells)</tr>\n"
        }
        let heads: [HTML] = statuses.map { "<th scope=\"col\" class=\"num\">\($0.rawValue)</th>" }
        let data = TableDownload(name: "demands", header: ["번호", "종류", "부서", "처리 상황", "인쇄된 처리 상황", "원문 행", "요구 내용"],
                                 rows: audit.items.map { [String($0.number), $0.kind.rawValue, $0.departments.joined(separator: "; "),
                                                          $0.status.rawValue, $0.printedStatus, String($0.sourceLine), $0.demand] },
                                 whole: "data/audit-items.csv")
        let sections: [HTML] = statuses.map { status in
            let items = audit.items.filter { $0.status == status }
            let entries: [HTML] = items.map { item in
                let source = linker.href(SiteMap.sourceLine(release.id, line: item.sourceLine))
                let departments: [HTML] = item.departments.map { name in
                    index.departmentPath(name).map { linker.link($0, name) } ?? "\(name)"
                }
                let anchor = "demand-\(item.number)"
                return """
                <li id="\(anchor)"><p><a class="demand-number" href="#\(anchor)">\(item.number)번</a> <span class="status">\(item.kind.rawValue)</span> \(Reading.text(item.demand))</p>
                <p class="muted">부서: \(departments.joined(separator: ", ")) · 처리 상황: \(item.printedStatus) · <a href="\(source)">원문 \(item.sourceLine)행</a>\(OriginalPage.html(line: item.sourceLine, in: release, linker))</p>
                <details><summary>조치 내용</summary><div class="reflow">\(ReflowedText.html(item.actions))</div></details></li>

                """
            }
            let list: HTML = items.isEmpty ? "<p>없음</p>\n" : "<ul class=\"demands\">\n\(entries)</ul>\n"
            return "<h2 id=\"\(Self.anchor(status))\">\(status.rawValue) (\(items.count)건)</h2>\n\(list)"
        }
        return Page(path: path, title: "\(audit.title) · \(release.metadata.title)",
                    description: "시의회 요구사항 \(audit.items.count)건과 부서별 처리 상황.",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    \(OCRNotice.html(for: release))<p>시의회가 요구한 \(audit.items.count)건과 부서의 처리 상황입니다. 처리 상황별로 모아 두었습니다.</p>
                    <nav class="statuses" aria-label="처리 상황"><ul>\(nav)</ul></nav>
                    <div class="table-wrap"><table>
                    <caption>종류와 처리 상황별 건수 (본문에서 센 값) \(data.links(linker, pagePath: path))</caption>
                    <thead><tr><th scope="col">종류</th><th scope="col" class="num">계</th>\(heads)</tr></thead>
                    <tbody>
                    \(summary)</tbody></table></div>
                    \(sections.joined)
                    """,
                    attachments: data.files(pagePath: path, profile: site.config.profile))
    }
}

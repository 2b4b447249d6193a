import SitegenText
import SitegenContent
import SitegenSite
import SitegenSearch
import SitegenShare

/// `/releases/<id>/items/<number>/`: the item's narrative through cmark-gfm, its
/// 예산집행 현황 tables, and the previous and next items of the release.
struct WorkItemPage {
    let site: SiteContent
    let index: ReleaseIndex
    let item: WorkItem

    private var release: Release { index.release }

    var page: Page {
        let path = SiteMap.item(release.id, number: item.number)
        let linker = Linker(config: site.config, pagePath: path)
        let shown = parts(linker: linker, pagePath: path, marks: FindingMarks(release: release))
        return Page(path: path, title: "\(item.number). \(Reading.text(item.title))",
                    description: shown.figures?.figures.sentence.map { "주요업무 \(item.number) ‘\(PreviewText.clean(Reading.text(item.title), limit: 60))’, \($0)" }
                        ?? "\(release.metadata.title) 주요업무 \(item.number): \(item.title)",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    \(OCRNotice.html(for: release))\(shown.meta)
                    \(shown.budget.isEmpty ? HTML.empty : "<h2 id=\"budget\">예산집행 현황</h2>\n\(shown.budget)")
                    <h2 id="narrative">보고 내용</h2>
                    <div class="narrative">
                    \(shown.narrative)</div>
                    \(pager(linker))
                    """,
                    attachments: shown.attachments)
    }

    /// What the item's page shows of it, and a small host's page of all the release's items
    /// (`WorkItemsPage`), made on the page at `pagePath` with the release's finding marks.
    struct Parts {
        /// The `<dl>` of its report, chapter, department and source lines.
        var meta: HTML
        /// The glance and its 예산집행 현황 tables; empty when it has none.
        var budget: HTML
        /// The narrative through cmark-gfm.
        var narrative: HTML
        var figures: (line: BudgetLine, figures: PageFigures)?
        var attachments: [OutputFile]
    }

    func parts(linker: Linker, pagePath path: String, marks: FindingMarks) -> Parts {
        let tables = release.report.budgetTables.enumerated().filter { $0.element.workItem == item.number }
        let skipped = Set(tables.flatMap { Array($0.element.firstLine...$0.element.lastLine) })
        let markdown = Reading.text(NarrativeMarkdown(skippedLines: skipped).markdown(body: item.body, firstLine: item.firstLine + 1))
        let department: HTML = item.department.flatMap { d in index.departmentPath(d).map { "<dt>부서</dt><dd>\(linker.link($0, d))</dd>\n" } } ?? ""
        let chapter: HTML = item.chapter.map { "<dt>분야</dt><dd>\($0.number). \($0.title)</dd>\n" } ?? ""
        let source = linker.href(SiteMap.sourceLine(release.id, line: item.firstLine))
        let views: [BudgetTableView] = tables.enumerated().map { number, pair in
            let (t, table) = pair
            return BudgetTableView(
                table: table,
                rows: table.lines.enumerated().map { l, line in
                    BudgetTableView.Row(line: line, anchor: index.place(table: t, line: l).anchor,
                                        programPath: site.programPath(release: site.position(of: index), table: t, line: l))
                },
                caption: "\(table.title) (\(table.firstLine)행)", release: release, linker: linker, pagePath: path,
                downloadName: "table-\(number + 1)", marks: marks)
        }
        let budget = views.map(\.html)
        let figures = self.figures(tables.first?.element)
        let meta: HTML = """
        <dl class="meta">
        <dt>보고서</dt><dd>\(linker.link(SiteMap.release(release.id), release.metadata.title))</dd>
        \(chapter)\(department)<dt>원문</dt><dd><a href="\(source)">\(item.firstLine)–\(item.lastLine)행</a>\(OriginalPage.html(line: item.firstLine, in: release, linker))</dd>
        </dl>
        """
        return Parts(meta: meta,
                     budget: budget.isEmpty ? HTML.empty : "\(glance(figures, table: tables.first?.element))\(budget.joined)",
                     narrative: CMark.render(markdown), figures: figures,
                     attachments: views.flatMap { $0.download.files(pagePath: path, profile: site.config.profile) })
    }

    /// The item's figures: its first table's total row, else that table's one program row (none
    /// when it has several and no total): what the glance shows and the link preview says.
    private func figures(_ table: BudgetTable?) -> (line: BudgetLine, figures: PageFigures)? {
        guard let table else { return nil }
        let programs = table.lines.filter { $0.kind == .program }
        guard let line = table.lines.first(where: { $0.kind == .total }) ?? (programs.count == 1 ? programs[0] : nil) else { return nil }
        let figures = PageFigures(line: line, report: release.metadata.date, asOf: table.asOf)
        return figures.sentence == nil ? nil : (line, figures)
    }

    private func glance(_ figures: (line: BudgetLine, figures: PageFigures)?, table: BudgetTable?) -> HTML {
        guard let (line, figures) = figures, let table else { return "" }
        let row: HTML = line.kind == .total ? "합계 행" : "‘\(TextCleanup.collapseLetterSpacing(line.label))’ 행"
        return """
        <ul class="glance"><li>예산현액<strong>\(figures.budget ?? "–")</strong></li><li>집행액<strong>\(figures.executed ?? "–")</strong></li><li>집행률<strong>\(figures.rateLabel ?? "–")</strong></li><li>기준일<strong>\(figures.asOf ?? "–")</strong></li></ul>
        <p class="muted">‘\(table.title)’ 표의 \(row) (\(line.firstLine)행).</p>

        """
    }

    /// The items before and after this one in the release.
    private func pager(_ linker: Linker) -> HTML {
        let items = release.report.workItems
        guard let position = items.firstIndex(where: { $0.number == item.number }) else { return "" }
        var links: [HTML] = []
        if position > 0 {
            let previous = items[position - 1]
            links.append("<li><a href=\"\(linker.href(SiteMap.item(release.id, number: previous.number)))\" rel=\"prev\">← 이전: \(previous.number). \(previous.title)</a></li>")
        }
        if position + 1 < items.count {
            let next = items[position + 1]
            links.append("<li><a href=\"\(linker.href(SiteMap.item(release.id, number: next.number)))\" rel=\"next\">다음: \(next.number). \(next.title) →</a></li>")
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"pager\" aria-label=\"이전과 다음 업무\"><ul>\(links)</ul></nav>"
    }
}

import Foundation
import SitegenText
import SitegenSite

/// The "changes since the previous release of this lineage" section of a release page.
struct ChangesView {
    let site: SiteContent
    let changes: ReleaseChanges
    let linker: Linker
    /// The release page the section is on.
    let pagePath: String

    var budgetData: TableDownload {
        TableDownload(name: "changes-budget", header: ["사업", "부서", "이전 예산현액", "이번 예산현액", "증감"], rows: changes.budgetChanges.map { change in
            let before = change.before.line.budget!, after = change.after.line.budget!
            return [change.after.line.label, change.after.line.department ?? "", String(before), String(after), String(after - before)]
        })
    }

    var rateData: TableDownload {
        TableDownload(name: "changes-rate", header: ["사업", "부서", "이전 집행률", "이번 집행률", "차이(%p)"], rows: changes.rateChanges.map { change in
            let before = ReleaseChanges.rate(change.before.line)!, after = ReleaseChanges.rate(change.after.line)!
            return [change.after.line.label, change.after.line.department ?? "", FixedFormat.decimal(before), FixedFormat.decimal(after),
                    FixedFormat.decimal(after - before)]
        })
    }

    var downloads: [TableDownload] {
        (changes.budgetChanges.isEmpty ? [] : [budgetData]) + (changes.rateChanges.isEmpty ? [] : [rateData])
    }

    var html: HTML {
        let previous = site.releases[changes.previous].release
        let intro: HTML = "<p>같은 계보의 이전 보고서 \(linker.link(SiteMap.release(previous.id), previous.metadata.title)) (\(Format.month(previous.metadata.date)))와 비교했습니다. 사업마다 각 보고서의 대표 표(세부사업별 예산현황이 있으면 그 표)에 실린 행을 견줍니다.</p>\n"
        guard !changes.isEmpty else { return "<h2 id=\"changes\">이전 보고서 이후 달라진 점</h2>\n\(intro)<p>달라진 점이 없습니다.</p>\n" }
        return """
        <h2 id="changes">이전 보고서 이후 달라진 점</h2>
        \(intro)\(programList("새로 실린 사업", "changes-started", changes.started))\(programList("빠진 사업", "changes-ended", changes.ended))\(budgetTable())\(rateTable())\(moves())\(departments())
        """
    }

    /// A program as this release prints it, linked to its page across releases.
    private func name(_ state: ReleaseChanges.ProgramState) -> HTML {
        linker.link(SiteMap.program(state.program.slug), state.line.qualifiedLabel)
    }

    private func programList(_ title: String, _ id: String, _ states: [ReleaseChanges.ProgramState]) -> HTML {
        guard !states.isEmpty else { return "" }
        let items: [HTML] = states.map { state in
            "<li>\(name(state)) <span class=\"muted\">\(state.line.department ?? "") · 예산현액 \(state.line.budget.map(Format.compactWon) ?? "–")</span></li>\n"
        }
        return "<h3 id=\"\(id)\">\(title) (\(states.count))</h3>\n<ul>\n\(items)</ul>\n"
    }

    private func budgetTable() -> HTML {
        guard !changes.budgetChanges.isEmpty else { return "" }
        let rows: [HTML] = changes.budgetChanges.map { change in
            let before = change.before.line.budget!, after = change.after.line.budget!
            return "<tr><th scope=\"row\">\(name(change.after))</th><td class=\"num\">\(Format.amount(before))</td><td class=\"num\">\(Format.amount(after))</td><td class=\"num\">\(after > before ? "+" : "")\(Format.amount(after - before))</td></tr>\n"
        }
        return """
        <h3 id="changes-budget">예산현액이 바뀐 사업 (\(changes.budgetChanges.count))</h3>
        <div class="table-wrap"><table>
        <caption>예산현액 변화 <span class="unit">(억·만 원, 줄어든 값은 보고서처럼 △)</span> \(budgetData.links(linker, pagePath: pagePath))</caption>
        <thead><tr><th scope="col">사업</th><th scope="col" class="num">이전</th><th scope="col" class="num">이번</th><th scope="col" class="num">증감</th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>

        """
    }

    private func rateTable() -> HTML {
        guard !changes.rateChanges.isEmpty else { return "" }
        let rows: [HTML] = changes.rateChanges.map { change in
            let before = ReleaseChanges.rate(change.before.line)!, after = ReleaseChanges.rate(change.after.line)!
            let delta = Format.points(after - before)
            return "<tr><th scope=\"row\">\(name(change.after))</th><td class=\"num\">\(Format.percent(before))</td><td class=\"num\">\(Format.percent(after))</td><td class=\"num\">\(delta)</td></tr>\n"
        }
        return """
        <h3 id="changes-rate">집행률이 바뀐 사업 (\(changes.rateChanges.count))</h3>
        <div class="table-wrap"><table>
        <caption>집행률 변화 (인쇄된 집행률, 없으면 금액으로 계산) \(rateData.links(linker, pagePath: pagePath))</caption>
        <thead><tr><th scope="col">사업</th><th scope="col" class="num">이전</th><th scope="col" class="num">이번</th><th scope="col" class="num">차이</th></tr></thead>
        <tbody>
        \(rows)</tbody></table></div>

        """
    }

    private func moves() -> HTML {
        guard !changes.departmentMoves.isEmpty else { return "" }
        let items: [HTML] = changes.departmentMoves.map { change in
            "<li>\(name(change.after)): \(change.before.line.department ?? "–") → \(change.after.line.department ?? "–")</li>\n"
        }
        return "<h3 id=\"changes-departments\">부서가 바뀐 사업 (\(changes.departmentMoves.count))</h3>\n<ul>\n\(items)</ul>\n"
    }

    private func departments() -> HTML {
        guard !changes.newDepartments.isEmpty || !changes.endedDepartments.isEmpty else { return "" }
        let added: HTML = changes.newDepartments.isEmpty ? "" : "<li>새 부서: \(changes.newDepartments.joined(separator: ", "))</li>\n"
        let gone: HTML = changes.endedDepartments.isEmpty ? "" : "<li>없어진 부서: \(changes.endedDepartments.joined(separator: ", "))</li>\n"
        return "<h3 id=\"changes-organisation\">조직 변화</h3>\n<p class=\"muted\">이름만 바뀐 부서는 같은 부서로 봅니다.</p>\n<ul>\n\(added)\(gone)</ul>\n"
    }
}

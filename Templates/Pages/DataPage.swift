import SitegenSite
import SitegenSearch

/// `/data/`: the downloadable numbers and their formats.
struct DataPage {
    let site: SiteContent
    /// The archive's database files (`data/sitegen-2022.sqlite`, …), when the site holds them.
    var databases: [String] = []

    var page: Page {
        let path = SiteMap.data
        let linker = Linker(config: site.config, pagePath: path)
        let releases: [HTML] = site.releases.reversed().map { index in
            let workbook: HTML = site.config.workbooks ? " · \(linker.link("data/releases/\(index.release.id).xlsx", "xlsx"))" : ""
            return "<li>\(linker.link(SiteMap.releaseJSON(index.release.id), index.release.id + ".json"))\(workbook) — \(index.release.metadata.title) (\(Format.month(index.release.metadata.date)))</li>\n"
        }
        return Page(path: path, title: "데이터 내려받기",
                    description: "모든 보고서의 예산 행, 점검 결과, 시의회 요구사항을 CSV와 JSON으로.",
                    trail: [("", "보고서")],
                    body: """
                    <ul>
                    <li>\(linker.link("data/budget-lines.csv", "budget-lines.csv")) — 모든 보고서의 모든 예산 행. 금액은 원 단위 정수, 빈 칸은 값이 인쇄되지 않았다는 뜻(0이 아님), <code>source_line</code>은 원문의 행 번호, <code>url</code>은 그 행이 있는 쪽.</li>
                    <li>\(linker.link("data/findings.csv", "findings.csv")) — 점검 결과: 보고서, 행, 종류, 설명.</li>
                    <li>\(linker.link("data/audit-items.csv", "audit-items.csv")) — 시의회 요구사항: 보고서, 행, 종류, 부서, 처리 상황, 요구 내용.</li>
                    <li>\(linker.link("data/releases.csv", "releases.csv")) — 보고서 목록: 다른 CSV의 <code>release</code> 열이 가리키는 표.</li>
                    </ul>
                    \(AnalystSection(linker: linker, database: site.config.database, databases: databases, workbooks: site.config.workbooks).html)
                    <p id="csv-safety">스프레드시트에서 열어도 안전합니다: <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, 탭, 캐리지 리턴으로 시작하는 글자 칸은 앞에 작은따옴표(<code>'</code>)를 붙여 수식으로 실행되지 않게 했습니다(OWASP CSV Injection 권고). 숫자 칸(음수 금액 포함)은 그대로 숫자입니다.</p>
                    \(terms(linker))
                    <h2 id="releases">보고서별 전체 모델 (JSON)\(site.config.workbooks ? "과 예산표 (Excel)" : "")</h2>
                    <ul>
                    \(releases)</ul>
                    """)
    }

    /// The terms the numbers come under (`DataTerms`) and how to cite a row or a file.
    private func terms(_ linker: Linker) -> HTML {
        """
        <h2 id="terms">이용 조건과 인용</h2>
        <p>보고서는 서울시 부서가 업무상 만든 공공저작물로, <a href="\(DataTerms.url)">\(DataTerms.lawName)</a>에 따라 누구나 자유롭게 쓸 수 있습니다. 이 사이트는 조건을 더하지 않습니다. 쓸 때는 출처를 밝혀 주세요.</p>
        <ul>
        <li>한 행을 인용할 때: 보고서 제목과 연월, 원문 행 번호(<code>source_line</code>), 그 행의 고유 주소(<code>url</code>). 고유 주소는 이 사이트가 다시 만들어져도 같은 행을 가리킵니다.</li>
        <li>파일을 인용할 때: 파일의 주소, 내려받은 날짜, 그리고 이 사이트의 루트 해시 <code>\(SiteMap.rootHashPlaceholder)</code>(\(linker.link(SiteMap.siteManifest, "site-manifest.json"))의 SHA-256, 내려받은 사본은 <code>sitegen verify --root</code>로 확인). 루트 해시가 같으면 모든 파일이 바이트까지 같습니다.</li>
        </ul>
        """
    }
}

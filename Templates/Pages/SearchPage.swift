import SitegenSite
import SitegenSearch

/// `/search/`: the search form and, for readers without JavaScript, the links to the 가나다 index.
struct SearchPage {
    let site: SiteContent
    /// The programs by page of the 가나다 index (`ProgramIndexPage.grouped`).
    let groups: [[ProgramHistory]]

    var page: Page {
        let path = SiteMap.search
        let linker = Linker(config: site.config, pagePath: path)
        // The site root as the page reaches it (`../`, or the base URL), for the result links.
        let root = linker.href("")
        return Page(path: path, title: "찾기",
                    description: "세부사업, 부서, 주요업무(본문까지), 시의회 요구사항과 조치, 점검 결과를 찾습니다.",
                    trail: [("", "보고서")],
                    body: """
                    <form id="search-form" role="search" action="\(linker.href(path))" method="get">
                    <label for="q">찾을 말</label> <input id="q" name="q" type="search"> <button type="submit">찾기</button>
                    </form>
                    <p class="muted">세부사업과 부서의 이름, 주요업무의 제목과 본문, 시의회 요구사항과 그 조치, 점검 결과에서 두 글자 이상을 찾습니다. 띄어쓰기와 문장부호는 가리지 않습니다.</p>
                    <div id="results" data-root="\(root)" data-index="\(linker.href("search/"))" aria-live="polite"></div>
                    <noscript><p>자바스크립트를 쓸 수 없으면 아래 가나다 색인에서 사업을 찾으세요.</p></noscript>
                    <h2 id="index">세부사업 가나다 색인</h2>
                    \(ProgramIndexPage.navigation(groups, linker: linker))
                    <script src="\(linker.href(SiteMap.searchEntry))"></script>
                    <script src="\(linker.href("assets/search.js"))"></script>
                    """)
    }
}

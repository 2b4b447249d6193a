import SitegenCore

/// `/search/`: the search form and, for readers without JavaScript, the complete 가나다 index.
struct SearchPage {
    let site: SiteContent

    var page: Page {
        let path = SiteMap.search
        let linker = Linker(config: site.config, pagePath: path)
        let root = String(linker.href("").dropLast(linker.href("").hasSuffix("./") ? 2 : 0))
        let index = ProgramIndexPage(site: site)
        return Page(path: path, title: "찾기",
                    description: "세부사업, 부서, 주요업무, 시의회 요구사항을 찾습니다.",
                    trail: [("", "보고서")],
                    body: """
                    <form id="search-form" role="search" action="\(linker.href(path))" method="get">
                    <label for="q">찾을 말</label> <input id="q" name="q" type="search"> <button type="submit">찾기</button>
                    </form>
                    <div id="results" data-root="\(root)" aria-live="polite"></div>
                    <noscript><p>자바스크립트를 쓸 수 없으면 아래 가나다 색인에서 사업을 찾으세요.</p></noscript>
                    <h2 id="index">세부사업 가나다 색인</h2>
                    \(index.sections(linker, headingLevel: 3))
                    <script src="\(linker.href("search/index.js"))"></script>
                    <script src="\(linker.href("assets/search.js"))"></script>
                    """)
    }
}

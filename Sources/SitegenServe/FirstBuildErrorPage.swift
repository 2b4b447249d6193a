import SitegenTemplates

/// The page served for every path while there is no good build yet; the reload script adds
/// the overlay and reloads the page once the content builds.
enum FirstBuildErrorPage {
    static func html(problem: ContentProblem?) -> String {
        let text = problem?.text ?? "the site is being built"
        let page: HTML = """
        <!DOCTYPE html>
        <html lang="ko">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>sitegen serve: 빌드 실패</title></head>
        <body>
        <h1>사이트를 만들 수 없습니다</h1>
        <p>내용 폴더의 오류를 고치면 이 쪽이 저절로 다시 읽힙니다. (Fix the content error below; this page reloads by itself.)</p>
        <pre id="sitegen-first-build-problem">\(text)</pre>
        </body>
        </html>

        """
        return page.markup
    }
}

import SitegenSite

/// What sits under a chart that can leave the site: its SVG file, its PNG at 2× (when cards are
/// drawn), the embed page, and under `--base-url` the `<iframe>` code to copy (plain text to
/// select; no script needed).
struct ChartShare {
    var svg: String
    var png: String?
    var embed: String
    /// The `<iframe>` code, when the site has a base URL.
    var snippet: String?

    func html(_ linker: Linker) -> HTML {
        let png: HTML = self.png.map { " · <a href=\"\(linker.href($0))\" download>PNG (2배)</a>" } ?? ""
        let code: HTML = snippet.map { snippet in
            """
            <details class="embed-code"><summary>퍼가기 코드 (iframe)</summary>
            <p>아래 코드를 기사나 게시물의 HTML에 붙여 넣으면 이 차트와 출처, 이 쪽으로 오는 링크가 함께 실립니다.</p>
            <pre><code>\(snippet)</code></pre>
            </details>

            """
        } ?? ""
        return """
        <p class="chart-share">차트 내려받기: <a href="\(linker.href(svg))" download>SVG</a>\(png) · <a href="\(linker.href(embed))">퍼가기용 쪽</a></p>
        \(code)
        """
    }
}

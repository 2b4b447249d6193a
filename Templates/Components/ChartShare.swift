import SitegenContent
import SitegenSite

/// What sits under a chart that can leave the site: its SVG file, its PNG at 2× (the file when
/// cards are drawn, else a button the site's script shows and makes the PNG with in the browser,
/// as for the charts without files: `ChartSave`), and its embed page with, under `--base-url`,
/// the `<iframe>` code to copy.
struct ChartShare {
    var svg: String
    var png: String?
    var embed: ChartEmbed
    /// What the in-browser PNG is made with when there is no PNG file.
    var save: ChartSave

    func html(_ linker: Linker) -> HTML {
        guard let png else {
            return """
            <p class="chart-share chart-save" data-name="\(save.name)" data-source="\(save.source)">차트 내려받기: <a href="\(linker.href(svg))" download>SVG</a><span hidden> · <button type="button" data-save="png">PNG (2배)</button></span> · \(embed.link(linker))</p>
            \(embed.code)
            """
        }
        return """
        <p class="chart-share">차트 내려받기: <a href="\(linker.href(svg))" download>SVG</a> · <a href="\(linker.href(png))" download>PNG (2배)</a> · \(embed.link(linker))</p>
        \(embed.code)
        """
    }
}

/// A chart's embed page (`EmbedPage`) and, under `--base-url`, the `<iframe>` code to copy (plain
/// text to select; no script needed). `path` may end in a fragment: on a release's embed page it
/// names the chart to show.
struct ChartEmbed {
    var path: String
    /// The `<iframe>` code, when the site has a base URL.
    var snippet: String?

    /// The embed page of `chart` at `path`, with the code to copy when the site has a base URL.
    init(path: String, chart: BarChart, config: SiteConfig) {
        self.path = path
        snippet = config.baseURL.map { _ in EmbedPage.snippet(src: config.absoluteURL(path), title: chart.title, bars: chart.bars.count) }
    }

    func link(_ linker: Linker) -> HTML {
        "<a href=\"\(linker.href(path))\">퍼가기용 쪽</a>"
    }

    /// The code to copy, in a `<details>` closed by default; nothing without a base URL.
    var code: HTML {
        snippet.map { snippet in
            """
            <details class="embed-code"><summary>퍼가기 코드 (iframe)</summary>
            <p>아래 코드를 기사나 게시물의 HTML에 붙여 넣으면 이 차트와 출처, 이 쪽으로 오는 링크가 함께 실립니다.</p>
            <pre><code>\(snippet)</code></pre>
            </details>

            """
        } ?? ""
    }

    /// The link on a line of its own, for a chart whose files the site's script makes (`ChartSave`),
    /// and the code to copy. The line shows without the script; print leaves it out (`.chart-share`).
    func html(_ linker: Linker) -> HTML {
        """
        <p class="chart-share chart-embed">차트 퍼가기: \(link(linker))</p>
        \(code)
        """
    }
}

/// What sits under a chart that has no file of its own (release, department and home pages):
/// SVG and PNG buttons that the site's script shows and makes the file with in the browser, from
/// the chart on the page (`SiteScript`). Without the script the line stays hidden; the numbers
/// are in the table beside the chart. Measured on `content/` (5 releases, 25 such charts): a
/// file pair a chart would be some 6,000 SVGs and 6,000 PNGs of 100–200 KB on a 1,200-release
/// site, past the hosting budget; a `data:` URL of the SVG would add 4–7 KB to every such page;
/// the script adds 4.0 KB to the one `site.js` (2.2 KB before).
struct ChartSave {
    /// `출처: …`: the report, its table and the as-of date, written inside the file.
    var source: String
    /// The file's name without its extension (`2022-03-sample-departments`).
    var name: String

    /// The source line of a chart drawn from one table of one release.
    static func source(_ release: Release, table: BudgetTable) -> String {
        let asOf = table.asOf.map { ", \(Format.day($0)) 기준" } ?? ""
        return "출처: 서울시 부서 업무보고 (\(release.metadata.title), \(Format.month(release.metadata.date)), ‘\(table.title)’ 표\(asOf))"
    }

    var html: HTML {
        """
        <p class="chart-share chart-save" data-name="\(name)" data-source="\(source)" hidden>차트 내려받기: <button type="button" data-save="svg">SVG</button> · <button type="button" data-save="png">PNG (2배)</button></p>

        """
    }
}

import SitegenSite
import SitegenShare

/// An embed page, for an `<iframe>` in an article or a post: a chart, its source and a link back
/// to the page that holds it. The chart is its narrow drawing (the name above its bar), at most
/// 30 rem wide, in a frame of any width: with the wide drawing beside it, for frames over 40 rem,
/// the embed pages of a 1,200-release site were 58 MB, 30 MB without. No script,
/// `noindex` (and left out of the sitemap); its style is one small file for every embed page
/// (`assets/embed.css`: inline, it was 4.4 MB of a 1,200-release site).
///
/// `/programs/<slug>/embed/` holds a program's chart, `/embed/` the home page's. A release's,
/// `/releases/<id>/embed/`, holds the release page's chart and every chart of its department
/// pages, one shown at a time: the one the address's fragment names (CSS `:target`), else the
/// release page's (the last, so that `:target ~` can hide it). One page a release rather than one
/// a chart: a 1,200-release site would have some 6,000 more files against a budget of 100,000.
struct EmbedPage {
    /// A chart with where it comes from and the page that holds it.
    struct Chart {
        /// Its element's id, on a page of several charts.
        var id: String? = nil
        var chart: BarChart
        var source: String
        /// The page the chart belongs to, and its name.
        var pagePath: String
        var pageTitle: String
    }

    let site: SiteContent
    let path: String
    /// The page's title (the chart's, on a page of one chart).
    let title: String
    /// The charts; on a page of several, the last is shown when the fragment names none.
    let charts: [Chart]

    /// The embed page of one chart.
    init(site: SiteContent, path: String, pagePath: String, pageTitle: String, chart: BarChart, source: String) {
        self.init(site: site, path: path, title: chart.title,
                  charts: [Chart(chart: chart, source: source, pagePath: pagePath, pageTitle: pageTitle)])
    }

    init(site: SiteContent, path: String, title: String, charts: [Chart]) {
        self.site = site
        self.path = path
        self.title = title
        self.charts = charts
    }

    static let stylePath = "assets/embed.css"

    static let style = """
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; padding: .5rem; color: #1b1f24; background: #ffffff; line-height: 1.6; word-break: keep-all; overflow-wrap: anywhere;
           font-family: "Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif; }
    a { color: #0b5cad; }
    figure.chart { margin: 0; }
    figure.chart svg { display: block; max-width: 100%; height: auto; font-size: 13px; font-family: inherit; }
    figure.chart svg.narrow { max-width: 30rem; }
    figure.chart figcaption, p.source { color: #57606a; font-size: .85rem; margin: .25rem 0; }
    svg .bar { fill: #2f6fbf; } svg .bar.over { fill: #c2410c; }
    svg .axis { stroke: #57606a; } svg .rule { stroke: #57606a; stroke-dasharray: 3 3; }
    svg text { fill: #1b1f24; } svg text.inside { fill: #ffffff; }
    svg .elapsed { stroke: #6e3fb0; stroke-width: 2; stroke-dasharray: 4 2; }
    svg text.elapsed-label { fill: #6e3fb0; font-size: 12px; }
    svg .tick { fill: #57606a; font-size: 11px; }
    main.charts > div { display: none; }
    main.charts > div:target, main.charts > div.default { display: block; }
    main.charts > div:target ~ div.default { display: none; }
    """

    var file: OutputFile {
        let linker = Linker(config: site.config, pagePath: path)
        let body: HTML
        if charts.count == 1, charts[0].id == nil {
            body = "<main>\n\(figure(charts[0], linker))</main>\n"
        } else {
            let parts: [HTML] = charts.enumerated().map { position, chart in
                let last: HTML = position == charts.count - 1 ? " class=\"default\"" : ""
                return "<div id=\"\(chart.id ?? "")\"\(last)>\n\(figure(chart, linker))</div>\n"
            }
            body = "<main class=\"charts\">\n\(parts)</main>\n"
        }
        let html: HTML = """
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light">
        <meta name="robots" content="noindex">
        <title>\(PreviewText.clean(title, limit: 1000)) — \(Layout.siteName)</title>
        <link rel="stylesheet" href="\(linker.href(Self.stylePath))">
        </head>
        <body>
        \(body)</body>
        </html>

        """
        return OutputFile(path: path + "index.html", bytes: html.bytes)
    }

    /// A chart, its source and the link back to its page.
    private func figure(_ chart: Chart, _ linker: Linker) -> HTML {
        """
        \(chart.chart.narrowFigure)
        <p class="source">\(chart.source) · <a href="\(linker.href(chart.pagePath))" target="_blank" rel="noopener">\(Layout.siteName)에서 ‘\(chart.pageTitle)’ 표와 원문 보기</a></p>

        """
    }

    /// The `<iframe>` that shows this page elsewhere (under `--base-url` only: a frame needs the
    /// page's absolute address). Tall enough for the narrow drawing at its widest (30 rem, 4/3 of
    /// its own size) with the caption and the source wrapped at 320 px.
    static func snippet(src: String, title: String, bars: Int) -> String {
        let drawing = (BarChart.top + 6 + Double(bars) * BarChart.narrowRowHeight) * 4 / 3
        let height = Int(drawing.rounded(.up)) + 230
        return "<iframe src=\"\(src)\" title=\"\(Escape.html(title))\" width=\"100%\" height=\"\(height)\" style=\"border:0;max-width:760px\" loading=\"lazy\"></iframe>"
    }
}

import SitegenText
import SitegenSite
import SitegenSearch
import SitegenShare

/// One page before it is wrapped in the layout.
struct Page {
    /// The page's path relative to the site root: `releases/x/` (written as `index.html`) or `404.html`.
    var path: String
    var title: String
    var description: String
    /// Breadcrumb trail above the title: (target path, label); the page itself is not listed.
    var trail: [(String, String)] = []
    var body: HTML
    /// An Atom feed that follows this page, announced in the head.
    var feed: String? = nil
    /// Files that go with the page (its tables as CSV and JSON).
    var attachments: [OutputFile] = []
    /// A page served at any depth (`404.html`): its style is inline, so it keeps it under any folder.
    var standalone = false
    /// The page's preview card (`card.png` beside it), when cards are drawn: `og:image`.
    var image: String? = nil
    /// Images drawn as PNG from their SVG when cards are drawn (the card, the chart at 2×).
    var rasters: [RasterRequest] = []

    var outputPath: String { path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path }
}

/// The single layout every page shares: Korean, responsive, readable without JavaScript.
enum Layout {
    static let siteName = "업무보고 열람실"

    static func render(_ page: Page, site: SiteContent, linker: Linker) -> OutputFile {
        let crumbs: [HTML] = page.trail.map { target, label in "<li>\(linker.link(target, label))</li>" }
        // The page around its body, written apart and joined as bytes: the body, most of a page,
        // is copied once, not grown into the layout's string and copied again into the file
        // (Layout.render was 223 samples of a clean 600-release build, then 189).
        let head: HTML = """
        <!DOCTYPE html>
        <html lang="ko">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(PreviewText.clean(page.title, limit: 1000)) — \(siteName)</title>
        <meta name="description" content="\(PreviewText.clean(page.description, limit: LinkPreview.descriptionLimit))">
        \(LinkPreview.tags(page, config: site.config))\(page.standalone ? StyleSheet.inline : "<link rel=\"stylesheet\" href=\"\(linker.href(StyleSheet.path))\">")
        <link rel="icon" href="\(linker.href(Favicon.path))" type="image/svg+xml">
        <script src="\(linker.href(SiteScript.path))" defer></script>
        <link rel="alternate" type="application/atom+xml" title="새 보고서" href="\(linker.href("feed.xml"))">
        \(page.feed.map { feed -> HTML in "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"이 쪽의 피드\" href=\"\(linker.href(feed))\">\n" } ?? HTML.empty)
        </head>
        <body>
        <a class="skip" href="#main">본문 바로가기</a>
        <header class="site">
        <p class="brand">\(linker.link("", siteName))</p>
        <nav aria-label="사이트"><ul>
        \(sections.map { target, label in navItem(target, label, page: page.path, linker: linker) })
        </ul></nav>
        </header>
        <main id="main">
        \(crumbs.isEmpty ? HTML.empty : "<nav class=\"trail\" aria-label=\"현재 위치\"><ol>\(crumbs)</ol></nav>")
        <h1>\(page.title)</h1>

        """
        let tail: HTML = """

        </main>
        <footer class="site">
        <p>보고서에 인쇄된 숫자를 그대로 옮겼습니다. 맞지 않는 숫자는 고치지 않고 \(linker.link(SiteMap.findings, "점검 결과"))에 표시합니다. 원문은 각 보고서 쪽에서 내려받을 수 있습니다.</p>
        </footer>
        </body>
        </html>

        """
        var bytes: [UInt8] = []
        bytes.reserveCapacity(head.bytes.count + page.body.bytes.count + tail.bytes.count)
        bytes += head.bytes
        bytes += page.body.bytes
        bytes += tail.bytes
        return OutputFile(path: page.outputPath, bytes: bytes)
    }

    /// The site's sections, as the nav lists them: (path, label).
    static let sections: [(String, String)] = [
        ("", "보고서"), ("programs/", "세부사업"), (SiteMap.departments, "부서"), (SiteMap.search, "찾기"),
        (SiteMap.findings, "점검 결과"), (SiteMap.data, "데이터"),
    ]

    /// A nav entry, marked `aria-current` on its own page ("page") and within its section ("true");
    /// release pages belong to 보고서.
    static func navItem(_ target: String, _ label: String, page: String, linker: Linker) -> HTML {
        let current: String?
        if page == target {
            current = "page"
        } else if target.isEmpty ? page.hasPrefix("releases/") : page.hasPrefix(target) {
            current = "true"
        } else {
            current = nil
        }
        guard let current else { return "<li>\(linker.link(target, label))</li>\n" }
        return "<li><a href=\"\(linker.href(target))\" aria-current=\"\(current)\">\(label)</a></li>\n"
    }
}

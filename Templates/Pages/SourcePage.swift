import SitegenText
import SitegenSite
import SitegenSearch

/// `/releases/<id>/source/`: the archived report text with a number and an anchor per line,
/// so that every figure on the site can point at the line it was read from. Line numbers are
/// links (`#L10`); the site's script highlights ranges (`#L10-L20`). Private-use bullets show as
/// `•` and `․` as `·` (`Reading`); the archived `report.txt` is unchanged.
struct SourcePage {
    let site: SiteContent
    let index: ReleaseIndex
    let text: String

    var page: Page {
        let release = index.release
        let path = SiteMap.sourceView(release.id)
        let linker = Linker(config: site.config, pagePath: path)
        return Page(path: path, title: "원문 · \(release.metadata.title)",
                    description: "\(release.metadata.title) 원문(report.txt)을 행 번호와 함께.",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    \(OCRNotice.html(for: release))<p>게시된 그대로의 원문입니다: \(linker.link(SiteMap.source(release.id), "report.txt 내려받기")) · SHA-256 <span class="hash">\(release.source.sha256)</span></p>
                    <p class="muted">행 번호를 누르면 그 행의 주소가 됩니다. 여러 행은 주소 끝에 <code>#L10-L20</code>처럼 적습니다(행 번호를 누른 뒤 다른 행 번호를 Shift와 함께 눌러도 됩니다). 읽기 쉽도록 글머리표 자리의 사용자 정의 문자는 •로, ‘․’은 ‘·’로 보여 줍니다. 내려받는 원문은 바뀌지 않습니다.</p>
                    <ol class="source" aria-label="원문의 행: 행마다 번호가 그 행의 링크입니다">
                    \(SourceListing.lines(of: text, pageStarts: OriginalPage.starts(of: release)))</ol>
                    """)
    }
}

import SitegenCore

/// `/releases/<id>/source/`: the archived report text with a number and an anchor per line,
/// so that every figure on the site can point at the line it was read from.
struct SourcePage {
    let site: SiteContent
    let index: ReleaseIndex
    let text: String

    var page: Page {
        let release = index.release
        let path = SiteMap.sourceView(release.id)
        let linker = Linker(config: site.config, pagePath: path)
        let lines: [HTML] = SourceLine.lines(of: text).map { line in
            "<li id=\"\(SiteMap.lineAnchor(line.number))\" value=\"\(line.number)\">\(line.text)</li>\n"
        }
        return Page(path: path, title: "원문 · \(release.metadata.title)",
                    description: "\(release.metadata.title) 원문(report.txt)을 행 번호와 함께.",
                    trail: [("", "보고서"), (SiteMap.release(release.id), release.metadata.title)],
                    body: """
                    <p>게시된 그대로의 원문입니다: \(linker.link(SiteMap.source(release.id), "report.txt 내려받기")) · SHA-256 <span class="hash">\(release.source.sha256)</span></p>
                    <ol class="source">
                    \(lines)</ol>
                    """)
    }
}

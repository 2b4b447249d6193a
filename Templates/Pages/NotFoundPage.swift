import SitegenCore

/// `404.html`: served for any missing path, so its links are root-relative under the base path.
struct NotFoundPage {
    let site: SiteContent

    var file: OutputFile {
        let page = Page(path: "404.html", title: "쪽을 찾을 수 없습니다",
                        description: "요청한 쪽이 없습니다.",
                        body: "<p>주소가 바뀌었거나 없는 쪽입니다. <a href=\"\(site.config.href(""))\">첫 쪽</a>에서 보고서를 찾아 보세요.</p>\n")
        var config = site.config
        if config.baseURL == nil { config = SiteConfig(baseURL: config.basePath) }
        return Layout.render(page, site: site, linker: Linker(config: config, pagePath: page.path))
    }
}

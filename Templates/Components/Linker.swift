import SitegenSite

/// Makes the links of one page: relative to the page (so the site works under any folder and
/// from disk), or absolute under `--base-url` when one is given.
struct Linker {
    let config: SiteConfig
    /// The page's own path relative to the site root (`releases/x/`, `404.html`).
    let pagePath: String
    /// What a relative link starts with: `../` once per folder of the page, `./` at the root
    /// (worked out once a page, not once a link).
    private let prefix: String

    init(config: SiteConfig, pagePath: String) {
        self.config = config
        self.pagePath = pagePath
        // Folders: the path's non-empty parts, less the file name when it does not end in `/`.
        var parts = 0
        var afterSlash = true
        for byte in pagePath.utf8 {
            if byte == UInt8(ascii: "/") {
                afterSlash = true
            } else if afterSlash {
                parts += 1
                afterSlash = false
            }
        }
        let depth = parts - (pagePath.hasSuffix("/") ? 0 : 1)
        prefix = depth > 0 ? String(repeating: "../", count: depth) : "./"
    }

    func href(_ target: String) -> String {
        if config.baseURL != nil { return config.absoluteURL(target) }
        return Slug.href(target, after: prefix)
    }

    func link(_ target: String, _ text: String) -> HTML {
        "<a href=\"\(href(target))\">\(text)</a>"
    }
}

import SitegenSite

/// `sitemap.xml`, `robots.txt`, `_redirects`, the favicon and the site's small script.
struct SiteFiles {
    let site: SiteContent
    let pagePaths: [String]
    let writtenPaths: [String]

    var files: [OutputFile] {
        let urls = pagePaths.sorted().map { path in
            "  <url><loc>\(Escape.html(site.config.absoluteURL(path)))</loc></url>"
        }
        let sitemap = """
        <?xml version="1.0" encoding="UTF-8"?>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        \(urls.joined(separator: "\n"))
        </urlset>

        """
        var robots = "User-agent: *\nAllow: /\n"
        if site.config.baseURL != nil { robots += "Sitemap: \(site.config.absoluteURL("sitemap.xml"))\n" }
        let redirects = SiteRedirects(writtenPaths: writtenPaths, profile: site.config.profile).text(basePath: site.config.basePath)
        return [OutputFile(path: "sitemap.xml", text: sitemap), OutputFile(path: "robots.txt", text: robots),
                OutputFile(path: SiteRedirects.path, text: redirects),
                OutputFile(path: Favicon.path, text: Favicon.svg), OutputFile(path: SiteScript.path, text: SiteScript.javascript)]
    }
}

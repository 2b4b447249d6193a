import SitegenText
import SitegenSite
import SitegenSearch

/// `404.html`: served for any missing path, at any depth. Its style is inline; its links are
/// root-relative under the base path, and where no base URL is given (the site may sit in any
/// sub-folder) a small script finds the folder that holds the site's stylesheet and points the
/// links there.
struct NotFoundPage {
    let site: SiteContent

    var file: OutputFile {
        let base = site.config.basePath
        let finder: HTML = site.config.baseURL != nil ? "" : """
        <script id="find-root">
        (function () {
          var parts = location.pathname.split("/");
          parts.pop();
          function point(root) {
            document.querySelectorAll("a[href^='/'], link[rel=icon][href^='/']").forEach(function (link) {
              link.setAttribute("href", root + link.getAttribute("href").slice(\(base.count)));
            });
          }
          function tryAt(depth) {
            if (depth < 1) return;
            var root = parts.slice(0, depth).join("/") + "/";
            fetch(root + "\(StyleSheet.path)", {method: "HEAD"}).then(function (response) {
              if (response.ok) point(root); else tryAt(depth - 1);
            }, function () { tryAt(depth - 1); });
          }
          tryAt(parts.length);
        })();
        </script>

        """
        let page = Page(path: "404.html", title: "쪽을 찾을 수 없습니다",
                        description: "요청한 쪽이 없습니다.",
                        body: "<p>주소가 바뀌었거나 없는 쪽입니다. <a href=\"\(site.config.href(""))\">첫 쪽</a>에서 보고서를 찾거나 <a href=\"\(site.config.href(SiteMap.search))\">찾기</a>를 써 보세요.</p>\n\(finder)",
                        standalone: true)
        var config = site.config
        if config.baseURL == nil { config = SiteConfig(baseURL: config.basePath) }
        return Layout.render(page, site: site, linker: Linker.standalone(config: config, path: page.path))
    }
}

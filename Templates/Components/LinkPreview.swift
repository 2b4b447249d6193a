import SitegenSite
import SitegenShare

/// The tags a page is previewed by when its link is pasted into a chat, an article or a post
/// (Open Graph, Twitter's card, the canonical address). Title and description are cut on a
/// character boundary and carry no control or bidirectional character. The tags that must hold an
/// absolute URL (`og:url`, `og:image`, the canonical link) are written only under `--base-url`.
enum LinkPreview {
    static let titleLimit = 90
    static let descriptionLimit = 200

    static func tags(_ page: Page, config: SiteConfig) -> HTML {
        let image = config.baseURL == nil ? nil : page.image
        var tags: HTML = """
        <meta property="og:title" content="\(PreviewText.clean(page.title, limit: titleLimit))">
        <meta property="og:description" content="\(PreviewText.clean(page.description, limit: descriptionLimit))">
        <meta property="og:type" content="website">
        <meta property="og:locale" content="ko_KR">
        <meta property="og:site_name" content="\(Layout.siteName)">
        <meta name="twitter:card" content="\(image == nil ? "summary" : "summary_large_image")">

        """
        guard config.baseURL != nil else { return tags }
        let url = config.absoluteURL(page.path)
        tags = """
        \(tags)<meta property="og:url" content="\(url)">
        <link rel="canonical" href="\(url)">

        """
        if let image {
            tags = """
            \(tags)<meta property="og:image" content="\(config.absoluteURL(image))">
            <meta property="og:image:width" content="\(PreviewCard.width)">
            <meta property="og:image:height" content="\(PreviewCard.height)">
            <meta property="og:image:alt" content="\(PreviewText.clean(page.title, limit: titleLimit)): \(PreviewText.clean(page.description, limit: descriptionLimit))">

            """
        }
        return tags
    }
}

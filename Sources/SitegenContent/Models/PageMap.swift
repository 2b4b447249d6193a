/// Where each physical page of the original starts in `report.txt`, the page number printed
/// in its footer where one shows (`- 12 -`), and the page furniture left out of the text.
/// Written beside the release as `pages.tsv`.
public struct PageMap: Codable, Equatable, Sendable {
    public struct Page: Codable, Equatable, Sendable {
        /// 1-based, counted from the original's first page, as PDF viewers count (`#page=N`).
        public var physical: Int
        /// The 1-based line of `report.txt` where the page starts.
        public var line: Int
        /// The number printed on the page, if its footer shows one.
        public var printed: String?
        /// Running headers, footers and repeated table headers, as printed, left out of the text.
        public var furniture: [String]

        public init(physical: Int, line: Int, printed: String? = nil, furniture: [String] = []) {
            self.physical = physical
            self.line = line
            self.printed = printed
            self.furniture = furniture
        }
    }

    public var pages: [Page]

    public init(pages: [Page]) { self.pages = pages }

    /// The page that holds `line` of report.txt.
    public func page(ofLine line: Int) -> Page? {
        var found: Page?
        for page in pages {
            if page.line <= line { found = page } else { break }
        }
        return found
    }
}

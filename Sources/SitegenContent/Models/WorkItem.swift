/// One item of the main-business part (주요업무): a numbered section with its narrative.
public struct WorkItem: Codable, Equatable, Sendable {
    /// Stable within a release: `2-3` (chapter 2, item 3), or `3` where the report has no chapters.
    public var number: String
    public var chapter: Chapter?
    public var title: String
    /// The body as printed, one entry per source line (blank lines kept as empty strings).
    public var body: [String]
    /// Line of the heading; the body starts on the next line.
    public var firstLine: Int
    public var lastLine: Int
    /// The department the item is attributed to, when it can be told.
    public var department: String?

    public struct Chapter: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String

        public init(number: Int, title: String) {
            self.number = number
            self.title = title
        }
    }

    public init(number: String, chapter: Chapter?, title: String, body: [String],
                firstLine: Int, lastLine: Int, department: String? = nil) {
        self.number = number
        self.chapter = chapter
        self.title = title
        self.body = body
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.department = department
    }

    enum CodingKeys: String, CodingKey {
        case number, chapter, title, body, department
        case firstLine = "first_line"
        case lastLine = "last_line"
    }
}

/// One item of the main-business part (주요업무): a numbered section with its narrative.
public struct WorkItem: Codable, Equatable, Sendable {
    /// Stable within a release: `2-3` (chapter 2, item 3), or `3` where the report has no chapters.
    public var number: String
    public var chapter: Chapter?
    public var title: String
    /// The body as printed, one entry per source line (blank lines kept as empty strings);
    /// held packed (`PackedLines`), made into strings where it is read.
    public var body: [String] {
        get { bodyLines.strings }
        set { bodyLines = PackedLines(newValue) }
    }
    private var bodyLines: PackedLines
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
        bodyLines = PackedLines(body)
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.department = department
    }

    // Synthesized coding: the body is coded through its held form, `PackedLines`, which codes
    // as the list of its lines (the release's JSON) or as its buffer (the build cache).
    enum CodingKeys: String, CodingKey {
        case number, chapter, title
        case bodyLines = "body"
        case department
        case firstLine = "first_line"
        case lastLine = "last_line"
    }
}

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

    enum CodingKeys: String, CodingKey {
        case number, chapter, title, body, department
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

    // Written out, not synthesized, for the body alone, a held property of another type
    // (`PackedLines`, coded as its lines). The fields in the order of `CodingKeys`, in both
    // (the build cache's binary form reads them by position).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(String.self, forKey: .number)
        chapter = try c.decodeIfPresent(Chapter.self, forKey: .chapter)
        title = try c.decode(String.self, forKey: .title)
        bodyLines = try c.decode(PackedLines.self, forKey: .body)
        department = try c.decodeIfPresent(String.self, forKey: .department)
        firstLine = try c.decode(Int.self, forKey: .firstLine)
        lastLine = try c.decode(Int.self, forKey: .lastLine)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encodeIfPresent(chapter, forKey: .chapter)
        try c.encode(title, forKey: .title)
        try c.encode(bodyLines, forKey: .body)
        try c.encodeIfPresent(department, forKey: .department)
        try c.encode(firstLine, forKey: .firstLine)
        try c.encode(lastLine, forKey: .lastLine)
    }
}

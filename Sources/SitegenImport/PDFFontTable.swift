/// The fonts `pdffonts` lists, and which of them are embedded without a ToUnicode map: their
/// glyphs show on screen but their text cannot be read back. Pure.
public struct PDFFontTable: Equatable, Sendable {
    public struct Font: Equatable, Sendable {
        public var name: String
        public var type: String
        public var embedded: Bool
        public var toUnicode: Bool
    }

    public var fonts: [Font]

    /// Reads pdffonts' table: two header lines, then one font a line whose last six columns
    /// are `emb sub uni object ID` (`yes yes no 14 0`).
    public static func parse(_ output: String) -> PDFFontTable {
        var fonts: [Font] = []
        for line in output.split(whereSeparator: \.isNewline).dropFirst(2) {
            let words = line.split(separator: " ")
            guard words.count >= 7 else { continue }
            let flags = words.suffix(5).map(String.init)
            fonts.append(Font(name: String(words[0]), type: words.dropFirst().dropLast(6).joined(separator: " "),
                              embedded: flags[0] == "yes", toUnicode: flags[2] == "yes"))
        }
        return PDFFontTable(fonts: fonts)
    }

    /// Embedded fonts with no ToUnicode map. The standard 14 (Helvetica …) are not embedded
    /// and are read through their known encodings, so they never count.
    public var unreadable: [Font] { fonts.filter { $0.embedded && !$0.toUnicode } }
}

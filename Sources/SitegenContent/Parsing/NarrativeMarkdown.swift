import SitegenText

/// Turns the body of a work item, as printed, into Markdown for cmark-gfm: `□` lines become
/// headings; `○ ◦ ◆ ① 1. 가.` start list items, `- － ·` items one level down and `▶ ▷ ➠ ▪ ∙ •`
/// two levels down; `※` notes become block quotes; tab and pipe tables become GFM tables;
/// lines without a mark continue the item above (PDF text wraps them). Markdown's own
/// punctuation in the text is escaped, so the report's words are never read as markup.
public struct NarrativeMarkdown {
    /// Lines to leave out (the budget tables, which the page shows from the parsed model).
    public var skippedLines: Set<Int>

    public init(skippedLines: Set<Int> = []) {
        self.skippedLines = skippedLines
    }

    private enum Block {
        case heading(String)
        case item(level: Int, text: String)
        case note(String)
        case paragraph(String)
        case table([[String]])

        /// Adds a wrapped line to an item, note or paragraph, in place: the block's text is
        /// taken out before it grows, so that a paragraph of many lines is not copied once a
        /// line (which made a 4.8 MB paragraph take 42 s).
        mutating func append(_ line: String) {
            switch self {
            case .item(let level, var text):
                self = .heading("")
                text += " " + line
                self = .item(level: level, text: text)
            case .paragraph(var text):
                self = .heading("")
                text += " " + line
                self = .paragraph(text)
            case .note(var text):
                self = .heading("")
                text += " " + line
                self = .note(text)
            case .heading, .table:
                break
            }
        }
    }

    public func markdown(body: [String], firstLine: Int) -> String {
        var blocks: [Block] = []
        var afterBlank = false
        var previousText = ""
        for (offset, raw) in body.enumerated() where !skippedLines.contains(firstLine + offset) {
            if raw.trimmedAll.isEmpty { afterBlank = true; continue }
            defer { afterBlank = false; previousText = raw.trimmedAll }
            if raw.has("\t") || raw.trimmedAll.hasPrefix("|") {
                let cells = raw.has("\t") ? LineShape.tabCells(raw) : LineShape.pipeCells(raw)
                guard let cells, !cells.isEmpty else { continue }
                let plain = cells.map(Self.stripTags)
                if case .table(var rows)? = blocks.last {
                    rows.append(plain)
                    blocks[blocks.count - 1] = .table(rows)
                } else {
                    blocks.append(.table([plain]))
                }
                continue
            }
            let (mark, text) = Self.split(raw)
            guard !text.isEmpty else { continue }
            switch mark {
            case .some(.heading):
                blocks.append(.heading(text))
            case .some(.note):
                blocks.append(.note(text))
            case .some(.item(let level)):
                blocks.append(.item(level: level, text: text))
            case .none:
                if Self.isCaption(text) {
                    blocks.append(afterBlank && text.count <= 12 ? .heading(text) : .paragraph(text))
                } else if !afterBlank || Self.wraps(previousText), let last = blocks.last, Self.continues(last) {
                    blocks[blocks.count - 1].append(text)
                } else {
                    blocks.append(.paragraph(text))
                }
            }
        }
        return render(blocks)
    }

    /// Whether a wrapped line can continue the block.
    private static func continues(_ block: Block) -> Bool {
        switch block {
        case .item, .paragraph, .note: return true
        case .heading, .table: return false
        }
    }

    /// A line PDF text broke in the middle of a sentence: long, and not ending like a sentence.
    static func wraps(_ line: String) -> Bool {
        guard line.count >= 28, let last = line.last else { return false }
        return !".)다함음임됨〉>".contains(last)
    }

    /// A short label of its own (`추진현황`, `〈 지원 기준 〉`, `사업개요`).
    static func isCaption(_ text: String) -> Bool {
        if let first = text.first, "〈<《【[".contains(first) { return true }
        return text.count <= 12 && !text.contains(where: { ".,:;·(".contains($0) })
    }

    private func render(_ blocks: [Block]) -> String {
        var out = MarkdownLines()
        var previousWasItem = false
        var openLevels: [Int] = []
        for block in blocks {
            switch block {
            case .heading(let text):
                out.blank()
                out.line("### " + Self.escape(text))
                out.blank()
                previousWasItem = false
            case .item(let level, let text):
                if !previousWasItem { out.blank(); openLevels = [] }
                // Levels as nested in this list, one step at a time: a deeper level than the list
                // has open would make a code block of it (`∙` points right after a caption,
                // 2022-07 lines 431-432).
                while let top = openLevels.last, top > level { openLevels.removeLast() }
                if openLevels.last != level { openLevels.append(level) }
                out.line(String(repeating: "  ", count: openLevels.count - 1) + "- " + Self.escape(text))
                previousWasItem = true
            case .note(let text):
                out.blank()
                out.line("> ※ " + Self.escape(text))
                out.blank()
                previousWasItem = false
            case .paragraph(let text):
                out.blank()
                out.line(Self.escape(text))
                out.blank()
                previousWasItem = false
            case .table(let rows):
                out.blank()
                let width = rows.map(\.count).max() ?? 0
                guard width > 0 else { continue }
                func row(_ cells: [String]) -> String {
                    let padded = cells + Array(repeating: "", count: width - cells.count)
                    return "| " + padded.map { Self.escape($0) }.joined(separator: " | ") + " |"
                }
                out.line(row(rows[0]))
                out.line("|" + Array(repeating: " --- |", count: width).joined())
                for cells in rows.dropFirst() { out.line(row(cells)) }
                out.blank()
                previousWasItem = false
            }
        }
        return out.text.trimmedAll + "\n"
    }

    /// Markdown written a line at a time, with never more than one blank line in a row (blocks
    /// each ask for a blank line before and after them).
    private struct MarkdownLines {
        var text = ""

        mutating func line(_ line: String) {
            text += line
            text += "\n"
        }

        mutating func blank() {
            guard !text.isEmpty, !text.utf8.reversed().starts(with: [0x0A, 0x0A]) else { return }
            text += "\n"
        }
    }

    enum Mark: Equatable {
        case heading
        case note
        case item(Int)
    }

    /// The line's mark and its text without the mark (and without Markdown `#` or `- `).
    static func split(_ raw: String) -> (Mark?, String) {
        var text = Substring(raw.trimmedAll)
        var headingHashes = false
        while text.first == "#" { text = text.dropFirst(); headingHashes = true }
        text = text.drop { $0.isWhitespace }
        var markdownBullet = false
        // Asked of the bytes first: the generic `hasPrefix` on a substring was a sixth of `split`.
        if text.utf8.starts(with: "- ".utf8), text.hasPrefix("- ") { text = text.dropFirst(2); markdownBullet = true }
        text = text.drop { $0.isWhitespace }
        guard let first = text.unicodeScalars.first else { return (markdownBullet ? .item(raw.leadingSpaces / 2) : nil, "") }
        // Most lines start with a Hangul syllable, which is none of the marks below: only a
        // Korean list number (`가.`, `나)`) can still make them an item.
        if !headingHashes, !markdownBullet, (0xAC00...0xD7A3).contains(first.value), !Self.mayStartNumbered(text) {
            return (nil, String(text))
        }
        let indent = raw.leadingSpaces / 2
        let rest = { (count: Int) in String(text.dropFirst(count)).trimmedAll }
        if first == "□" || first == "■" { return (.heading, rest(1)) }
        if LineShape.isPrivateUse(first) {
            let body = String(text.unicodeScalars.drop { LineShape.isPrivateUse($0) || $0.properties.isWhitespace })
            // A short label (` 사업개요`) is a heading; a longer line is a point of its own, so
            // that two objectives printed one under the other stay apart (2022-07 lines 281-282).
            return (body.count <= 16 ? .heading : .item(indent), body)
        }
        if first == "※" { return (.note, rest(1)) }
        if ["○", "◦", "◆", "◇", "●", "ㅇ"].contains(first) { return (.item(indent), rest(1)) }
        if WorkItemParser.circledDigits[first] != nil { return (.item(indent), String(text)) }
        if ["-", "－", "·", "‣", "ㆍ"].contains(first) { return (.item(1 + indent), rest(1)) }
        // `*` is a mark only before a space: `**…**` is the report's own emphasis (2019 line 410).
        let asteriskMark = first == "*" && text.dropFirst().first?.isWhitespace == true
        if ["▶", "▷", "➠", "▪", "∙", "•", "＊", "⇒", "→", "✓", "‣"].contains(first) || asteriskMark { return (.item(2), rest(1)) }
        if Self.mayStartNumbered(text), text.prefixMatch(of: Patterns.listNumber) != nil { return (.item(indent), String(text)) }
        if headingHashes { return (.heading, String(text)) }
        if markdownBullet { return (.item(indent), String(text)) }
        return (nil, String(text))
    }

    /// Whether the second or third character is `.` or `)`, which `Patterns.listNumber` needs
    /// (the regular expression on every unmarked line was a sixth of making the Markdown).
    static func mayStartNumbered(_ text: Substring) -> Bool {
        text.prefix(3).dropFirst().contains { $0 == "." || $0 == ")" }
    }

    static func stripTags(_ text: String) -> String {
        // Most cells have no tag: only those go through Foundation's regular expression.
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text.whitespaceTokens.joined(separator: " ") }
        return text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression).whitespaceTokens.joined(separator: " ")
    }

    /// The ASCII marks Markdown reads as markup: `\\` `` ` `` `*` `_` `[` `]` `<` `>` `#` `~` `|` `!`.
    private static func isMarkdownMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "|"), UInt8(ascii: "!"):
            return true
        default:
            return false
        }
    }

    /// Backslash-escapes the characters Markdown would read as markup.
    static func escape(_ text: String) -> String {
        // On the UTF-8 bytes: the marks are all ASCII (character by character, a 4.8 MB
        // paragraph spent most of its rendering here). Text without a mark, most of it, is
        // kept as it is rather than copied byte by byte.
        var result = text
        let marked = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isMarkdownMark) } ?? text.utf8.contains(where: isMarkdownMark)
        if marked {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count + 16)
            for byte in text.utf8 {
                if isMarkdownMark(byte) { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            result = String(decoding: bytes, as: UTF8.self)
        }
        // A block that starts like a list or a heading underline (`2018. …`, `+`, `-`, `=`).
        // Asked of the first byte before the first character (most text starts with Hangul).
        guard let byte = result.utf8.first, byte < 0x80 else { return result }
        if result.first?.isASCIIDigit == true, let match = result.prefixMatch(of: Patterns.leadingOrdinal) {
            result.insert("\\", at: match.output.1.startIndex)
        } else if let first = result.first, "+-=".contains(first) {
            result.insert("\\", at: result.startIndex)
        }
        return result
    }
}

import Foundation

private extension String {
    /// The spaces a line starts with (characters, so a space a combining mark follows is not one).
    var leadingSpaces: Int { prefix { $0 == " " }.count }
}

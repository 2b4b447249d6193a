import SitegenText
import SitegenSite

/// The source view's list: a line of markup per line of the archived report, each with an
/// anchor to link to (`#L12`) and its text as readers see it (`Reading`). Lean, as a report's
/// every line is one: `<li id="L12">text` and the line feed, the item's end tag left out as
/// HTML allows (its line feed ends the line in the list's `pre-wrap` and adds no line of its
/// own); an empty line (two in five of a report's) is `<li id="L12"></li>`. The style sheet
/// draws every number (`li::before`, a counter), and the site's script makes a click on a
/// number go to its line (Shift-click: a range): a link a line was 23 MB of a 1,200-release
/// site. Without the script the numbers show, and every line is still its own address.
enum SourceListing {
    /// One line, as the list shows it.
    static func line(number: Int, text: String) -> HTML {
        let anchor = SiteMap.lineAnchor(number)
        if text.isEmpty {
            return """
            <li id="\(anchor)"></li>

            """
        }
        return """
        <li id="\(anchor)">\(Reading.text(text))

        """
    }

    /// Every line of `text`, each as `line(number:text:)` makes it, but written as bytes into one
    /// buffer, escaping and the reader's mapping done in one pass over the line's bytes: no string
    /// and no `HTML` value a line. The only markup written so: made a line at a time by `line`,
    /// the source view took 3.6-4.2 % of a clean 602-release build's perf samples against
    /// 2.0-2.1 % so (three runs each; about 0.25 s of the build's 13 s of CPU). `line` stays as
    /// the test's oracle.
    /// `pageStarts` (line → physical page of the original) adds a `#page-N` anchor where each
    /// page of an imported PDF starts.
    static func lines(of text: String, pageStarts: [Int: Int] = [:]) -> HTML {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count * 3)
        var number = 0
        SourceLine.forEachLine(of: text) { text in
            number += 1
            // Both small strings, held inline: no allocation a line.
            let anchor = SiteMap.lineAnchor(number)
            let page = pageStarts[number]
            append("<li id=\"", to: &bytes); Escape.append(anchor, to: &bytes)
            if page == nil, text.isEmpty {
                // An empty line: its anchor and its end tag (its line feed would be its text).
                append("\"></li>\n", to: &bytes)
                return
            }
            append("\">", to: &bytes)
            if let page {
                let shown = String(page)
                append("<span class=\"page-start\" id=\"page-", to: &bytes); Escape.append(shown, to: &bytes)
                append("\">원문 ", to: &bytes); Escape.append(shown, to: &bytes); append("쪽</span>", to: &bytes)
            }
            appendReading(text, to: &bytes)
            append("\n", to: &bytes)
        }
        return HTML(trustedBytes: bytes)
    }

    private static func append(_ markup: StaticString, to bytes: inout [UInt8]) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Report text as `Reading.text` shows it, escaped. The bytes must be whole UTF-8 scalars;
    /// runs of bytes that need nothing are copied whole (most of a report's bytes: Hangul).
    private static func appendReading(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var run = 0
        var index = 0
        while index < text.count {
            let replacement: StaticString
            let length: Int
            let byte = text[index]
            if byte < 0x80, let entity = Escape.entity(byte) {
                (replacement, length) = (entity, 1)
            } else if byte >= 0xE2, let shown = Reading.mapped(text, at: index) {
                (replacement, length) = (shown, 3)
            } else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run..<index]))
            append(replacement, to: &bytes)
            index += length
            run = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[run...]))
    }
}

import Crypto
import Foundation
import SitegenText
import SitegenContent
import SitegenSite

/// An Atom feed (RFC 4287), written with the same escaping type as the pages.
struct AtomFeed {
    struct Entry {
        var title: String
        /// Site path of the entry's page (with an optional `#fragment`).
        var path: String
        var month: YearMonth
        var summary: String
    }

    var path: String
    var title: String
    var subtitle: String
    /// Site path of the page the feed follows.
    var page: String
    var entries: [Entry]
    var config: SiteConfig

    var file: OutputFile {
        let linker = Linker.feed(config: config, path: path)
        let updated = entries.map(\.month).max().map(Self.timestamp) ?? "2000-01-01T00:00:00Z"
        let items: [HTML] = entries.sorted { ($0.month, $0.path) > ($1.month, $1.path) }.map { entry in
            """
              <entry>
                <id>\(Self.id(entry.path))</id>
                <title>\(entry.title)</title>
                <link rel="alternate" type="text/html" href="\(linker.href(entry.path))"/>
                <updated>\(Self.timestamp(entry.month))</updated>
                <summary>\(entry.summary)</summary>
              </entry>

            """
        }
        let xml: HTML = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">
          <id>\(Self.id(path))</id>
          <title>\(title)</title>
          <subtitle>\(subtitle)</subtitle>
          <link rel="self" type="application/atom+xml" href="\(linker.href(path))"/>
          <link rel="alternate" type="text/html" href="\(linker.href(page))"/>
          <updated>\(updated)</updated>
          <author><name>\(Layout.siteName)</name></author>
        \(items)</feed>

        """
        return OutputFile(path: path, text: Self.xmlCharacters(xml.markup))
    }

    /// XML 1.0 forbids control characters other than tab and line ends, even escaped: each becomes a space.
    static func xmlCharacters(_ text: String) -> String {
        // Feeds hardly ever hold one: the bytes are looked at first (U+FFFE and U+FFFF are
        // EF BF BE and EF BF BF), and the scalars rebuilt only when one is there.
        let clean = text.utf8.withContiguousStorageIfAvailable { bytes in
            !bytes.indices.contains { i in
                (bytes[i] < 0x20 && bytes[i] != 0x09 && bytes[i] != 0x0A && bytes[i] != 0x0D)
                    || (bytes[i] == 0xEF && i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF))
            }
        }
        if clean == true { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { s in
            (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || s.value == 0xFFFE || s.value == 0xFFFF ? " " : s
        }))
    }

    /// Feeds are dated by the month of their releases: the first of the month, UTC.
    static func timestamp(_ month: YearMonth) -> String {
        month.description + "-01T00:00:00Z"
    }

    /// A stable id for a site path, whatever the host: a name-based (SHA-1) UUID URN.
    static func id(_ path: String) -> String {
        var bytes = Array(Insecure.SHA1.hash(data: Array(("sitegen:" + path).utf8)).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = Hex.encode(bytes)
        let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
        return "urn:uuid:" + parts.joined(separator: "-")
    }
}

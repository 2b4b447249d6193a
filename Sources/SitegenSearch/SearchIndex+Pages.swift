import SitegenText
import SitegenConcurrency
import SitegenSite

/// The index's files of ids (`search/p/…`): a piece's ids before the last page, which its
/// shard holds, `idsPerFile` a file. A list grows at its end, a page at a time, so a file is
/// the same from build to build while its ids are.
extension SearchIndex {
    /// A file of a piece's ids before its last page: where it starts in the list, how many
    /// ids it holds, and the key of what it holds.
    struct Page {
        var shard: Int
        var piece: UInt64
        var entry: Int
        var number: Int
        var start: SearchIdList.Cursor
        var count: Int
        var key: String
    }

    /// Every file of ids before a list's last page, its key made from its ids (read once, on
    /// all cores; the files are kept as places in the lists, not as ids).
    static func fullPages(_ shards: [[(piece: UInt64, ids: SearchIdList)]], layout: Layout) -> [Page] {
        Concurrently.map(stride(from: 0, to: shards.count, by: 64).map { first in
            {
                var pages: [Page] = []
                for shard in first..<min(first + 64, shards.count) {
                    for (entry, list) in shards[shard].enumerated() where list.ids.count > layout.idsPerPage {
                        var cursor = SearchIdList.Cursor()
                        let head = layout.head(list.ids.count)
                        for (number, first) in stride(from: 0, to: head, by: layout.idsPerFile).enumerated() {
                            let start = cursor
                            let ids = list.ids.ids(from: &cursor, count: min(layout.idsPerFile, head - first))
                            var key = DependencyKey("search-page")
                            key.add(pageName(shard, list.piece, number))
                            ids.withUnsafeBytes { key.add(bytes: $0) }
                            pages.append(Page(shard: shard, piece: list.piece, entry: entry, number: number, start: start,
                                              count: ids.count, key: key.digest))
                        }
                    }
                }
                return pages
            }
        }).flatMap { $0 }
    }

    static func pageName(_ shard: Int, _ piece: UInt64, _ number: Int) -> String {
        "p/\(shard)/\(String(piece >> 32, radix: 36))-\(String(piece & 0xFFFF_FFFF, radix: 36))-\(number)"
    }

    /// `p/<shard>/<a>-<b>-<k>.js`: the `k`th file of a piece's ids.
    func pageFile(_ page: Page) -> OutputFile {
        var cursor = page.start
        let ids = shards[page.shard][page.entry].ids.ids(from: &cursor, count: page.count)
        return Self.file(Self.pageName(page.shard, page.piece, page.number), data: "\"\(Self.encode(ids))\"")
    }
}

import SitegenText
import SitegenConcurrency
import SitegenSite

/// The index's full pages of ids (`search/p/…`): every page of a piece's list but its last,
/// which its shard holds. A page's file is the same from build to build while its ids are.
extension SearchIndex {
    /// A page of a piece's ids that is not its last: where it starts in the list, and the key
    /// of what its file holds.
    struct Page {
        var shard: Int
        var piece: UInt64
        var entry: Int
        var number: Int
        var start: SearchIdList.Cursor
        var key: String
    }

    /// Every full page that is not a list's last, its key made from its ids (read once, on all
    /// cores; the pages are kept as places in the lists, not as ids).
    static func fullPages(_ shards: [[(piece: UInt64, ids: SearchIdList)]]) -> [Page] {
        Concurrently.map(stride(from: 0, to: shards.count, by: 64).map { first in
            {
                var pages: [Page] = []
                for shard in first..<min(first + 64, shards.count) {
                    for (entry, list) in shards[shard].enumerated() where list.ids.count > idsPerPage {
                        var cursor = SearchIdList.Cursor()
                        for number in 0..<((list.ids.count - 1) / idsPerPage) {
                            let start = cursor
                            let ids = list.ids.ids(from: &cursor, count: idsPerPage)
                            var key = DependencyKey("search-page")
                            key.add(pageName(shard, list.piece, number))
                            ids.withUnsafeBytes { key.add(bytes: $0) }
                            pages.append(Page(shard: shard, piece: list.piece, entry: entry, number: number, start: start, key: key.digest))
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

    /// `p/<shard>/<a>-<b>-<k>.js`: a full page of a piece's ids.
    func pageFile(_ page: Page) -> OutputFile {
        var cursor = page.start
        let ids = shards[page.shard][page.entry].ids.ids(from: &cursor, count: Self.idsPerPage)
        return Self.file(Self.pageName(page.shard, page.piece, page.number), data: "\"\(Self.encode(ids))\"")
    }
}

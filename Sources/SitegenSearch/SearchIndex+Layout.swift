import SitegenSite

/// How the search index is cut into files. A query downloads the shard of each of its
/// two-letter pieces, a file of ids now and then, and the text file of each passage it checks;
/// larger files mean fewer files on the host and more bytes a query downloads, since a query's
/// ten results usually stand in ten different text files.
extension SearchIndex {
    package struct Layout: Sendable, Equatable {
        /// Passages of the releases a text file holds (the most files of the index).
        package var perFile: Int
        /// Passages of the site-wide part (programs, departments) a text file holds: the part
        /// every common query's first results come from, kept in smaller files.
        package var siteWidePerFile: Int
        /// Ids of each piece's list its shard holds: the list's last ids, the first a query walks.
        package var idsPerPage: Int
        /// Ids a file of a list's earlier ids holds (`p/`, loaded only for a query that walks on).
        package var idsPerFile: Int
        /// Shards are doubled from 16 until the shards' last pages average at most this many bytes.
        package var shardBytes: Int

        /// For most hosts: at 1,200 releases 14,497 files and 108 MB (2,048 shards, 1,343 files
        /// of ids, 11,106 text files), and the whole site 93,278 files. The largest first screen
        /// of `scripts/search-bytes`' 21 queries is 100 kB (32 kB gzipped) at 1,200 releases, 88 kB
        /// (29 kB) at 600; text files of 40 passages and shards half this size (41,411 files)
        /// downloaded up to 105 kB (24 kB), and text files of 120 passages with shards of 16 kB
        /// (9,462 files) up to 169 kB (54 kB): a query whose ten results stand in ten releases
        /// loads ten text files whatever their size, so their size is what it pays.
        package static let standard = Layout(perFile: 60, siteWidePerFile: 40, idsPerPage: 1024, idsPerFile: 8192, shardBytes: 8_000)

        /// For a host that allows few files (Cloudflare Pages' free plan: 20,000 for the whole
        /// site): at 600 releases 2,306 files and 53 MB (512 shards, 364 files of ids, 1,430
        /// text files), against 9,028 with `standard`; a first screen downloads up to 332 kB
        /// (94 kB gzipped), where `standard`'s largest is 88 kB (29 kB).
        package static let small = Layout(perFile: 240, siteWidePerFile: 80, idsPerPage: 4096, idsPerFile: 65_536, shardBytes: 32_000)

        /// The layout a host's profile takes: fewer, larger files for a small host.
        package static func forHost(_ profile: HostProfile) -> Layout {
            profile == .small ? .small : .standard
        }

        /// How many of a list's `count` ids stand before its last page, in files of ids.
        func head(_ count: Int) -> Int {
            count - ((count - 1) % idsPerPage + 1)
        }
    }
}

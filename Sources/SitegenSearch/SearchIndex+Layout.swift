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

        /// For most hosts: at 1,200 releases 9,462 files and 106 MB (1,024 shards, 2,833 files
        /// of ids, 5,605 text files; text files of 40 passages were 41,411 files and 116 MB).
        /// The price: a query whose ten results stand in ten text files downloads three times
        /// the passages it did, up to 188 kB for a first screen (54 kB gzipped) where 108 kB
        /// (24 kB) was the most.
        package static let standard = Layout(perFile: 120, siteWidePerFile: 40, idsPerPage: 1024, idsPerFile: 8192, shardBytes: 16_000)

        /// For a host that allows few files (Cloudflare Pages' free plan: 20,000 for the whole
        /// site): at 600 releases 2,306 files and 53 MB (512 shards, 364 files of ids, 1,430
        /// text files), against 5,248 with `standard`; a first screen downloads up to 332 kB
        /// (94 kB gzipped), twice `standard`'s 157 kB (50 kB).
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

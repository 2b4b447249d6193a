import Foundation
import SitegenText
import SitegenContent
import SitegenSite

/// An imported release's archival package: a BagIt bag (RFC 8493) zipped as
/// `/releases/<id>/<id>.bag.zip`, holding the original, report.txt, release.yml, the page map
/// and the release's model JSON. Byte-identical on every build: the files in a stated order,
/// every entry dated the first of the release's month, the bag dated by the release, not today.
public enum ReleaseBag {
    /// The fixed `Bag-Software-Agent`.
    public static let agent = "sitegen (issue 23 import archive)"

    public static func path(for id: String) -> String { "releases/\(id)/\(id).bag.zip" }

    /// The bag's files, `bagit.txt` first, paths inside the bag's folder.
    public static func files(release: Release, original: [UInt8], report: [UInt8], metadata: [UInt8],
                             pageMap: [UInt8]?, model: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        guard let record = release.metadata.original else { return [] }
        var payload: [(String, [UInt8])] = [("data/\(record.file)", original), ("data/report.txt", report),
                                            ("data/release.yml", metadata)]
        if let pageMap { payload.append(("data/pages.tsv", pageMap)) }
        payload.append(("data/\(release.id).json", model))
        payload.sort { $0.0 < $1.0 }
        let manifest = payload.map { "\(Hex.sha256($0.1))  \($0.0)\n" }.joined()
        let date = release.metadata.date
        let info = """
        Source-Organization: \(release.metadata.issuer)
        External-Identifier: \(release.id)
        Bagging-Date: \(date.year)-\(date.month < 10 ? "0" : "")\(date.month)-01
        Payload-Oxum: \(payload.map(\.1.count).reduce(0, +)).\(payload.count)
        Bag-Software-Agent: \(agent)

        """
        let tags: [(String, [UInt8])] = [("bagit.txt", Array("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".utf8)),
                                         ("bag-info.txt", Array(info.utf8)), ("manifest-sha256.txt", Array(manifest.utf8))]
        return (tags + payload).map { (path: $0.0, bytes: $0.1) }
    }

    /// The bag zipped under a folder named by the release id.
    public static func zip(_ files: [(path: String, bytes: [UInt8])], id: String, date: YearMonth) throws -> [UInt8] {
        try PackedFiles.zip(files.map { (name: "\(id)/\($0.path)", bytes: $0.bytes) }, year: date.year, month: date.month)
    }
}

import SitegenText
import SitegenSite

/// A table of a page offered as CSV beside the page, with the numbers as shown. The same
/// tables as JSON are in the release's model (`data/releases/<id>.json`), the data package and
/// the archive database; a JSON twin of every CSV was a fifth of a 1,200-release site's files
/// (their old addresses redirect to the CSV: `SiteRedirects`).
///
/// For a small host (`HostProfile.small`) a release page's tables are packed in the release's
/// `tables.zip`, and the pages below a release and the program pages offer no file of their
/// own: their rows are lines of the site's `whole` table (`data/budget-lines.csv`).
struct TableDownload {
    /// File name without extension, unique on its page (`table-1`).
    var name: String
    var header: [String]
    var rows: [[String]]
    /// The site's table that holds these rows, offered instead on a small host.
    var whole = "data/budget-lines.csv"

    func files(pagePath: String, profile: HostProfile) -> [OutputFile] {
        let pack: String?
        switch Self.place(of: pagePath, profile: profile) {
        case .beside: pack = nil
        case .packed(let zip): pack = zip
        case .whole: return []
        }
        let folder = pagePath.hasSuffix("/") ? pagePath : ""
        return [OutputFile(path: folder + name + ".csv", bytes: CSVText.bytes(header: header, rows: rows), pack: pack)]
    }

    func links(_ linker: Linker, pagePath: String) -> HTML {
        switch Self.place(of: pagePath, profile: linker.config.profile) {
        case .beside:
            return "<span class=\"downloads\">\(linker.link(pagePath + name + ".csv", "CSV"))</span>"
        case .packed(let zip):
            return "<span class=\"downloads\">\(linker.link(zip, "CSV")) <span class=\"unit\">(\(SiteMap.tablesZipName) 안의 \(name).csv)</span></span>"
        case .whole:
            return "<span class=\"downloads\">\(linker.link(whole, "CSV")) <span class=\"unit\">(사이트 전체의 \(String(whole.split(separator: "/").last ?? "")))</span></span>"
        }
    }

    enum Place: Equatable {
        case beside
        case packed(String)
        case whole
    }

    /// Where a page's tables go: beside it, except on a small host, where a release page packs
    /// them in the release's zip and the pages below a release and program pages have none.
    static func place(of pagePath: String, profile: HostProfile) -> Place {
        guard profile == .small else { return .beside }
        let parts = pagePath.split(separator: "/")
        guard parts.count >= 2, parts[0] == "releases" || parts[0] == "programs" else { return .beside }
        if parts[0] == "releases", parts.count == 2 { return .packed(SiteMap.tablesZip(String(parts[1]))) }
        return .whole
    }
}

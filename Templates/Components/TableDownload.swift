import SitegenText
import SitegenSite

/// A table of a page offered as CSV beside the page, with the numbers as shown. The same
/// tables as JSON are in the release's model (`data/releases/<id>.json`), the data package and
/// the archive database; a JSON twin of every CSV was a fifth of a 1,200-release site's files
/// (their old addresses redirect to the CSV: `SiteRedirects`).
struct TableDownload {
    /// File name without extension, unique on its page (`table-1`).
    var name: String
    var header: [String]
    var rows: [[String]]

    func files(pagePath: String) -> [OutputFile] {
        let folder = pagePath.hasSuffix("/") ? pagePath : ""
        return [OutputFile(path: folder + name + ".csv", bytes: CSVText.bytes(header: header, rows: rows))]
    }

    func links(_ linker: Linker, pagePath: String) -> HTML {
        "<span class=\"downloads\">\(linker.link(pagePath + name + ".csv", "CSV"))</span>"
    }
}

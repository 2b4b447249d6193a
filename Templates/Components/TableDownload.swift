import Foundation
import SitegenText
import SitegenSite

/// A table of a page offered as CSV and JSON beside the page, with the numbers as shown.
struct TableDownload {
    /// File name without extension, unique on its page (`table-1`).
    var name: String
    var header: [String]
    var rows: [[String]]

    func files(pagePath: String) -> [OutputFile] {
        let folder = pagePath.hasSuffix("/") ? pagePath : ""
        return [
            OutputFile(path: folder + name + ".csv", bytes: CSVText.bytes(header: header, rows: rows)),
            OutputFile(path: folder + name + ".json", bytes: JSONRows.file(header: header, rows: rows)),
        ]
    }

    func links(_ linker: Linker, pagePath: String) -> HTML {
        "<span class=\"downloads\">\(linker.link(pagePath + name + ".csv", "CSV")) · \(linker.link(pagePath + name + ".json", "JSON"))</span>"
    }
}

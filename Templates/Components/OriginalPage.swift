import SitegenContent
import SitegenSite

/// Where a line of an imported release lies in its published original: the physical page (what
/// PDF viewers open at `original.pdf#page=N`) and the number printed on it. Nothing for a
/// release without an original PDF and its page map.
struct OriginalPage {
    let physical: Int
    let printed: String?
    let path: String

    init?(line: Int, in release: Release) {
        guard let original = release.metadata.original, original.file.hasSuffix(".pdf"),
              let page = release.pages?.page(ofLine: line) else { return nil }
        physical = page.physical
        printed = page.printed
        path = SiteMap.original(release.id, file: original.file)
    }

    /// `원문 12쪽` linking to the page; the printed number beside it where it differs.
    func link(_ linker: Linker) -> HTML {
        let shown: HTML = printed.map { $0 == String(physical) ? "" : " (쪽번호 \($0))" } ?? ""
        return "<a class=\"original-page\" href=\"\(linker.href(path))#page=\(String(physical))\">원문 \(String(physical))쪽</a>\(shown)"
    }

    /// ` · 원문 12쪽` for a line of an imported PDF release; nothing otherwise.
    static func html(line: Int, in release: Release, _ linker: Linker) -> HTML {
        OriginalPage(line: line, in: release).map { " · \($0.link(linker))" } ?? ""
    }

    /// For a citation: `원문 PDF 12쪽(쪽번호 11)`.
    var citation: String {
        "원문 PDF \(physical)쪽" + (printed.map { $0 == String(physical) ? "" : "(쪽번호 \($0))" } ?? "")
    }

    /// Line → physical page, for the source view's page anchors (`#page-12`).
    static func starts(of release: Release) -> [Int: Int] {
        guard release.metadata.original != nil, let pages = release.pages else { return [:] }
        return Dictionary(pages.pages.map { ($0.line, $0.physical) }, uniquingKeysWith: { first, _ in first })
    }
}

import Foundation
import SitegenCore

/// `/programs/`: every program, in 가나다 order, grouped by initial consonant.
struct ProgramIndexPage {
    let site: SiteContent

    static let initials = ["ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]

    /// The initial consonant of a Hangul syllable; other letters group under `기타`.
    static func initial(_ name: String) -> String {
        guard let scalar = name.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return "기타" }
        guard (0xAC00...0xD7A3).contains(scalar.value) else { return "A–Z" }
        return initials[Int(scalar.value - 0xAC00) / 588]
    }

    var page: Page {
        let path = "programs/"
        let linker = Linker(config: site.config, pagePath: path)
        let sorted = site.programs.sorted { $0.names[0].compare($1.names[0], locale: Locale(identifier: "ko_KR")) == .orderedAscending }
        var groups: [(String, [ProgramHistory])] = []
        for program in sorted {
            let key = Self.initial(program.names[0])
            if groups.last?.0 == key { groups[groups.count - 1].1.append(program) } else { groups.append((key, [program])) }
        }
        let nav: [HTML] = groups.map { "<li><a href=\"#initial-\(Slug.href($0.0))\">\($0.0)</a></li>" }
        let sections: [HTML] = groups.map { key, programs in
            let items: [HTML] = programs.map { program in
                let releases = Set(program.appearances.map(\.release)).count
                return "<li>\(linker.link(SiteMap.program(program.slug), program.names[0])) <span class=\"muted\">보고서 \(releases)건</span></li>\n"
            }
            return "<h2 id=\"initial-\(key)\">\(key)</h2>\n<ul class=\"index\">\n\(items)</ul>\n"
        }
        return Page(path: path, title: "세부사업 가나다 색인",
                    description: "모든 보고서에 실린 세부사업 \(site.programs.count)개를 가나다순으로.",
                    trail: [("", "보고서")],
                    body: "<p>보고서에 실린 세부사업 \(site.programs.count)개입니다. 이름(띄어쓰기와 문장부호를 뺀)이 같으면 보고서가 달라도 한 사업으로 묶었습니다.</p>\n<nav class=\"statuses\" aria-label=\"첫 자음\"><ul>\(nav)</ul></nav>\n\(sections)")
    }
}

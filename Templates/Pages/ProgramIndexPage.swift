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

    /// The index grouped by initial consonant, with a jump list.
    func sections(_ linker: Linker, headingLevel: Int) -> HTML {
        let sorted = site.programs.sorted { $0.names[0].compare($1.names[0], locale: Locale(identifier: "ko_KR")) == .orderedAscending }
        var groups: [(String, [ProgramHistory])] = []
        for program in sorted {
            let key = Self.initial(program.names[0])
            if groups.last?.0 == key { groups[groups.count - 1].1.append(program) } else { groups.append((key, [program])) }
        }
        let nav: [HTML] = groups.map { "<li><a href=\"#initial-\(Slug.href($0.0))\">\($0.0)</a></li>" }
        let parts: [HTML] = groups.map { key, programs in
            let items: [HTML] = programs.map { program in
                "<li>\(linker.link(SiteMap.program(program.slug), program.names[0])) <span class=\"muted\">보고서 \(program.releases.count)건</span></li>\n"
            }
            return "<h\(headingLevel) id=\"initial-\(key)\">\(key)</h\(headingLevel)>\n<ul class=\"index\">\n\(items)</ul>\n"
        }
        return "<nav class=\"statuses\" aria-label=\"첫 자음\"><ul>\(nav)</ul></nav>\n\(parts)"
    }

    var page: Page {
        let path = "programs/"
        let linker = Linker(config: site.config, pagePath: path)
        return Page(path: path, title: "세부사업 가나다 색인",
                    description: "모든 보고서에 실린 세부사업 \(site.programs.count)개를 가나다순으로.",
                    trail: [("", "보고서")],
                    body: "<p>보고서에 실린 세부사업 \(site.programs.count)개입니다. 같은 계보의 보고서에서 이름(띄어쓰기와 문장부호를 뺀)이 같거나, content/lineage.yml의 별칭이거나, OCR 오류로 보이는 작은 차이만 있고 예산액이 맞으면 한 사업으로 묶었습니다. \(linker.link(SiteMap.search, "찾기"))</p>\n\(sections(linker, headingLevel: 2))")
    }
}

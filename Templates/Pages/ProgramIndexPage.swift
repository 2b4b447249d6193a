import SitegenText
import SitegenSite
import SitegenSearch

/// The 가나다 index of programs, one page per initial consonant so that no page grows with the
/// archive: `programs/` lists the consonants with their counts, `programs/initial/<name>/` the
/// programs of one (`ㄲ` under `ㄱ`, `ㄸ` under `ㄷ` …; names not starting with Hangul under 기타).
struct ProgramIndexPage {
    let site: SiteContent

    /// One page of the index: the consonant as shown and the romanised name in its URL.
    struct Initial: Equatable {
        var letter: String
        var name: String
        var path: String { SiteMap.programInitial(name) }
    }

    static let initials: [Initial] = [
        ("ㄱ", "giyeok"), ("ㄴ", "nieun"), ("ㄷ", "digeut"), ("ㄹ", "rieul"), ("ㅁ", "mieum"),
        ("ㅂ", "bieup"), ("ㅅ", "siot"), ("ㅇ", "ieung"), ("ㅈ", "jieut"), ("ㅊ", "chieut"),
        ("ㅋ", "kieuk"), ("ㅌ", "tieut"), ("ㅍ", "pieup"), ("ㅎ", "hieut"), ("기타", "other"),
    ].map { Initial(letter: $0.0, name: $0.1) }

    /// The 19 initial jamo of Unicode's syllable order, each with its page (doubled ones fold in).
    private static let pageOfJamo = [0, 0, 1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 8, 8, 9, 10, 11, 12, 13]

    /// The position in `initials` of the page that lists a program name.
    static func initial(of name: String) -> Int {
        guard let scalar = name.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
              (0xAC00...0xD7A3).contains(scalar.value) else { return initials.count - 1 }
        return pageOfJamo[Int(scalar.value - 0xAC00) / 588]
    }

    /// Every program, in 가나다 order (Hangul syllables are encoded in that order; spaces and
    /// punctuation do not count), split by page.
    static func grouped(_ programs: [ProgramHistory]) -> [[ProgramHistory]] {
        let keyed = programs.map { (key: Array(Slug.make($0.names[0]).unicodeScalars.lazy.filter { $0 != "-" }.map(\.value)), program: $0) }
        let sorted = keyed.sorted { a, b in
            a.key != b.key ? a.key.lexicographicallyPrecedes(b.key) : a.program.names[0].unicodeScalars.lexicographicallyPrecedes(b.program.names[0].unicodeScalars)
        }
        var groups = [[ProgramHistory]](repeating: [], count: initials.count)
        for entry in sorted { groups[initial(of: entry.program.names[0])].append(entry.program) }
        return groups
    }

    /// The list of consonants, each linking to its page with the number of programs on it.
    static func navigation(_ groups: [[ProgramHistory]], linker: Linker, current: Int? = nil) -> HTML {
        let items: [HTML] = zip(initials, groups).enumerated().map { position, pair in
            let (initial, programs) = pair
            if position == current { return "<li><strong aria-current=\"page\">\(initial.letter)</strong> <span class=\"muted\">\(programs.count)</span></li>" }
            return "<li>\(linker.link(initial.path, initial.letter)) <span class=\"muted\">\(programs.count)</span></li>"
        }
        return "<nav class=\"statuses\" aria-label=\"첫 자음\"><ul>\(items)</ul></nav>\n"
    }

    /// `programs/`: what the index is and the consonants.
    func page(groups: [[ProgramHistory]]) -> Page {
        let path = SiteMap.programIndex
        let linker = Linker(config: site.config, pagePath: path)
        return Page(path: path, title: "세부사업 가나다 색인",
                    description: "모든 보고서에 실린 세부사업 \(site.programs.count)개를 가나다순으로.",
                    trail: [("", "보고서")],
                    body: "<p>보고서에 실린 세부사업 \(site.programs.count)개입니다. 같은 계보의 보고서에서 이름(띄어쓰기와 문장부호를 뺀)이 같거나, 편집자가 원문과 대조해 정한 별칭이거나, OCR 오류로 보이는 작은 차이만 있고 예산액이 맞으면 한 사업으로 묶었습니다. 첫 자음을 고르세요. \(linker.link(SiteMap.search, "찾기"))</p>\n\(Self.navigation(groups, linker: linker))")
    }

    /// `programs/initial/<name>/`: the programs of one consonant.
    func page(initial position: Int, groups: [[ProgramHistory]]) -> Page {
        let initial = Self.initials[position]
        let path = initial.path
        let linker = Linker(config: site.config, pagePath: path)
        let programs = groups[position]
        let items: [HTML] = programs.map { program in
            "<li>\(linker.link(SiteMap.program(program.slug), program.names[0])) <span class=\"muted\">보고서 \(program.releases.count)건</span></li>\n"
        }
        let list: HTML = programs.isEmpty ? "<p>이 자음으로 시작하는 세부사업은 없습니다.</p>\n" : "<ul class=\"index\">\n\(items)</ul>\n"
        return Page(path: path, title: "세부사업 가나다 색인: \(initial.letter)",
                    description: "세부사업 가나다 색인의 ‘\(initial.letter)’ 쪽: \(programs.count)개.",
                    trail: [("", "보고서"), (SiteMap.programIndex, "세부사업")],
                    body: "\(Self.navigation(groups, linker: linker, current: position))\(list)")
    }
}

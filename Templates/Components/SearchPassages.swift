import SitegenCore

/// What the search finds: documents (a program, a department, a work item, a council demand,
/// a finding), each cut into short passages, so that a result can show the passage that
/// matched. Passages are numbered in the order results are listed: programs, departments,
/// then the releases newest first (work items with their bodies, demands with their actions,
/// findings).
struct SearchPassages {
    struct Document {
        var kind: String
        var title: String
        var path: String
        var context: String
    }

    struct Passage {
        var document: Int
        var text: String
    }

    private(set) var documents: [Document] = []
    private(set) var passages: [Passage] = []

    /// Passages hold at most this many characters; longer text is cut at spaces, each piece
    /// repeating the last words of the one before, so that a short query cut in two by the
    /// split is still found whole in the next piece.
    static let passageLength = 160
    static let overlap = 24

    init(site: SiteContent) {
        for program in site.programs {
            let releases = program.releases.map { site.releases[$0].release.metadata.date.description }
            add(Document(kind: "세부사업", title: program.names[0], path: SiteMap.program(program.slug),
                         context: "보고서 \(releases.count)건 (\(releases.first ?? "")–\(releases.last ?? ""))"),
                texts: [program.names.joined(separator: " · ")])
        }
        for lineage in site.departmentLineages {
            let names = Array(Set(lineage.appearances.map(\.name))).sorted()
            add(Document(kind: "부서", title: lineage.name, path: SiteMap.departmentLineage(lineage.slug),
                         context: "보고서 \(lineage.appearances.count)건"), texts: [names.joined(separator: " · ")])
        }
        for index in site.releases.reversed() {
            let release = index.release
            let from = "\(release.metadata.title) · \(Format.month(release.metadata.date))"
            for item in release.report.workItems {
                add(Document(kind: "주요업무", title: "\(item.number). \(item.title)", path: SiteMap.item(release.id, number: item.number), context: from),
                    texts: [item.title] + Self.paragraphs(item.body))
            }
            for demand in release.report.audit?.items ?? [] {
                let title = demand.demand.count > 90 ? String(demand.demand.prefix(89)) + "…" : demand.demand
                add(Document(kind: "시의회 요구사항", title: title, path: SiteMap.audit(release.id) + "#demand-\(demand.number)",
                             context: "\(demand.status.rawValue) · \(demand.departments.joined(separator: ", ")) · \(from)"),
                    texts: [demand.demand] + demand.actions)
            }
            for (position, finding) in release.report.findings.enumerated() {
                add(Document(kind: "점검 결과", title: "\(FindingList.label(finding.kind)) · \(finding.line)행",
                             path: SiteMap.finding(release.id, number: position + 1), context: from),
                    texts: [finding.message])
            }
        }
    }

    private mutating func add(_ document: Document, texts: [String]) {
        documents.append(document)
        for text in texts {
            for piece in Self.pieces(text) { passages.append(Passage(document: documents.count - 1, text: piece)) }
        }
    }

    /// A body as printed, in paragraphs: wrapped lines joined, a new paragraph at a blank line
    /// or a line that opens with a mark (`□ ○ - ※ 1.` …); table rows one a paragraph.
    static func paragraphs(_ body: [String]) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        func close() {
            if !current.isEmpty { result.append(current.joined(separator: " ")) }
            current = []
        }
        for line in body {
            let words = line.split(whereSeparator: { $0.isWhitespace || $0 == "|" })
            guard let first = words.first?.unicodeScalars.first else { close(); continue }
            if line.contains("\t") || line.contains("|") {
                close()
                result.append(words.joined(separator: " "))
                continue
            }
            if !first.properties.isAlphabetic || first.properties.numericType != nil { close() }
            current += words
        }
        close()
        return result
    }

    /// The text cut at spaces into pieces of at most `passageLength` characters (a word longer
    /// than that is cut where it must), consecutive pieces overlapping by about `overlap`.
    static func pieces(_ text: String) -> [String] {
        let characters = Array(text)
        guard characters.count > passageLength else { return text.allSatisfy(\.isWhitespace) ? [] : [text] }
        var result: [String] = []
        var start = 0
        while start < characters.count {
            var end = min(start + passageLength, characters.count)
            if end < characters.count, let space = characters[(start + passageLength / 2)..<end].lastIndex(where: \.isWhitespace) {
                end = space
            }
            var low = start
            var high = end
            while low < high, characters[low].isWhitespace { low += 1 }
            while high > low, characters[high - 1].isWhitespace { high -= 1 }
            if low < high { result.append(String(characters[low..<high])) }
            guard end < characters.count else { break }
            var next = max(end - overlap, start + 1)
            if let space = characters[next..<end].firstIndex(where: \.isWhitespace) { next = space + 1 }
            start = next
        }
        return result
    }
}

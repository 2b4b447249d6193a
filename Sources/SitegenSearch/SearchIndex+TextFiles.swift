import SitegenText
import SitegenSite

/// The index's text files (`search/t/…`): `perFile` passages each, with their documents.
extension SearchIndex {
    var textFileCount: Int {
        (passages.count + Self.perFile - 1) / Self.perFile
    }

    func textRange(_ number: Int) -> Range<Int> {
        number * Self.perFile..<min((number + 1) * Self.perFile, passages.count)
    }

    /// The key of text file `number`: what it holds. A release's passages stand in it by the
    /// release's content key and where they are in its part; other passages are read whole,
    /// with their documents.
    func textKey(_ number: Int) -> String {
        let range = textRange(number)
        var key = DependencyKey("search-text")
        key.add(number)
        var keyed: [Bool] = []
        keyed.reserveCapacity(range.count)
        for part in passages.parts where part.passages.overlaps(range) {
            let held = part.passages.clamped(to: range)
            keyed += repeatElement(part.key != nil, count: held.count)
            guard let partKey = part.key else { continue }
            key.add("r")
            key.add(partKey)
            key.add(held.lowerBound - part.passages.lowerBound)
            key.add(held.count)
        }
        var local: [Int32: Int] = [:]
        for passage in range {
            let document = passages.documentOf[passage]
            let position = local[document] ?? local.count
            let seen = local[document] != nil
            local[document] = position
            guard !keyed[passage - range.lowerBound] else { continue }
            if !seen {
                let shown = passages.documents[Int(document)]
                key.add("d")
                for field in [shown.kind, shown.title, shown.path, shown.context] { key.add(field) }
            }
            key.add("p")
            key.add(position)
            key.add(bytes: passages.utf8(passage))
        }
        return key.digest
    }

    /// `t/<number>.js`: the passages of text file `number` with their documents.
    func textFile(_ number: Int) -> OutputFile {
        // Written straight into bytes: each passage's text is copied once, escaped, into
        // the file (as strings joined, the file was made three times over).
        let range = textRange(number)
        var local: [Int32: Int] = [:]
        var documents: [UInt8] = []
        var texts: [UInt8] = []
        texts.reserveCapacity(passages.utf8(range.lowerBound).count * range.count * 5 / 4)
        for passage in range {
            let document = passages.documentOf[passage]
            let position = local[document] ?? {
                let shown = passages.documents[Int(document)]
                documents.append(contentsOf: documents.isEmpty ? "[".utf8 : ",[".utf8)
                for (field, text) in [shown.kind, shown.title, shown.path, shown.context].enumerated() {
                    if field > 0 { documents.append(UInt8(ascii: ",")) }
                    JSONString.append(text, to: &documents, .insideScript)
                }
                documents.append(UInt8(ascii: "]"))
                local[document] = local.count
                return local.count - 1
            }()
            texts.append(contentsOf: texts.isEmpty ? "[".utf8 : ",[".utf8)
            texts.append(contentsOf: String(position).utf8)
            texts.append(UInt8(ascii: ","))
            JSONString.append(utf8: passages.utf8(passage), to: &texts, .insideScript)
            texts.append(UInt8(ascii: "]"))
        }
        return Self.file("t/\(number)", data: [Array("{\"d\":[".utf8), documents, Array("],\"p\":[".utf8), texts, Array("]}".utf8)])
    }
}

import SitegenText
import SitegenSite

/// The index's text files (`search/t/…`): the releases' passages `perFile` a file, then the
/// site-wide ones (programs, departments) `siteWidePerFile` a file, each with its documents.
extension SearchIndex {
    /// The first site-wide passage: the releases' passages stand below it.
    var siteWideStart: Int {
        passages.parts.last?.passages.lowerBound ?? 0
    }

    private var releaseFileCount: Int {
        (siteWideStart + layout.perFile - 1) / layout.perFile
    }

    var textFileCount: Int {
        releaseFileCount + (passages.count - siteWideStart + layout.siteWidePerFile - 1) / layout.siteWidePerFile
    }

    func textRange(_ number: Int) -> Range<Int> {
        guard number >= releaseFileCount else {
            return number * layout.perFile..<min((number + 1) * layout.perFile, siteWideStart)
        }
        let first = siteWideStart + (number - releaseFileCount) * layout.siteWidePerFile
        return first..<min(first + layout.siteWidePerFile, passages.count)
    }

    /// The key of text file `number`: what it holds. A release's passages stand in it by the
    /// release's content key and where they are in its part; other passages are read whole,
    /// with their documents.
    func textKey(_ number: Int) -> String {
        let range = textRange(number)
        var key = DependencyKey("search-text-2")
        key.add(profile.rawValue)
        key.add(number)
        key.add(range.lowerBound)
        key.add(range.count)
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
        // A release's text file is keyed by its releases alone: its passages are not read.
        guard keyed.contains(false) else { return key.digest }
        let window = passages.window(range)
        var local: [Int32: Int] = [:]
        for passage in range {
            let document = window.document(of: passage)
            let position = local[document] ?? local.count
            let seen = local[document] != nil
            local[document] = position
            guard !keyed[passage - range.lowerBound] else { continue }
            if !seen {
                let shown = window.shown(of: passage)
                key.add("d")
                for field in [shown.kind, shown.title, shown.path, shown.context, shown.release?.path ?? "", shown.release?.from ?? ""] {
                    key.add(field)
                }
            }
            key.add("p")
            key.add(position)
            key.add(bytes: window.utf8(passage))
        }
        return key.digest
    }

    /// `t/<number>.js`: the passages of text file `number` (`p`: each its document's number in
    /// the file and its text, left out where it is the document's title), their documents
    /// (`d`: kind by number, title, path, context; a release's document its path and context
    /// without the release's and the number of the release in `r`) and their releases (`r`:
    /// path, title and date). `window` holds at least the file's passages.
    func textFile(_ number: Int, in window: SearchPassages.Window) -> OutputFile {
        // Written straight into bytes: each passage's text is copied once, escaped, into
        // the file (as strings joined, the file was made three times over).
        let range = textRange(number)
        var local: [Int32: Int] = [:]
        var releases: [String: Int] = [:]
        var releaseList: [UInt8] = []
        var documents: [UInt8] = []
        var texts: [UInt8] = []
        texts.reserveCapacity(window.utf8(range.lowerBound).count * range.count * 5 / 4)
        for passage in range {
            let document = window.document(of: passage)
            let shown = window.shown(of: passage)
            let position = local[document] ?? {
                documents.append(contentsOf: documents.isEmpty ? "[".utf8 : ",[".utf8)
                documents.append(contentsOf: String(Self.kinds.firstIndex(of: shown.kind)!).utf8)
                let path = profile.address(shown.path)
                var fields = [shown.title, path, shown.context]
                var release: Int?
                if let of = shown.release {
                    release = releases[of.path] ?? {
                        releaseList.append(contentsOf: releaseList.isEmpty ? "[".utf8 : ",[".utf8)
                        JSONString.append(of.path, to: &releaseList, .insideScript)
                        releaseList.append(UInt8(ascii: ","))
                        JSONString.append(of.from, to: &releaseList, .insideScript)
                        releaseList.append(UInt8(ascii: "]"))
                        releases[of.path] = releases.count
                        return releases.count - 1
                    }()
                    fields[1] = String(path.dropFirst(of.path.count))
                    fields[2] = shown.context == of.from ? "" : String(shown.context.dropLast(" · ".count + of.from.count))
                }
                for field in fields {
                    documents.append(UInt8(ascii: ","))
                    JSONString.append(field, to: &documents, .insideScript)
                }
                if let release { documents.append(contentsOf: ",\(release)".utf8) }
                documents.append(UInt8(ascii: "]"))
                local[document] = local.count
                return local.count - 1
            }()
            texts.append(contentsOf: texts.isEmpty ? "[".utf8 : ",[".utf8)
            texts.append(contentsOf: String(position).utf8)
            let text = window.utf8(passage)
            if !text.elementsEqual(shown.title.utf8) {
                texts.append(UInt8(ascii: ","))
                JSONString.append(utf8: text, to: &texts, .insideScript)
            }
            texts.append(UInt8(ascii: "]"))
        }
        return Self.file("t/\(number)", data: [Array("{\"r\":[".utf8), releaseList, Array("],\"d\":[".utf8), documents,
                                                Array("],\"p\":[".utf8), texts, Array("]}".utf8)])
    }
}

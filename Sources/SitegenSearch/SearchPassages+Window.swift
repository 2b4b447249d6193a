import SitegenText

/// Reading the site's passages where they are used: a text file's passages with their parts
/// read once (`window`), or every passage of a range a part at a time (`forEach`), each part
/// let go when done (a release's part is read back from the build cache: `Part`).
extension SearchPassages {
    /// The passages of `range` (of the site's numbering), the parts they are in read once: what
    /// a job of the index's text files reads.
    func window(_ range: Range<Int>) -> Window {
        Window(parts: heldParts(overlapping: range).map { part in
            Window.Placed(start: heldStarts[part], documentStart: heldDocumentStarts[part], passages: held[part].passages)
        })
    }

    /// Each passage of `range` with its UTF-8, a part read at a time and let go before the next.
    func forEach(in range: Range<Int>, _ body: (Int, ArraySlice<UInt8>) -> Void) {
        for part in heldParts(overlapping: range) {
            let passages = held[part].passages, start = heldStarts[part]
            let first = max(start, range.lowerBound), end = min(start + passages.count, range.upperBound)
            for n in first..<max(first, end) {
                body(n, passages.ownUTF8(passages.count - 1 - (n - start)))
            }
        }
    }

    /// The held parts that hold a passage of `range`.
    private func heldParts(overlapping range: Range<Int>) -> Range<Int> {
        precondition(!held.isEmpty || range.isEmpty, "the site's passages")
        guard !range.isEmpty else { return held.count..<held.count }
        return heldPart(containing: range.lowerBound)..<heldStarts.prefixEnd { $0 < range.upperBound }
    }

    /// Passage `n`'s UTF-8, its document's number and the document (its part read for it alone).
    func passage(_ n: Int) -> (utf8: ArraySlice<UInt8>, document: Int32, shown: Document) {
        let window = window(n..<n + 1)
        return (window.utf8(n), window.document(of: n), window.shown(of: n))
    }

    /// The held part passage `n` is in.
    func heldPart(containing n: Int) -> Int {
        heldStarts.prefixEnd { $0 <= n } - 1
    }

    /// Passages of consecutive parts, read: a passage's text and document by its number in
    /// the site's passages (a part is numbered backwards).
    struct Window {
        struct Placed {
            var start: Int
            var documentStart: Int32
            var passages: SearchPassages
        }

        let parts: [Placed]

        func utf8(_ n: Int) -> ArraySlice<UInt8> {
            let (part, local) = locate(n)
            return parts[part].passages.ownUTF8(local)
        }

        /// The number of passage `n`'s document among the site's documents.
        func document(of n: Int) -> Int32 {
            let (part, local) = locate(n)
            return parts[part].passages.documentOf[local] + parts[part].documentStart
        }

        func shown(of n: Int) -> Document {
            let (part, local) = locate(n)
            return parts[part].passages.documents[Int(parts[part].passages.documentOf[local])]
        }

        private func locate(_ n: Int) -> (part: Int, local: Int) {
            let part = parts.prefixEnd { $0.start <= n } - 1
            return (part, parts[part].passages.count - 1 - (n - parts[part].start))
        }
    }
}

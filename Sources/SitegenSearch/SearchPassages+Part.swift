/// One part of the site's passages (a release's, or the site-wide ones), as the index numbers
/// them: held, or read back from the build cache each time it is used. A release's passages
/// are cut from the release alone and kept in the cache by its memo (`ReleaseMemo`), so a
/// build need not hold them between cutting them and writing the index's text files: held,
/// they were the largest thing the build kept besides the release models (36 MB of bytes in
/// the cache at 600 releases, ten times that at 6,000).
extension SearchPassages {
    package struct Part {
        /// How many passages and documents the part has (what numbering it needs).
        let count: Int
        let documentCount: Int
        private let held: SearchPassages?
        private let read: (() -> SearchPassages)?

        /// A part held in memory.
        init(held passages: SearchPassages) {
            count = passages.count
            documentCount = passages.documents.count
            held = passages
            read = nil
        }

        /// A part read again by `read` when it is used; `read` must give the same passages
        /// every time (the memo's bytes, or the release cut again).
        init(count: Int, documentCount: Int, read: @escaping () -> SearchPassages) {
            self.count = count
            self.documentCount = documentCount
            held = nil
            self.read = read
        }

        /// The part's passages: held, or read back.
        package var passages: SearchPassages {
            held ?? read!()
        }
    }
}

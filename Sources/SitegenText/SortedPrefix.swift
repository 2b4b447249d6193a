extension RandomAccessCollection where Index == Int {
    /// Where the run of elements for which `isInPrefix` holds ends, in a collection ordered so
    /// that it holds for a prefix and for nothing after it: a binary search (the standard
    /// library has none, and swift-algorithms' `partitioningIndex` is this with the opposite
    /// predicate). `startIndex` when it holds for none, `endIndex` when for all.
    package func prefixEnd(where isInPrefix: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isInPrefix(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

import SitegenText

/// A trimmed pipe row without its outer pipes, split at its pipes: on the bytes when every `|`
/// is a character of its own (no mark joins it: `UTF8Whitespace.standsApart`), which is then
/// the `Character` split; else by characters. (The Character split was a fifth of reading
/// pipe tables.)
enum PipeSplit {
    static func cells(_ trimmed: String) -> [Substring] {
        if let cells = trimmed.utf8.withContiguousStorageIfAvailable({ byteRanges($0) }) ?? nil {
            return cells.map { range in
                let start = trimmed.utf8.index(trimmed.utf8.startIndex, offsetBy: range.lowerBound)
                return trimmed[start..<trimmed.utf8.index(start, offsetBy: range.count)]
            }
        }
        var body = Substring(trimmed)
        if body.first == "|" { body = body.dropFirst() }
        if body.last == "|" { body = body.dropLast() }
        return body.split(separator: "|", omittingEmptySubsequences: false)
    }

    private static let pipe = UInt8(ascii: "|")

    private static func byteRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var pipes: [Int] = []
        var previous: Int?  // the first byte of the scalar before
        var index = 0
        while index < bytes.count {
            if bytes[index] == pipe {
                if let previous, !UTF8Whitespace.standsApart(bytes, at: previous) { return nil }
                if index + 1 < bytes.count, !UTF8Whitespace.standsApart(bytes, at: index + 1) { return nil }
                pipes.append(index)
            }
            previous = index
            index += UTF8Whitespace.scalarLength(bytes[index])
        }
        let start = pipes.first == 0 ? 1 : 0
        let end = bytes.count > start && pipes.last == bytes.count - 1 ? bytes.count - 1 : bytes.count
        var ranges: [Range<Int>] = []
        var cellStart = start
        for position in pipes where position >= start && position < end {
            ranges.append(cellStart..<position)
            cellStart = position + 1
        }
        ranges.append(cellStart..<end)
        return ranges
    }
}

import SitegenText

extension PreviewText {
    /// `clean` of plain text (`PlainText`: every scalar a character of its own), read by its
    /// UTF-8 bytes with `UTF8Whitespace`'s table for White_Space; `nil` at the first scalar
    /// that is not plain, for `cleanByCharacters`. Every page cleans its title and description
    /// for its head and previews, and asking each scalar's `properties.isWhitespace` there was
    /// 2.2 % of a clean 600-release build (`perf`: 311 of 13,944 samples); so read, 0.3 %.
    static func cleanPlain(_ text: String, limit: Int) -> String? {
        var text = text
        var characters = 0
        let kept = text.withUTF8 { bytes -> String? in
            var plain = true
            let kept = String(unsafeUninitializedCapacity: bytes.count) { out -> Int in
                var written = 0, index = 0
                var lastWasSpace = true
                while index < bytes.count {
                    guard PlainText.isPlain(bytes, at: index) else { plain = false; return 0 }
                    let length = UTF8Whitespace.scalarLength(bytes[index])
                    if UTF8Whitespace.width(bytes, at: index) > 0 {
                        if !lastWasSpace { out[written] = 0x20; written += 1; characters += 1 }
                        lastWasSpace = true
                    } else if !isControl(UTF8Whitespace.scalar(bytes, at: index)) {
                        for offset in 0..<length { out[written + offset] = bytes[index + offset] }
                        written += length
                        characters += 1
                        lastWasSpace = false
                    }
                    index += length
                }
                // Spaces were collapsed: at most one trails.
                if written > 0, lastWasSpace { written -= 1; characters -= 1 }
                return written
            }
            return plain ? kept : nil
        }
        guard let kept else { return nil }
        return characters <= limit ? kept : cut(kept, limit: limit)
    }
}

import Foundation

/// Normalised names, the keys by which rows are recognised across tables and releases.
public enum NameKey {
    /// A department name without the letter-spacing PDFs add (`시 민 참 여 과` → `시민참여과`).
    public static func department(_ printed: String) -> String {
        NFC.composed(printed).withoutSpaces
    }

    /// A program name with spacing and punctuation removed, NFC.
    /// (The kept scalars' bytes are copied into the key: filtering a scalar view and appending
    /// scalar by scalar, with two set lookups each, was most of attributing a report's items.)
    public static func program(_ printed: String) -> String {
        var text = NFC.composed(printed)
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { key in
                var written = 0, index = 0
                while index < bytes.count {
                    let length = UTF8Whitespace.scalarLength(bytes[index])
                    if let scalar = Unicode.Scalar(UTF8Whitespace.scalar(bytes, at: index)), isKeptInProgram(scalar) {
                        for offset in 0..<length { key[written + offset] = bytes[index + offset] }
                        written += length
                    }
                    index += length
                }
                return written
            }
        }
    }

    /// Whether a scalar stays in a program key: not whitespace, punctuation or a symbol.
    private static func isKeptInProgram(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return keptASCII[Int(scalar.value)] }
        if (0xAC00...0xD7A3).contains(scalar.value) && keepsEveryHangulSyllable { return true }
        return isKeptByProperties(scalar)
    }

    private static func isKeptByProperties(_ scalar: Unicode.Scalar) -> Bool {
        !isSpace(scalar) && !punctuation.contains(scalar) && !symbols.contains(scalar)
    }

    // Asked of the sets once: their answers for ASCII, and for the Hangul syllables (all letters).
    private static let keptASCII: [Bool] = (0..<0x80).map { isKeptByProperties(Unicode.Scalar(UInt8($0))) }
    private static let keepsEveryHangulSyllable = (UInt32(0xAC00)...0xD7A3).allSatisfy {
        Unicode.Scalar($0).map(isKeptByProperties) ?? false
    }

    // Made once: Foundation builds the set anew on every use of `CharacterSet.punctuationCharacters`.
    private static let punctuation = CharacterSet.punctuationCharacters
    private static let symbols = CharacterSet.symbols

    /// Program names every department prints for its own running costs.
    public static let genericPrograms: Set<String> = ["기본경비", "행정운영경비", "인건비", "기본경비계"]

    /// The generic name a program key stands for: the key itself when it is one
    /// (`기본경비`), or the generic name when the report printed the row's own department after it
    /// (`기본경비(갈등조정담당관)`, key `기본경비갈등조정담당관`, in 갈등조정담당관's rows); else `nil`.
    public static func generic(_ key: String, department: String?) -> String? {
        if genericPrograms.contains(key) { return key }
        guard let department else { return nil }
        let suffix = program(department)
        guard !suffix.isEmpty, key.hasSuffix(suffix) else { return nil }
        let base = String(key.dropLast(suffix.count))
        return genericPrograms.contains(base) ? base : nil
    }

    /// Whitespace, including the ideographic space (U+3000) and no-break space PDFs leave.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }
}

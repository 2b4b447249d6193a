import Foundation
import SitegenText

/// The two-letter pieces of a name (`Bigrams.of`), held as numbers when the name's key is plain
/// text (`PlainText`): there a piece is two scalars, and two pieces are equal strings exactly
/// when their scalars are equal. Other names keep the strings. (Hashing Korean strings, which
/// normalises them on every hash, was a tenth of attributing a report's items.)
package enum BigramSet {
    case codes(Set<UInt64>)
    case strings(Set<String>)

    package init(_ text: String) {
        let key = NameKey.program(text)
        if let codes = key.utf8.withContiguousStorageIfAvailable(Self.codes) ?? nil {
            self = .codes(codes)
        } else {
            self = .strings(Bigrams.of(text))
        }
    }

    var isEmpty: Bool {
        switch self {
        case .codes(let codes): return codes.isEmpty
        case .strings(let strings): return strings.isEmpty
        }
    }

    /// `Bigrams.overlap`: the share of this set's pieces that also stand in `other`.
    func overlap(_ other: BigramSet) -> Double {
        if case .codes(let a) = self, case .codes(let b) = other {
            return a.isEmpty ? 0 : Double(a.intersection(b).count) / Double(a.count)
        }
        return Bigrams.overlap(strings, other.strings)
    }

    /// The pieces as `Bigrams.of` gives them.
    var strings: Set<String> {
        switch self {
        case .strings(let strings): return strings
        case .codes(let codes):
            return Set(codes.map { code in
                let scalars = code & Self.single != 0 ? [code & Self.mask] : [code >> 21, code & Self.mask]
                return String(String.UnicodeScalarView(scalars.compactMap { Unicode.Scalar(UInt32($0)) }))
            })
        }
    }

    /// A pair of scalars as `first << 21 | second`; a name of one letter as `single | letter`.
    private static let single: UInt64 = 1 << 63, mask: UInt64 = (1 << 21) - 1

    private static func codes(_ key: UnsafeBufferPointer<UInt8>) -> Set<UInt64>? {
        var scalars: [UInt64] = []
        var index = 0
        while index < key.count {
            guard PlainText.isPlain(key, at: index) else { return nil }
            scalars.append(UInt64(UTF8Whitespace.scalar(key, at: index)))
            index += UTF8Whitespace.scalarLength(key[index])
        }
        guard scalars.count >= 2 else { return Set(scalars.map { single | $0 }) }
        return Set(zip(scalars, scalars.dropFirst()).map { $0 << 21 | $1 })
    }

    /// The pieces as numbers, equal exactly when the pieces are equal strings (canonically
    /// equivalent): a piece whose NFC form is plain as that form's code, any other as the
    /// number `interned` gives its NFC form (above every code). A name that is not plain may
    /// hold a piece equal to a plain name's, even decomposed (`a(́` keyed `á`).
    package func numbers(interning interned: inout [String: UInt64]) -> [UInt64] {
        switch self {
        case .codes(let codes):
            return Array(codes)
        case .strings(let strings):
            return strings.map { piece in
                var piece = piece.precomposedStringWithCanonicalMapping
                if let codes = piece.withUTF8(Self.codes), codes.count == 1, let code = codes.first { return code }
                if let number = interned[piece] { return number }
                let number = Self.interned | UInt64(interned.count)
                interned[piece] = number
                return number
            }
        }
    }

    /// Where the numbers of pieces that are not plain start: above any code of a pair
    /// (42 bits) and below the mark of a single letter.
    private static let interned: UInt64 = 1 << 62
}

import Foundation

/// Text in Unicode's composed normal form (NFC), the one form in which the site compares,
/// keys and indexes text, so that composed and decomposed Hangul (`한` and `ᄒ ᅡ ᆫ`) are the same.
public enum NFC {
    /// `text` in NFC. Plain text (`String.isPlainText`: ASCII, Latin-1, Hangul syllables, CJK,
    /// punctuation, symbols, …; every plain scalar is unchanged by NFC and composes with no
    /// neighbour, which `ScalarClass`'s tests check) is returned as it is, read byte by byte,
    /// without Foundation's conversion, which was half of reading a long paragraph and most
    /// of the archive database's text; anything else is left to Foundation.
    public static func composed(_ text: String) -> String {
        text.isPlainText ? text : text.precomposedStringWithCanonicalMapping
    }
}

/// Text as an `.xlsx` part's XML can hold it: the C0 control characters XML 1.0 refuses
/// (all but tab, line feed and carriage return) become U+FFFD. libxlsxwriter writes the
/// document properties as they are, and a control character there makes the file unreadable.
enum XMLSafeText {
    static func make(_ text: String) -> String {
        // Most text has no byte below 0x20 and no 0xEF (the lead byte of U+FFFE and U+FFFF):
        // a scan of the UTF-8 bytes answers for it without decoding.
        let suspect: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0xEF }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: suspect) }) ?? text.utf8.contains(where: suspect),
              text.unicodeScalars.contains(where: isRefused) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isRefused(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}

/// Text as an `.xlsx` part's XML can hold it: the C0 control characters XML 1.0 refuses
/// (all but tab, line feed and carriage return) become U+FFFD. libxlsxwriter writes the
/// document properties as they are, and a control character there makes the file unreadable.
enum XMLSafeText {
    static func make(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRefused) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isRefused(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}

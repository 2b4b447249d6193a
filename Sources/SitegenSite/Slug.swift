import Foundation
import SitegenText
import SitegenConcurrency
import SitegenContent

/// URL segments that keep Hangul: NFC, spaces become `-`, punctuation is dropped.
public enum Slug {
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        // Plain text is NFC already; ASCII and Hangul syllables are answered without a
        // property lookup, and only a scalar that changes when lowercased is lowercased
        // (Foundation's NFC and a String for each scalar were 3 % of an incremental build).
        let nfc = NFC.composed(text)
        for scalar in nfc.unicodeScalars {
            switch kind(of: scalar) {
            case .separator:
                pendingDash = !result.isEmpty
            case .kept:
                if pendingDash { result.append("-"); pendingDash = false }
                if scalar.isASCII {
                    result.unicodeScalars.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else if scalar.properties.changesWhenLowercased {
                    result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            case .dropped:
                continue
            }
        }
        return result.isEmpty ? "item" : shortened(result)
    }

    private enum Kind { case separator, kept, dropped }

    /// Whitespace and `- _ · /` separate words; letters and numbers are kept.
    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x2D, 0x5F, 0x2F, 0xB7: return .separator
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xAC00...0xD7A3: return .kept
        case 0..<0x80: return .dropped
        default:
            if scalar.properties.isWhitespace { return .separator }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? .kept : .dropped
        }
    }

    /// The longest slug, in UTF-8 bytes: a path segment may hold 255, and a slug gets `-2` …
    /// and file names beside it.
    public static let maxBytes = 150

    /// A slug over `maxBytes` is cut on a character boundary and given a short hash of the
    /// whole, so two long names that begin alike still get different slugs.
    static func shortened(_ slug: String) -> String {
        guard slug.utf8.count > maxBytes else { return slug }
        let hash = String(Hex.sha256(Array(slug.utf8)).prefix(8))
        var kept = ""
        for character in slug {
            guard kept.utf8.count + character.utf8.count <= maxBytes - hash.utf8.count - 1 else { break }
            kept.append(character)
        }
        while kept.hasSuffix("-") { kept.removeLast() }
        return kept + "-" + hash
    }

    /// Gives every name a slug, adding `-2`, `-3` … in order to the later ones that collide.
    /// Slugs are told apart by their bytes, as the file system tells their folders apart; a
    /// long list is slugged on every core (a 600-release site's 19,000 program names were
    /// 0.05 s on one core, half of it hashing Hangul strings through their NFC form).
    public static func unique(_ names: [String]) -> [String] {
        let chunk = 1024
        let bases = names.count <= chunk ? names.map(make) : Concurrently.map(stride(from: 0, to: names.count, by: chunk).map { start in
            { names[start..<min(start + chunk, names.count)].map(make) }
        }).flatMap { $0 }
        var taken = Set<PathKey>()
        taken.reserveCapacity(names.count)
        return bases.map { base in
            var candidate = base
            var counter = 1
            while taken.contains(PathKey(candidate)) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            taken.insert(PathKey(candidate))
            return candidate
        }
    }

    /// Percent-encodes a path for an `href` (Hangul stays readable in the address bar,
    /// but the markup carries only ASCII).
    /// Percent-encodes every UTF-8 byte but ASCII letters, digits and `-._~/#`, in upper-case
    /// hex (as `addingPercentEncoding` does, which showed up at 5 % of a build's profile).
    public static func href(_ path: String) -> String {
        href(path, after: "")
    }

    /// `prefix` (written as it is: `../`), then `path` percent-encoded, in one string.
    public static func href(_ path: String, after prefix: String) -> String {
        var path = path
        let encoded = path.withUTF8 { bytes -> String? in
            var escapes = 0
            for byte in bytes where !isAllowed(byte) { escapes += 1 }
            guard escapes > 0 else { return nil }
            // Written straight into the string's storage, not through an array that
            // `String(decoding:)` validates and copies again.
            var prefix = prefix
            return prefix.withUTF8 { start in
                String(unsafeUninitializedCapacity: start.count + bytes.count + 2 * escapes) { out in
                    var at = start.count
                    if let base = out.baseAddress, let from = start.baseAddress { base.initialize(from: from, count: start.count) }
                    for byte in bytes {
                        if isAllowed(byte) {
                            out[at] = byte
                            at += 1
                        } else {
                            out[at] = 0x25
                            out[at + 1] = hexDigit(byte >> 4)
                            out[at + 2] = hexDigit(byte & 0x0F)
                            at += 3
                        }
                    }
                    return at
                }
            }
        }
        return encoded ?? prefix + path
    }

    /// A relative link as a page's `href` writes it: as `href`, but letters and digits outside
    /// ASCII stay UTF-8 (`programs/청년/`, 3 bytes a syllable against 9 percent-encoded). HTML's
    /// URLs allow them and a browser percent-encodes them when it asks for the page, so the
    /// request is the same; every other scalar outside ASCII (spaces, marks, format and private
    /// characters, noncharacters) is percent-encoded, as is every ASCII byte that `href` encodes.
    /// For the markup of pages only: feeds, the sitemap and the data files keep `href`'s URIs.
    public static func pageHref(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes -> String? in
            // Most links need nothing: a first pass finds that without writing.
            var extra = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if !isAllowed(byte) { extra += 2 }
                    index += 1
                } else {
                    let (length, keep) = readable(bytes, at: index)
                    if !keep { extra += 2 * length }
                    index += length
                }
            }
            guard extra > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + extra) { out in
                var at = 0, index = 0
                func escape(_ byte: UInt8) {
                    out[at] = 0x25
                    out[at + 1] = hexDigit(byte >> 4)
                    out[at + 2] = hexDigit(byte & 0x0F)
                    at += 3
                }
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if isAllowed(byte) { out[at] = byte; at += 1 } else { escape(byte) }
                        index += 1
                    } else {
                        let (length, keep) = readable(bytes, at: index)
                        for offset in 0..<length {
                            if keep { out[at] = bytes[index + offset]; at += 1 } else { escape(bytes[index + offset]) }
                        }
                        index += length
                    }
                }
                return at
            }
        } ?? path
    }

    /// The length of the UTF-8 scalar that starts at `index` (a lead byte of valid UTF-8), and
    /// whether a page's link writes it as it is: a letter or a number (a Hangul syllable without
    /// a look-up).
    private static func readable(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, Bool) {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return (bytes.count - index, false) }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        if (0xAC00...0xD7A3).contains(value) { return (length, true) }
        guard let scalar = Unicode.Scalar(value) else { return (length, false) }
        let properties = scalar.properties
        let keep = (properties.isAlphabetic || properties.numericType != nil)
            && !properties.isNoncharacterCodePoint && properties.generalCategory != .privateUse
            && properties.generalCategory != .format && !properties.isWhitespace
        return (length, keep)
    }

    /// The upper-case hex digit of a value below 16.
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x37 + value
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"), UInt8(ascii: "#"): return true
        default: return false
        }
    }
}

import Foundation

/// URL segments that keep Hangul: NFC, spaces become `-`, punctuation is dropped.
public enum Slug {
    public static func make(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "-" || scalar == "_" || scalar == "·" || scalar == "/" {
                pendingDash = !result.isEmpty
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingDash { result.append("-"); pendingDash = false }
                result.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return result.isEmpty ? "item" : result
    }

    /// Gives every name a slug, adding `-2`, `-3` … in order to the later ones that collide.
    public static func unique(_ names: [String]) -> [String] {
        var taken = Set<String>()
        return names.map { name in
            let base = make(name)
            var candidate = base
            var counter = 1
            while taken.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            taken.insert(candidate)
            return candidate
        }
    }

    /// Percent-encodes a path for an `href` (Hangul stays readable in the address bar,
    /// but the markup carries only ASCII).
    public static func href(_ path: String) -> String {
        path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }

    private static let allowed: CharacterSet = {
        var set = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        set.insert(charactersIn: "-._~/#")
        return set
    }()
}

import SitegenSite

/// Makes the links of one page: relative to the page, so the site works under any folder and
/// from disk, with or without `--base-url` (absolute links were 120 MB more of a 1,200-release
/// site); a feed's links and those of a page served at any depth (`404.html`) are absolute
/// under `--base-url`, as are the previews' and the canonical address (`SiteConfig.absoluteURL`).
///
/// A page's relative link is the shortest one: the folders that the page and the target share
/// are left out (`table-1.csv` beside the page, `../../departments/x/` up to the release,
/// `#L12` on the page itself), and its letters and digits outside ASCII are written as UTF-8
/// (`programs/청년/`, as HTML allows and browsers encode on request), the rest percent-encoded
/// (`Slug.pageHref`). A feed's links (`Linker.feed`) stay URIs as feeds need them: the path
/// from the root behind one `../` a folder, percent-encoded.
struct Linker {
    let config: SiteConfig
    /// The page's own path relative to the site root (`releases/x/`, `404.html`).
    let pagePath: String
    /// Whether links are written for a feed: every one from the root, percent-encoded.
    private let uri: Bool
    /// Whether links are absolute under `--base-url` (a feed's, and a page served at any depth).
    private let absolute: Bool
    /// The page's own path, as UTF-8.
    private let pageBytes: [UInt8]
    /// The page's folder as UTF-8 (`releases/x/` for `releases/x/` and `releases/x/a.html`; empty at the root).
    private let folder: [UInt8]
    /// The count of the folder's segments.
    private let depth: Int
    /// What a link to the page itself is, when it has no fragment: `./` for a folder's page,
    /// the file's name for a file.
    private let own: String
    /// What a feed's link starts with: `../` once per folder, `./` at the root.
    private let prefix: String

    init(config: SiteConfig, pagePath: String) {
        self.init(config: config, pagePath: pagePath, uri: false, absolute: false)
    }

    /// The links of a page served at any depth (`404.html`): absolute under `--base-url`.
    static func standalone(config: SiteConfig, path: String) -> Linker {
        Linker(config: config, pagePath: path, uri: false, absolute: true)
    }

    /// The links of a feed (Atom) at `path`: URIs from the root (`../../releases/x/`), percent-encoded.
    static func feed(config: SiteConfig, path: String) -> Linker {
        Linker(config: config, pagePath: path, uri: true, absolute: true)
    }

    private init(config: SiteConfig, pagePath: String, uri: Bool, absolute: Bool) {
        self.config = config
        self.pagePath = pagePath
        self.uri = uri
        self.absolute = absolute
        // Folders: the path's non-empty parts, less the file name when it does not end in `/`.
        var parts = 0
        var afterSlash = true
        var lastSlash: String.Index? = nil
        var index = pagePath.utf8.startIndex
        for byte in pagePath.utf8 {
            if byte == UInt8(ascii: "/") {
                afterSlash = true
                lastSlash = index
            } else if afterSlash {
                parts += 1
                afterSlash = false
            }
            index = pagePath.utf8.index(after: index)
        }
        depth = parts - (pagePath.hasSuffix("/") || pagePath.isEmpty ? 0 : 1)
        prefix = depth > 0 ? String(repeating: "../", count: depth) : "./"
        let folder = lastSlash.map { String(pagePath[...$0]) } ?? ""
        pageBytes = Array(pagePath.utf8)
        self.folder = Array(folder.utf8)
        own = pagePath.count > folder.count ? String(pagePath.dropFirst(folder.count)) : "./"
    }

    /// The link to a site path (`SiteMap`), where the host's profile has it (`HostProfile.address`).
    func href(_ path: String) -> String {
        let target = config.profile.address(path)
        if absolute, config.baseURL != nil { return config.absoluteURL(target) }
        if uri { return Slug.href(target, after: prefix) }
        return Slug.pageHref(relative(target))
    }

    func link(_ target: String, _ text: String) -> HTML {
        "<a href=\"\(href(target))\">\(text)</a>"
    }

    /// The shortest relative reference from the page to a site path (with an optional
    /// `#fragment`), not yet encoded. Read on the bytes: for every link of every page, through
    /// the strings' index views it was 1.5–1.7 % of a clean 600-release build (perf), so 0.8 %.
    func relative(_ target: String) -> String {
        var target = target
        return target.withUTF8 { bytes -> String in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
            if bytes[..<hash].elementsEqual(pageBytes) {
                return hash < bytes.count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[hash...]), as: UTF8.self) : own
            }
            // The longest run of whole folders that the page's folder and the target begin with.
            var shared = 0, sharedEnd = 0, index = 0
            while index < hash, index < folder.count, bytes[index] == folder[index] {
                if bytes[index] == slash { shared += 1; sharedEnd = index + 1 }
                index += 1
            }
            let up = depth - shared
            let rest = UnsafeBufferPointer(rebasing: bytes[sharedEnd...])
            if up == 0, let first = rest.first, first != UInt8(ascii: "#") {
                return String(decoding: rest, as: UTF8.self)
            }
            // `./` before a fragment or nothing, else `../` a folder up.
            let lead = up == 0 ? 2 : 3 * up
            return String(unsafeUninitializedCapacity: lead + rest.count) { out in
                if up == 0 {
                    out[0] = dot
                    out[1] = slash
                }
                for step in 0..<up {
                    out[3 * step] = dot
                    out[3 * step + 1] = dot
                    out[3 * step + 2] = slash
                }
                _ = UnsafeMutableBufferPointer(rebasing: out[lead...]).initialize(from: rest)
                return lead + rest.count
            }
        }
    }
}

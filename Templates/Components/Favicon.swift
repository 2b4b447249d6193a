/// The site's icon: three rising bars, as an SVG file (so no page requests a missing favicon).
enum Favicon {
    static let path = "assets/favicon.svg"

    static let svg = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><rect x="7" y="17" width="4" height="9" fill="#fff"/><rect x="14" y="11" width="4" height="15" fill="#fff"/><rect x="21" y="6" width="4" height="20" fill="#fff"/></svg>

    """
}

import SitegenCore

/// The site's own theme: every page of the site, built from Swift string templates.
public struct StandardTheme: SiteTheme {
    public init() {}

    public func render(_ site: SiteContent) throws -> [OutputFile] {
        []
    }
}

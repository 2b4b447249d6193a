import XCTest
import SitegenSite

/// Issue 26: a small host folds a release's work items into one page; every other path, and
/// every path of the standard site, stays where `SiteMap` puts it.
final class HostProfileAddressTests: XCTestCase {
    func testASmallHostHasAWorkItemAsASectionOfItsReleasesItemsPage() {
        let small = HostProfile.small
        XCTAssertEqual(small.address("releases/2022-07-a/items/4-1/"), "releases/2022-07-a/items/#item-4-1")
        XCTAssertEqual(small.address("releases/2022-07-a/items/4-1/#L402"), "releases/2022-07-a/items/#L402")
        XCTAssertEqual(small.page("releases/2022-07-a/items/4-1/#L402"), "releases/2022-07-a/items/")
        XCTAssertEqual(small.address(SiteMap.budgetLine("2022-07-a", workItem: "2", line: 12)), "releases/2022-07-a/items/#L12")
        XCTAssertEqual(small.address("releases/2022-07-a/items/4-1/#"), "releases/2022-07-a/items/#item-4-1")
    }

    func testEveryOtherPathStaysWhereItIs() {
        for path in ["releases/2022-07-a/", "releases/2022-07-a/#L12", "releases/2022-07-a/items/", "releases/2022-07-a/items.csv",
                     "releases/2022-07-a/items/4-1/table-1.csv", "releases/2022-07-a/departments/시민참여과/",
                     "programs/items/", "", "search/", "releases//items/1/", "releases/a/items//"] {
            XCTAssertEqual(HostProfile.small.address(path), path)
            XCTAssertEqual(HostProfile.small.page(path), path.split(separator: "#", omittingEmptySubsequences: false).first.map(String.init))
        }
        XCTAssertEqual(HostProfile.standard.address("releases/2022-07-a/items/4-1/#L402"), "releases/2022-07-a/items/4-1/#L402")
    }

    func testLinksAndURLsOfASmallSiteGoWhereItHasTheItem() {
        let config = SiteConfig(baseURL: "https://example.org/r/", profile: .small)
        XCTAssertEqual(config.absoluteURL("releases/x/items/3/#L9"), "https://example.org/r/releases/x/items/#L9")
        XCTAssertEqual(SiteConfig(profile: .small).href("releases/x/items/3/"), "/releases/x/items/#item-3")
        XCTAssertEqual(SiteConfig().href("releases/x/items/3/"), "/releases/x/items/3/")
    }
}

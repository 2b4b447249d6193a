/// The terms the published numbers come under, said once for the data package, Datasette's
/// metadata and the data page. The reports are works a local government made in the course of
/// its duties, which Korea's Copyright Act lets anyone use freely (Article 24-2, 공공저작물의
/// 자유이용); the site adds no terms of its own to them. The statement names the law, not a
/// licence the city would have to grant: a city that publishes under the Korea Open Government
/// Licence (공공누리) says so on its own pages, which each release's `source_url` links.
public enum DataTerms {
    /// The terms in one line (English, for the data package and Datasette).
    public static let title = "Public works of the issuing bodies, free to use under Article 24-2 of the "
        + "Korean Copyright Act (공공저작물의 자유이용); cite each release's source"
    /// The article on the national law information service (law.go.kr's Korean-address form).
    public static let url = "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EC%A0%80%EC%9E%91%EA%B6%8C%EB%B2%95/%EC%A0%9C24%EC%A1%B0%EC%9D%982"
    /// The law's short Korean name, for the data page's link text.
    public static let lawName = "저작권법 제24조의2(공공저작물의 자유이용)"
}

import SitegenText
import SitegenSite
import SitegenShare

/// A chart as a file of its own (`chart-rate.svg`, and the PNG at 2× drawn from it): the page's
/// wide drawing with its title above it, and below it the source (report, table, as-of date) and
/// the permalink of the page, so that the image says where it comes from wherever it is pasted.
struct ChartFile {
    var chart: BarChart
    /// `출처: …`: the report, its table and the as-of date.
    var source: String
    /// The page's address as a reader types it (Hangul, not percent-encoded): absolute under
    /// `--base-url`, else its path from the site root.
    var permalink: String

    static let margin = 20.0
    static let headingHeight = 40.0
    static let footHeight = 44.0

    var svg: [UInt8] {
        // Drawn once a file: drawing it again for its height was 0.5 % of a clean 600-release build.
        let drawing = chart.wideDrawing
        let width = BarChart.width + 2 * Self.margin
        let height = Self.headingHeight + drawing.height + Self.footHeight
        let foot = Self.headingHeight + drawing.height
        let title = PreviewText.clean(chart.title, limit: 60)
        let markup: HTML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" viewBox="0 0 \(n(width)) \(n(height))" role="img" aria-label="\(title)">
        <title>\(title)</title>
        <desc>\(chart.description) \(source) \(permalink)</desc>
        <style>
        \(HTML(unescaped: ChartStyle.svg))
        </style>
        <rect width="\(n(width))" height="\(n(height))" fill="#ffffff"></rect>
        <text class="heading" x="\(n(Self.margin))" y="28">\(title)</text>
        <svg x="\(n(Self.margin))" y="\(n(Self.headingHeight))" width="\(n(BarChart.width))" height="\(n(drawing.height))" viewBox="0 0 \(n(BarChart.width)) \(n(drawing.height))">
        \(drawing.body)</svg>
        <text class="source" x="\(n(Self.margin))" y="\(n(foot + 16))"\(fit(source))>\(source)</text>
        <text class="source" x="\(n(Self.margin))" y="\(n(foot + 34))"\(fit(permalink))>\(permalink)</text>
        </svg>

        """
        return markup.bytes
    }

    /// A line of 11 px text squeezed to the chart's width when it would run past it.
    private func fit(_ text: String) -> HTML {
        let estimate = text.unicodeScalars.reduce(0.0) { $0 + ($1.value >= 0x1100 ? 11 : 6.2) }
        return estimate > BarChart.width ? " textLength=\"\(n(BarChart.width))\" lengthAdjust=\"spacingAndGlyphs\"" : ""
    }

    private func n(_ value: Double) -> String { FixedFormat.decimal(value) }
}

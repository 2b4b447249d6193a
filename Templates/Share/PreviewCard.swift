import SitegenText
import SitegenSite
import SitegenShare

/// A page's preview card, 1200 × 630 (Open Graph's large image): the site's name, the page's
/// name on up to two lines, its figures, and the last bars of the chart the page shows, drawn by
/// the same code (`BarChart.wideDrawing`). Rasterised to `card.png` beside the page.
struct PreviewCard {
    static let width = 1200
    static let height = 630
    /// The most bars a card has room for (the latest).
    static let maxBars = 4

    var name: String
    var figures: PageFigures?
    var chart: BarChart?

    static let style = """
    text.site { font-size: 26px; fill: #57606a; }
    text.title { font-size: 54px; font-weight: 700; }
    text.figures { font-size: 32px; }
    text.date { font-size: 26px; fill: #57606a; }
    """

    var svg: [UInt8] {
        let lines = Self.lines(PreviewText.clean(name, limit: 120), width: 1072, em: 54)
        let title: [HTML] = lines.enumerated().map { index, line in
            "<text class=\"title\" x=\"64\" y=\"\(150 + index * 66)\">\(line)</text>\n"
        }
        var numbers: [String] = []
        if let figures {
            if let budget = figures.budget { numbers.append("예산현액 \(budget)") }
            if let executed = figures.executed { numbers.append("집행 \(executed)") }
            if let rate = figures.rateLabel { numbers.append("집행률 \(rate)") }
        }
        let date = figures.map { f in "\(f.report) 보고서" + (f.asOf.map { " · \($0) 기준" } ?? "") } ?? ""
        var bars: HTML = ""
        if var chart, !chart.bars.isEmpty {
            chart.bars = Array(chart.bars.suffix(Self.maxBars))
            let drawing = chart.wideDrawing
            let scale = 1072 / BarChart.width
            bars = """
            <svg x="64" y="372" width="1072" height="\(FixedFormat.decimal(drawing.height * scale))" viewBox="0 0 \(FixedFormat.decimal(BarChart.width)) \(FixedFormat.decimal(drawing.height))">
            \(drawing.body)</svg>

            """
        }
        let markup: HTML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Self.width)" height="\(Self.height)" viewBox="0 0 \(Self.width) \(Self.height)">
        <style>
        \(HTML(unescaped: ChartStyle.svg))
        \(HTML(unescaped: Self.style))
        </style>
        <rect width="\(Self.width)" height="\(Self.height)" fill="#ffffff"></rect>
        <rect width="16" height="\(Self.height)" fill="#0b5cad"></rect>
        <text class="site" x="64" y="72">\(Layout.siteName)</text>
        \(title)<text class="figures" x="64" y="296">\(numbers.joined(separator: " · "))</text>
        <text class="date" x="64" y="340">\(date)</text>
        \(bars)</svg>

        """
        return markup.bytes
    }

    /// `text` broken into at most two lines that fit `width` at `em` pixels a Hangul letter (half
    /// that for others), on character boundaries, the second cut with `…` when it does not fit.
    static func lines(_ text: String, width: Double, em: Double) -> [String] {
        func advance(_ character: Character) -> Double {
            character.unicodeScalars.first.map { $0.value >= 0x1100 ? em : em * 0.55 } ?? em
        }
        var lines: [String] = [""]
        var used = 0.0
        for character in text {
            let step = advance(character)
            if used + step > width {
                if lines.count == 2 {
                    while let last = lines[1].last, used + em > width {
                        used -= advance(last)
                        lines[1].removeLast()
                    }
                    lines[1] += "…"
                    return lines
                }
                lines.append("")
                used = 0
                if character == " " { continue }
            }
            lines[lines.count - 1].append(character)
            used += step
        }
        return lines
    }
}

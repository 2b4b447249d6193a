import Foundation
import SitegenText
import SitegenContent
import SitegenSite

/// A horizontal bar chart of execution rates, drawn as inline SVG with the same escaping type
/// as the pages. Bars past 100 % run past the 100 % rule; a bar with no value is drawn as none
/// and labelled so. The page shows a table with the same numbers beside every chart.
///
/// The chart is drawn twice: a wide drawing (720 units) for screens wider than 48 rem, and a
/// narrow one (360 units, the name above its bar) for phones, so that its text is never drawn
/// below 11 px. Where the tables state an as-of date, a labelled line marks the share of the
/// year elapsed by that date (where a rate "should" be if money were spent evenly).
struct BarChart {
    struct Bar {
        var label: String
        /// The rate to draw, in percent; `nil` when the report gives none.
        var rate: Double?
        /// What the label says after the name: the printed rate and the amount.
        var caption: String
        /// The share of the year elapsed at the as-of date of the bar's table, in percent.
        var elapsed: Double? = nil
        /// The short form of the caption, for the narrow drawing (the printed rate).
        var shortCaption: String? = nil
    }

    var title: String
    var description: String
    var bars: [Bar]
    /// The as-of date of the bars' table (ISO), when they share one: labels the elapsed-year line.
    var asOf: Day? = nil

    static let width = 720.0
    static let labelWidth = 250.0
    static let rowHeight = 30.0
    static let top = 26.0
    static let narrowWidth = 360.0
    static let narrowRowHeight = 44.0

    var svg: HTML {
        """
        <figure class="chart">
        \(wide)
        \(narrow)
        <figcaption>\(title)\(elapsedNote)</figcaption>
        </figure>
        """
    }

    /// The chart with its narrow drawing only, for a frame of any width (an embed page): the
    /// wide drawing was half of an embed page's bytes.
    var narrowFigure: HTML {
        """
        <figure class="chart">
        \(narrow)
        <figcaption>\(title)\(elapsedNote)</figcaption>
        </figure>
        """
    }

    /// One elapsed share for the whole chart, when every bar has the same.
    private var sharedElapsed: Double? {
        let values = Set(bars.compactMap(\.elapsed))
        guard values.count == 1, bars.allSatisfy({ $0.elapsed != nil }) else { return nil }
        return values.first
    }

    private var elapsedNote: HTML {
        if let share = sharedElapsed {
            let date = asOf.map { "\(Format.day($0)) 기준일까지" } ?? "기준일까지"
            return ". 보라색 점선: \(date) 한 해가 지난 비율 \(Format.percent(share))"
        }
        guard bars.contains(where: { $0.elapsed != nil }) else { return "" }
        return ". 보라색 짧은 점선: 각 표의 기준일까지 한 해가 지난 비율"
    }

    private var maxRate: Double { max(100, bars.compactMap(\.rate).max() ?? 100) }

    private func header(_ id: String, width: Double, height: Double, classes: String) -> HTML {
        """
        <svg class="\(classes)" role="img" viewBox="0 0 \(n(width)) \(n(height))" width="100%" preserveAspectRatio="xMinYMin meet" aria-label="\(title)">
        <title>\(title)</title>
        <desc>\(description)</desc>
        """
    }

    private var wide: HTML {
        let drawing = wideDrawing
        return "\(header("wide", width: Self.width, height: drawing.height, classes: "wide"))\n\(drawing.body)</svg>"
    }

    /// The wide drawing's height (in its own units, 720 wide) and what is inside its `svg`: what
    /// the page shows, and what the chart's SVG file and the preview cards draw again. The
    /// names, all anchored at their end, are one group that says so once (`text-anchor`
    /// inherits), as are the narrow drawing's rates: no group, class or anchor a bar, some 100
    /// bytes a bar less over the two drawings.
    var wideDrawing: (height: Double, body: HTML) {
        // Asked once, not once a bar (it builds a set of every bar's value).
        let sharedElapsed = self.sharedElapsed
        let plot = Self.width - Self.labelWidth - 20
        let scale = plot / maxRate
        let height = Self.top + Double(bars.count) * Self.rowHeight + 10
        let ruleX = Self.labelWidth + 100 * scale
        var rows: [HTML] = []
        var names: [HTML] = []
        var shapes: [HTML] = []
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let label = Reading.text(bar.label)
            let name = label.count > 18 ? String(label.prefix(17)) + "…" : label
            let shape: HTML = bar.rate.map { rate in
                "<rect class=\"bar\(rate > 100 ? " over" : "")\" x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 6))\" width=\"\(n(max(0, rate) * scale))\" height=\"16\"/>"
            } ?? ""
            let barEnd = Self.labelWidth + max(0, bar.rate ?? 0) * scale
            let caption: HTML
            if barEnd + 6 + Self.textWidth(bar.caption) > Self.width {
                // No room after the bar: the caption goes inside its end, in the bar's contrast colour.
                caption = "<text class=\"inside\" x=\"\(n(barEnd - 6))\" y=\"\(n(y + 19))\" text-anchor=\"end\">\(bar.caption)</text>"
            } else {
                caption = "<text x=\"\(n(barEnd + 6))\" y=\"\(n(y + 19))\">\(bar.caption)</text>"
            }
            let tick: HTML = sharedElapsed == nil ? bar.elapsed.map { share in
                "<line class=\"elapsed\" x1=\"\(n(Self.labelWidth + share * scale))\" y1=\"\(n(y + 2))\" x2=\"\(n(Self.labelWidth + share * scale))\" y2=\"\(n(y + 26))\"/>"
            } ?? "" : ""
            shapes.append(shape)
            names.append("<text x=\"\(n(Self.labelWidth - 8))\" y=\"\(n(y + 19))\">\(name)</text>\n")
            rows.append("\(tick)\(caption)\n")
        }
        let elapsed: HTML = sharedElapsed.map { share in
            let x = Self.labelWidth + share * scale
            return """
            <line class="elapsed" x1="\(n(x))" y1="\(n(Self.top - 4))" x2="\(n(x))" y2="\(n(height - 6))"/>
            <text class="elapsed-label" x="\(n(x))" y="\(n(Self.top - 12))" text-anchor="middle">연 \(Format.percent(share))</text>

            """
        } ?? ""
        let hundredLabel: HTML = sharedElapsed.map { abs($0 - 100) * scale < 40 } == true ? "" :
            "<text class=\"tick\" x=\"\(n(ruleX))\" y=\"\(n(Self.top - 12))\" text-anchor=\"middle\">100%</text>"
        return (height, """
        <line class="axis" x1="\(n(Self.labelWidth))" y1="\(n(Self.top - 4))" x2="\(n(Self.labelWidth))" y2="\(n(height - 6))"/>
        <line class="rule" x1="\(n(ruleX))" y1="\(n(Self.top - 8))" x2="\(n(ruleX))" y2="\(n(height - 6))"/>
        \(hundredLabel)
        <text class="tick" x="\(n(Self.labelWidth))" y="\(n(Self.top - 12))" text-anchor="middle">0%</text>
        \(shapes)\(elapsed)<g text-anchor="end">
        \(names)</g>
        \(rows)
        """)
    }

    /// The phone drawing: each name on its own line above its bar, the rate at the right.
    private var narrow: HTML {
        // Asked once, not once a bar (it builds a set of every bar's value).
        let sharedElapsed = self.sharedElapsed
        let left = 4.0
        let plot = Self.narrowWidth - left - 8
        let scale = plot / maxRate
        let height = Self.top + Double(bars.count) * Self.narrowRowHeight + 6
        let ruleX = left + 100 * scale
        var rows: [HTML] = []
        var rates: [HTML] = []
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.narrowRowHeight
            let rate = bar.shortCaption ?? bar.caption
            let room = Self.narrowWidth - left - Self.textWidth(rate) - 16
            var name = Reading.text(bar.label)
            while Self.textWidth(name) > room, name.count > 2 { name = String(name.dropLast(2)) + "…" }
            let shape: HTML = bar.rate.map { value in
                "<rect class=\"bar\(value > 100 ? " over" : "")\" x=\"\(n(left))\" y=\"\(n(y + 22))\" width=\"\(n(max(0, value) * scale))\" height=\"14\"/>"
            } ?? ""
            let tick: HTML = sharedElapsed == nil ? bar.elapsed.map { share in
                "<line class=\"elapsed\" x1=\"\(n(left + share * scale))\" y1=\"\(n(y + 18))\" x2=\"\(n(left + share * scale))\" y2=\"\(n(y + 40))\"/>"
            } ?? "" : ""
            rows.append("<text x=\"\(n(left))\" y=\"\(n(y + 16))\">\(name)</text>\(shape)\(tick)\n")
            rates.append("<text x=\"\(n(Self.narrowWidth - 4))\" y=\"\(n(y + 16))\">\(rate)</text>\n")
        }
        let elapsed: HTML = sharedElapsed.map { share in
            let x = left + share * scale
            return """
            <line class="elapsed" x1="\(n(x))" y1="\(n(Self.top - 4))" x2="\(n(x))" y2="\(n(height - 4))"/>
            <text class="elapsed-label" x="\(n(x))" y="\(n(Self.top - 10))" text-anchor="middle">연 \(Format.percent(share))</text>

            """
        } ?? ""
        return """
        \(header("narrow", width: Self.narrowWidth, height: height, classes: "narrow"))
        <line class="rule" x1="\(n(ruleX))" y1="\(n(Self.top - 4))" x2="\(n(ruleX))" y2="\(n(height - 4))"/>
        \(rows)<g text-anchor="end">
        \(rates)</g>
        \(elapsed)</svg>
        """
    }

    /// A width estimate for 13 px text: Hangul is about a full em, the rest about half.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 13 : 7) }
    }

    /// A coordinate to one decimal, a whole one without `.0` (`250`, `74.2`).
    private func n(_ value: Double) -> String {
        let text = FixedFormat.decimal(value)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// A bar for a budget line: its printed rate when there is one, else the rate its amounts give;
    /// `asOf` (the line's table's as-of date) places the elapsed-year mark.
    static func bar(for line: BudgetLine, label: String, asOf: Day? = nil) -> Bar {
        let printed = line.rate
        let rate = printed?.value ?? ReleaseOverview.computedRate(line)
        var caption: String
        if let printed {
            caption = "\(printed)%"
        } else if let rate {
            caption = "\(Format.percent(rate)) (계산)"
        } else {
            caption = "값 없음"
        }
        let short = caption
        if let executed = line.executed { caption += " · 집행 \(Format.compactWon(executed))" }
        return Bar(label: label, rate: rate, caption: caption, elapsed: asOf.flatMap(Format.yearElapsed), shortCaption: short)
    }
}

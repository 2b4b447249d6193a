import Foundation
import SitegenCore

/// A horizontal bar chart of execution rates, drawn as inline SVG with the same escaping type
/// as the pages. Bars past 100 % run past the 100 % rule; a bar with no value is drawn as none
/// and labelled so. The page shows a table with the same numbers beside every chart.
struct BarChart {
    struct Bar {
        var label: String
        /// The rate to draw, in percent; `nil` when the report gives none.
        var rate: Double?
        /// What the label says after the name: the printed rate and the amount.
        var caption: String
    }

    var title: String
    var description: String
    var bars: [Bar]

    static let width = 720.0
    static let labelWidth = 250.0
    static let rowHeight = 30.0
    static let top = 26.0

    var svg: HTML {
        let maxRate = max(100, bars.compactMap(\.rate).max() ?? 100)
        let plot = Self.width - Self.labelWidth - 20
        let scale = plot / maxRate
        let height = Self.top + Double(bars.count) * Self.rowHeight + 10
        let ruleX = Self.labelWidth + 100 * scale
        var rows: [HTML] = []
        for (index, bar) in bars.enumerated() {
            let y = Self.top + Double(index) * Self.rowHeight
            let name = bar.label.count > 18 ? String(bar.label.prefix(17)) + "…" : bar.label
            let shape: HTML
            if let rate = bar.rate {
                let w = max(0, rate) * scale
                let over = rate > 100 ? " over" : ""
                shape = "<rect class=\"bar\(over)\" x=\"\(n(Self.labelWidth))\" y=\"\(n(y + 6))\" width=\"\(n(w))\" height=\"16\"></rect>"
            } else {
                shape = ""
            }
            let barEnd = Self.labelWidth + max(0, bar.rate ?? 0) * scale
            let caption: HTML
            if barEnd + 6 + Self.textWidth(bar.caption) > Self.width {
                // No room after the bar: the caption goes inside its end, in the bar's contrast colour.
                caption = "<text class=\"value inside\" x=\"\(n(barEnd - 6))\" y=\"\(n(y + 19))\" text-anchor=\"end\">\(bar.caption)</text>"
            } else {
                caption = "<text class=\"value\" x=\"\(n(barEnd + 6))\" y=\"\(n(y + 19))\">\(bar.caption)</text>"
            }
            rows.append("""
            <g><text class="name" x="\(n(Self.labelWidth - 8))" y="\(n(y + 19))" text-anchor="end">\(name)</text>\(shape)\(caption)</g>

            """)
        }
        return """
        <figure class="chart">
        <svg role="img" viewBox="0 0 \(n(Self.width)) \(n(height))" width="100%" preserveAspectRatio="xMinYMin meet" aria-label="\(title)">
        <title>\(title)</title>
        <desc>\(description)</desc>
        <line class="axis" x1="\(n(Self.labelWidth))" y1="\(n(Self.top - 4))" x2="\(n(Self.labelWidth))" y2="\(n(height - 6))"></line>
        <line class="rule" x1="\(n(ruleX))" y1="\(n(Self.top - 8))" x2="\(n(ruleX))" y2="\(n(height - 6))"></line>
        <text class="tick" x="\(n(ruleX))" y="\(n(Self.top - 12))" text-anchor="middle">100%</text>
        <text class="tick" x="\(n(Self.labelWidth))" y="\(n(Self.top - 12))" text-anchor="middle">0%</text>
        \(rows)</svg>
        <figcaption>\(title)</figcaption>
        </figure>
        """
    }

    /// A width estimate for 13 px text: Hangul is about a full em, the rest about half.
    static func textWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 ? 13 : 7) }
    }

    private func n(_ value: Double) -> String {
        String(format: "%.1f", value)
    }

    /// A bar for a budget line: its printed rate when there is one, else the rate its amounts give.
    static func bar(for line: BudgetLine, label: String) -> Bar {
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
        if let executed = line.executed { caption += " · 집행 \(Format.compactWon(executed))" }
        return Bar(label: label, rate: rate, caption: caption)
    }
}

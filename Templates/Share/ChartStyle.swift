/// The chart's colours and type outside the site's stylesheet: in the chart's SVG file, the
/// preview cards and the embed page (light colours, which read on a slide and in print; the
/// page's own chart follows the reader's theme).
enum ChartStyle {
    static let fonts = "\"Noto Sans CJK KR\", \"Noto Sans KR\", \"Pretendard\", \"Apple SD Gothic Neo\", \"Malgun Gothic\", sans-serif"

    /// For an `svg` of its own: classes of the chart drawing, in its units (13 px text).
    static let svg = """
    text { font-family: \(fonts); font-size: 13px; fill: #1b1f24; }
    .bar { fill: #2f6fbf; } .bar.over { fill: #c2410c; }
    .axis { stroke: #57606a; } .rule { stroke: #57606a; stroke-dasharray: 3 3; }
    text.inside { fill: #ffffff; }
    .elapsed { stroke: #6e3fb0; stroke-width: 2; stroke-dasharray: 4 2; }
    text.elapsed-label { fill: #6e3fb0; font-size: 12px; }
    .tick { fill: #57606a; font-size: 11px; }
    text.heading { font-size: 18px; font-weight: 700; }
    text.source { font-size: 11px; fill: #57606a; }
    """
}

/// The site's one stylesheet: responsive, print-friendly, dark-mode aware, Korean font stack.
enum StyleSheet {
    static let path = "assets/site.css"

    /// The stylesheet in a `style` element, for a page that may be served at any depth. The CSS
    /// is this file's own constant (no `<` in it), so it goes in unescaped.
    static var inline: HTML { HTML(unescaped: "<style>\n" + css + "</style>") }

    static let css = """
    :root {
      --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa;
      --accent: #0b5cad; --bar: #2f6fbf; --over: #c2410c; --warn: #9a3412; --on-bar: #ffffff; --elapsed: #6e3fb0;
    }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6edf3; --muted: #9da7b3; --line: #3d444d; --bg: #0d1117; --soft: #161b22;
              --accent: #6cb6ff; --bar: #4c8ed9; --over: #f0883e; --warn: #f0883e; --on-bar: #0d1117; --elapsed: #d2a8ff; }
    }
    * { box-sizing: border-box; }
    html { font-size: 100%; -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; color: var(--text); background: var(--bg); line-height: 1.7;
      font-family: "Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "맑은 고딕", sans-serif;
      word-break: keep-all; overflow-wrap: anywhere;
    }
    a { color: var(--accent); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
    header.site, main, footer.site { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
    header.site { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; border-bottom: 1px solid var(--line); }
    header.site .brand { font-weight: 700; margin: .75rem 0; }
    header.site ul, nav.trail ol, nav.statuses ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    nav.trail { margin-top: 1rem; font-size: .9rem; color: var(--muted); }
    nav.trail li + li::before { content: "›"; margin-right: .5rem; }
    h1 { font-size: 1.75rem; line-height: 1.35; margin: 1rem 0; }
    h2 { font-size: 1.35rem; margin-top: 2.25rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
    h3 { font-size: 1.1rem; margin-top: 1.5rem; }
    dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
    dl.meta dt { color: var(--muted); }
    dl.meta dd { margin: 0; }
    code, .hash { font-family: ui-monospace, "SFMono-Regular", "Noto Sans Mono CJK KR", monospace; font-size: .85em; word-break: break-all; }
    .table-wrap { overflow-x: auto; margin: 1rem 0; position: relative; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    caption { text-align: left; font-weight: 700; padding: .5rem 0; }
    .table-wrap > table > caption { position: sticky; left: 0; max-width: calc(100vw - 2rem); }
    caption .unit { font-weight: 400; color: var(--muted); font-size: .85rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
    thead th { background: var(--soft); white-space: nowrap; }
    th.num, td.num, .figures td:not(.links), .figures th+th { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.unreadable { color: var(--warn); }
    tbody th[scope=row] { min-width: 7rem; background: var(--bg); }
    td.links { font-size: .8rem; min-width: 8.5rem; }
    td.links a, td.links summary, .copy { display: inline-block; min-height: 24px; min-width: 24px; padding: 2px 4px; line-height: 20px; }
    details.cite { display: inline-block; }
    details.cite summary { cursor: pointer; color: var(--accent); text-decoration: underline; }
    details.cite[open] .cite-text, details.cite[open] .cite-box { position: absolute; left: .5rem; right: .5rem; z-index: 3; margin: .25rem 0 0; padding: .5rem .75rem;
      white-space: normal; font-size: .85rem; background: var(--bg); border: 1px solid var(--line); border-radius: .25rem; box-shadow: 0 2px 8px rgb(0 0 0 / .2); }
    .copy { font: inherit; font-size: .8rem; color: var(--accent); background: var(--soft); border: 1px solid var(--line); border-radius: .25rem; cursor: pointer; margin-left: .25rem; }
    a.finding-mark { display: inline-block; min-width: 24px; min-height: 24px; line-height: 22px; text-align: center; margin-left: .25rem; font-weight: 700;
      color: var(--warn); text-decoration: none; border: 1px solid currentColor; border-radius: 12px; font-size: .8rem; padding: 0 .3rem; }
    a.finding-mark .count { font-weight: 400; margin-left: .15rem; }
    table.budget:not(.figures) td:not(.num):not(.links) { min-width: 6.5rem; }
    table.budget td.date { min-width: 0; white-space: nowrap; }
    table.budget td.change { min-width: 11rem; }
    tr.total th, tr.total td, tr.department th, tr.department td { font-weight: 700; background: var(--soft); }
    tbody tr.total th[scope=row], tbody tr.department th[scope=row] { background: var(--soft); }
    @media (max-width: 48rem) {
      ol.source li { padding-left: 3.25rem; text-indent: -3.25rem; }
      ol.source li::before { width: 2.75rem; margin-right: .5rem; }
      table.budget tbody th[scope=row], table.budget thead th:first-child { position: sticky; left: 0; z-index: 2; box-shadow: 1px 0 0 var(--line); }
      table { font-size: .88rem; }
    }
    tr.subtotal th, tr.subtotal td { font-style: italic; }
    tr:target { outline: 2px solid var(--accent); outline-offset: -2px; }
    .none { color: var(--muted); }
    .glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(9.5rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
    .glance li { background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; }
    .glance strong { display: block; font-size: 1.2rem; }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { max-width: 100%; height: auto; font-size: 13px; font-family: inherit; }
    figure.chart svg.wide { max-width: 54rem; }
    figure.chart svg.narrow { display: none; max-width: 30rem; }
    @media (max-width: 48rem) { figure.chart svg.wide { display: none; } figure.chart svg.narrow { display: block; } }
    figure.chart figcaption { color: var(--muted); font-size: .85rem; }
    svg .bar { fill: var(--bar); }
    svg .bar.over { fill: var(--over); }
    svg .axis { stroke: var(--muted); }
    svg .rule { stroke: var(--muted); stroke-dasharray: 3 3; }
    svg text { fill: var(--text); }
    svg text.inside { fill: var(--on-bar); }
    svg .elapsed { stroke: var(--elapsed); stroke-width: 2; stroke-dasharray: 4 2; }
    svg text.elapsed-label { fill: var(--elapsed); font-size: 12px; }
    svg .tick { fill: var(--muted); font-size: 11px; }
    .narrative blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
    .narrative ul { padding-left: 1.25rem; }
    .narrative table { display: block; max-width: 100%; overflow-x: auto; }
    .narrative pre { white-space: pre-wrap; overflow-wrap: anywhere; }
    .finding .kind, .status { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .25rem; }
    ol.source { font-family: ui-monospace, "Noto Sans Mono CJK KR", monospace; font-size: .85rem; line-height: 1.45; list-style: none; padding: 0; margin: 1rem 0; counter-reset: line; }
    ol.source li { padding-left: 5.25rem; text-indent: -5.25rem; white-space: pre-wrap; counter-increment: line; }
    ol.source li::before { content: counter(line); display: inline-block; width: 4.5rem; margin-right: .75rem; text-indent: 0; text-align: right; color: var(--muted); user-select: none; cursor: pointer; }
    ol.source .page-start { color: var(--muted); margin-right: .5rem; }
    ol.source li:hover::before { text-decoration: underline; }
    ol.source li:target, ol.source li.in-range { background: var(--soft); box-shadow: inset 3px 0 0 var(--accent); }
    nav.toc ol { columns: 14rem; padding-left: 1.25rem; }
    header.site a[aria-current] { font-weight: 700; border-bottom: 3px solid currentColor; text-decoration: none; }
    form.search { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: 1rem 0; }
    input[type=search] { font-size: 1rem; padding: .35rem .5rem; min-height: 2.25rem; min-width: 12rem; }
    button { font-size: 1rem; min-height: 2.25rem; }
    nav.pager ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; justify-content: space-between; gap: .5rem 1rem; }
    .note { border-left: 4px solid var(--warn); padding: .25rem .75rem; background: var(--soft); }
    .muted { color: var(--muted); }
    ul.demands, ul.findings { list-style: none; padding: 0; }
    ul.findings > li { margin: .5rem 0; }
    ul.findings > li:target { outline: 2px solid var(--accent); outline-offset: 2px; }
    ul.demands > li { border-bottom: 1px solid var(--line); padding: .25rem 0 .75rem; }
    a.demand-number { display: inline-block; min-height: 24px; font-weight: 700; margin-right: .25rem; }
    .reflow p { margin: .35rem 0; }
    .reflow p.reflow-sub { padding-left: 1.25rem; }
    .reflow p.reflow-head { margin-top: .75rem; }
    ul.index { columns: 18rem; }
    footer.site { margin-top: 3rem; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
    @media print {
      header.site nav, .skip, td.links > :not(.permalink), .copy, nav.toc, form.search, .downloads { display: none; }
      main p > a[href^="http"]::after, main li > a[href^="http"]::after, main dd > a[href^="http"]::after, td.links a.permalink[href^="http"]::after {
        content: " ⟨" attr(href) "⟩"; font-size: .75em; color: #444; overflow-wrap: anywhere; }
      main a[data-address]::after { content: " ⟨" attr(data-address) "⟩"; font-size: .75em; color: #444; overflow-wrap: anywhere; }
      td.links { min-width: 0; font-size: .7rem; } td.links a { min-height: 0; line-height: 1.3; }
      figure.chart svg.narrow { display: none; } figure.chart svg.wide { display: block; }
      body { color: #000; background: #fff; }
      a { color: inherit; text-decoration: none; }
      .table-wrap { overflow: visible; }
      svg .bar { fill: #999; } svg .bar.over { fill: #555; } svg text { fill: #000; } svg text.inside { fill: #000; }
      h2, h3 { break-after: avoid; } tr, figure { break-inside: avoid; }
      @page { size: A4; margin: 12mm; }
      header.site, main, footer.site { max-width: none; padding: 0; }
      .chart-share, details.embed-code { display: none; }
      figure.chart svg.wide { max-width: 100%; }
      table { font-size: 8pt; } th, td { padding: 2px 3px; } thead th { white-space: normal; }
      table.budget:not(.figures) td:not(.num):not(.links), table.budget td.change { min-width: 0; }
      .table-wrap > table > caption { position: static; max-width: none; }
      td.links a.permalink[href^="http"]::after, td.links a.permalink[data-address]::after { display: block; }
    }

    """
}

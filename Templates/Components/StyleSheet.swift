/// The site's one stylesheet: responsive, print-friendly, dark-mode aware, Korean font stack.
enum StyleSheet {
    static let path = "assets/site.css"

    static let css = """
    :root {
      --text: #1b1f24; --muted: #57606a; --line: #d0d7de; --bg: #ffffff; --soft: #f6f8fa;
      --accent: #0b5cad; --bar: #2f6fbf; --over: #c2410c; --warn: #9a3412;
    }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e6edf3; --muted: #9da7b3; --line: #3d444d; --bg: #0d1117; --soft: #161b22;
              --accent: #6cb6ff; --bar: #4c8ed9; --over: #f0883e; --warn: #f0883e; }
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
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
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
    .table-wrap { overflow-x: auto; margin: 1rem 0; }
    table { border-collapse: collapse; width: 100%; font-size: .92rem; }
    caption { text-align: left; font-weight: 700; padding: .5rem 0; }
    caption .unit { font-weight: 400; color: var(--muted); font-size: .85rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
    thead th { background: var(--soft); white-space: nowrap; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.unreadable { color: var(--warn); }
    td.links { white-space: nowrap; font-size: .8rem; }
    tr.total th, tr.total td, tr.department th, tr.department td { font-weight: 700; background: var(--soft); }
    tr.subtotal th, tr.subtotal td { font-style: italic; }
    tr:target { outline: 2px solid var(--accent); outline-offset: -2px; }
    .none { color: var(--muted); }
    .glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
    .glance li { background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; }
    .glance strong { display: block; font-size: 1.35rem; }
    figure.chart { margin: 1rem 0; }
    figure.chart svg { max-width: 100%; height: auto; font-size: 13px; font-family: inherit; }
    figure.chart figcaption { color: var(--muted); font-size: .85rem; }
    svg .bar { fill: var(--bar); }
    svg .bar.over { fill: var(--over); }
    svg .axis { stroke: var(--muted); }
    svg .rule { stroke: var(--muted); stroke-dasharray: 3 3; }
    svg text { fill: var(--text); }
    svg text.inside { fill: #ffffff; }
    svg .tick { fill: var(--muted); font-size: 11px; }
    .narrative blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--line); color: var(--muted); }
    .narrative ul { padding-left: 1.25rem; }
    .finding .kind, .status { display: inline-block; font-size: .8rem; padding: 0 .4rem; border: 1px solid var(--line); border-radius: .25rem; }
    ol.source { font-family: ui-monospace, "Noto Sans Mono CJK KR", monospace; font-size: .85rem; padding-left: 4.5rem; white-space: pre-wrap; }
    ol.source li:target { background: var(--soft); outline: 2px solid var(--accent); }
    ul.index { columns: 18rem; }
    footer.site { margin-top: 3rem; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
    @media print {
      header.site nav, .skip, td.links, .permalink { display: none; }
      body { color: #000; background: #fff; }
      a { color: inherit; text-decoration: none; }
      .table-wrap { overflow: visible; }
      svg .bar { fill: #999; } svg .bar.over { fill: #555; } svg text { fill: #000; } svg text.inside { fill: #000; }
      h2, h3 { break-after: avoid; } tr, figure { break-inside: avoid; }
    }

    """
}

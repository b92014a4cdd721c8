/// The report's inline style sheet: system fonts only (nothing to fetch), readable on screen, and for print
/// no table or chart cut across pages and nothing that needs a background colour to be read.
/// It holds no `<`, `>` or `&`, so that the page stays well-formed XML.
enum HTMLStyle {
    static let css = """
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #555555; --rule: #c8c8c8; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif; color: var(--ink); background: #ffffff; }
    body { margin: 0; line-height: 1.45; }
    main { max-width: 62rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    h1 { font-size: 1.7rem; margin: 0 0 1rem; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 0.8rem; padding-bottom: 0.2rem; border-bottom: 2px solid var(--ink); }
    h3 { font-size: 1.12rem; margin: 1.8rem 0 0.6rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1.4rem 0 0.5rem; }
    h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
    p { margin: 0.6rem 0; max-width: 48rem; }
    nav ul { margin: 0.4rem 0 1.2rem; padding-left: 1.2rem; }
    nav a { color: #1f4e8c; }
    .banner { margin: 1rem 0; padding: 0.8rem 1rem; border: 3px solid #8a1c1c; border-left-width: 10px; color: #8a1c1c; background: #fdf0ef; max-width: none; }
    .table-block { margin: 1rem 0 1.6rem; overflow-x: auto; break-inside: avoid; page-break-inside: avoid; }
    table { border-collapse: collapse; font-size: 0.95rem; }
    caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 0.4rem; }
    th, td { padding: 0.3rem 0.65rem; vertical-align: top; border-bottom: 1px solid var(--rule); }
    thead th { border-bottom: 2px solid var(--ink); text-align: left; font-weight: 600; vertical-align: bottom; }
    tbody th { text-align: left; font-weight: normal; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    thead th.num { text-align: right; }
    sup { font-size: 0.75em; line-height: 0; font-weight: 600; margin-left: 0.08em; }
    .table-block.wide table { font-size: 0.8rem; }
    .table-block.wide th, .table-block.wide td { padding: 0.3rem 0.35rem; }
    .table-block.wide thead th.num { white-space: normal; min-width: 3rem; }
    .table-block.wide tbody th { min-width: 9rem; }
    .notes { margin-top: 0.4rem; font-size: 0.85rem; color: var(--muted); }
    .notes p { margin: 0.2rem 0; max-width: 56rem; }
    .chart-block { margin: 0.5rem 0 2rem; break-inside: avoid; page-break-inside: avoid; }
    figcaption { font-weight: 600; margin-bottom: 0.3rem; }
    svg.chart { display: block; max-width: 100%; height: auto; font-size: 12px; fill: #1a1a1a; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    svg.chart .label, svg.chart .axis-title, svg.chart .count { font-size: 12px; }
    svg.chart .tick, svg.chart .count, svg.chart .note { font-size: 11px; fill: var(--muted); }
    svg.chart .value { font-size: 11px; font-weight: 600; }
    svg.chart .grid { stroke: #dddddd; stroke-width: 1; }
    svg.chart .zero { stroke: #1a1a1a; stroke-width: 1.5; }
    svg.chart .midpoint { stroke: #1a1a1a; stroke-width: 1; stroke-dasharray: 4 3; }
    svg.chart .band { fill: #f4f4f4; }
    svg.chart .ci { fill: none; stroke-width: 2; }
    svg.chart .marker { stroke: #1a1a1a; stroke-width: 0.75; }
    @media print {
      @page { margin: 1.6cm 1.4cm; }
      html { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      .banner { background: none; }
      .table-block { overflow: visible; }
      svg.chart .band { fill: none; }
    }
    """
}

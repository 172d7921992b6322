/// The pack's stylesheet: large, plain type on screen, clean A4 pages in print.
enum PackStyle {
    static let css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #555; --line: #c8c8c8; --accent: #0b5394; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.45;
               max-width: 62rem; margin: 0 auto; padding: 1.5rem; font-size: 1.05rem; }
        h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
        h2 { font-size: 1.4rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; margin-top: 2.2rem; }
        h2 .number { color: var(--accent); }
        h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
        .meta, .small, figcaption, footer { color: var(--muted); font-size: .9rem; }
        nav ol { columns: 2; padding-left: 1.4rem; }
        nav a { color: var(--accent); }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        thead th { border-bottom: 2px solid var(--ink); font-size: .9rem; }
        td.number { white-space: nowrap; }
        .focus { font-size: 1.15rem; font-weight: bold; }
        figure.map { margin: 0; text-align: center; }
        figure.map svg { max-width: 100%; height: auto; }
        svg.chart polyline { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg.chart circle { fill: var(--accent); }
        svg.chart line.axis { stroke: var(--line); stroke-width: 1; }
        footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: .5rem; }
        @media print {
          @page { size: A4; margin: 16mm 14mm; }
          body { max-width: none; padding: 0; font-size: 10.5pt; }
          nav { display: none; }
          h2 { break-after: avoid; margin-top: 1.2rem; }
          section#map { break-before: page; }
          tr, figure, svg.chart { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
        }

        """
}

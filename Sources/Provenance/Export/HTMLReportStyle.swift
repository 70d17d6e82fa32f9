/// The HTML report's style sheet, inline so the page needs nothing else. System fonts
/// only (nothing to download); a print section drops the screen colours, prints link
/// addresses after their titles and keeps a claim's heading, grade and picture together.
/// It holds no `<` or `&`, so the page stays well-formed XML.
enum HTMLReportStyle {
    static let css = """
        :root { color-scheme: light; --ink: #111827; --muted: #4b5563; --line: #d1d5db; --accent: #1f3a5f; }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--ink); background: #f7f8fa;
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        header, main, footer { max-width: 980px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 24px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 36px 0 4px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
        h2 .n { color: var(--muted); font-weight: normal; }
        h3 { font-size: 17px; margin: 0 0 6px; }
        h4 { font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 14px 0 4px; }
        .scale, .shown, .explain, .legend, figcaption, .meta, .attribution, .more, .also, footer { color: var(--muted); }
        .legend { font-size: 13px; }
        .figures { list-style: none; padding: 0; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 10px; }
        .figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 14px; min-width: 120px; }
        .figure .count { display: block; font-size: 26px; font-weight: 700; }
        .figure .label { font-size: 13px; color: var(--muted); }
        .figure.circular { border-top: 4px solid #b45309; }
        .figure.contested { border-top: 4px solid #b91c1c; }
        .figure.corroborated { border-top: 4px solid #15803d; }
        .figure.unsourced { border-top: 4px solid #6b7280; }
        .figure.claims { border-top: 4px solid var(--accent); }
        nav { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; margin: 12px 0; }
        nav ol { margin: 4px 0; padding-left: 20px; }
        nav ol ol { font-size: 14px; }
        nav .code { color: var(--muted); font-size: 12px; }
        a { color: #1d4ed8; }
        .claim { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin: 16px 0; }
        .claim-id { display: inline-block; font-size: 12px; font-weight: 600; color: #fff; background: var(--accent);
          border-radius: 4px; padding: 1px 6px; margin-right: 6px; vertical-align: 2px; }
        .grade { margin: 0 0 4px; font-weight: 600; }
        .grade .code { display: inline-block; font-family: ui-monospace, Menlo, Consolas, monospace; border-radius: 4px;
          padding: 0 6px; background: #e5e7eb; }
        .grade.circular .code { background: #fde68a; }
        .grade.independently-corroborated .code { background: #bbf7d0; }
        .grade.contested .code { background: #fecaca; }
        .first-seen { font-weight: normal; color: var(--muted); margin-left: 6px; }
        .origins { margin: 0; padding-left: 20px; }
        figure.spread { margin: 6px 0 0; overflow-x: auto; }
        figure.spread svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-size: 12px; margin-top: 4px; }
        .evidence { margin: 0; padding-left: 22px; }
        .evidence li { margin: 0 0 10px; }
        .evidence q { quotes: "\\201C" "\\201D"; }
        .evidence .source, .evidence .attribution { margin: 2px 0 0; font-size: 13px; }
        .evidence li.denies, .evidence li.disputes { border-left: 3px solid #b91c1c; padding-left: 8px; }
        .stance { font-size: 11px; font-weight: 700; text-transform: uppercase; color: #b91c1c; }
        code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 13px; }
        footer { padding-top: 12px; padding-bottom: 32px; font-size: 13px; }
        @media print {
          body { background: #fff; font-size: 11pt; }
          header, main, footer { max-width: none; padding: 0; }
          nav { display: none; }
          .claim { border: none; border-top: 1px solid #999; border-radius: 0; padding: 10px 0; }
          .figure { border-color: #999; }
          h2 { break-after: avoid; }
          h3, .grade, figure.spread, .evidence li { break-inside: avoid; }
          h3, h4 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
          .evidence a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #4b5563; word-break: break-all; }
        }
        """
}

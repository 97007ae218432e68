// The report stylesheet: readable on phones, in print and in dark mode. Shared by --html and the website.
export const REPORT_CSS = `
:root { color-scheme: light dark; --text: #1b1b1b; --muted: #5b5b5b; --bg: #fff; --accent: #0b57d0; --rule: #ddd; }
@media (prefers-color-scheme: dark) { :root { --text: #e8e8e8; --muted: #a8a8a8; --bg: #121212; --accent: #8ab4f8; --rule: #333; } }
body { margin: 0; background: var(--bg); color: var(--text); font: 17px/1.6 Georgia, 'Times New Roman', serif; }
.report { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font: 600 1.15rem/1.3 system-ui, sans-serif; margin: 2rem 0 .5rem; }
.checked, .disclaimer, .meta { color: var(--muted); font: .9rem/1.4 system-ui, sans-serif; }
a { color: var(--accent); }
a.cite { text-decoration: none; font: .8rem system-ui, sans-serif; vertical-align: super; }
a.cite:focus, a.cite:hover { text-decoration: underline; outline: 2px solid var(--accent); }
table.positions { width: 100%; border-collapse: collapse; font-size: .95rem; }
table.positions th, table.positions td { border-top: 1px solid var(--rule); padding: .5rem; text-align: left; vertical-align: top; }
.stance { font: 600 .85rem system-ui, sans-serif; text-transform: uppercase; white-space: nowrap; }
.stance-supports { color: #1e7d32; } .stance-opposes { color: #b3261e; } .stance-cautious, .stance-mixed { color: #8a5a00; }
ol.sources li { margin-bottom: .5rem; overflow-wrap: anywhere; }
.follow-ups li { margin-bottom: .35rem; }
.warnings { border-left: 3px solid #b3261e; padding-left: .75rem; }
.cite-wrap { position: relative; }
.cite-wrap .quote { display: none; position: absolute; z-index: 20; left: -1rem; bottom: 1.7em; width: min(24rem, 80vw); padding: .6rem .75rem; background: var(--bg); color: var(--text); border: 1px solid var(--rule); border-radius: 6px; box-shadow: 0 4px 18px rgba(0, 0, 0, .22); font: .85rem/1.45 system-ui, sans-serif; text-align: left; white-space: normal; }
.cite-wrap .quote q { font-style: italic; }
.cite-wrap .quote-source { color: var(--muted); }
.cite-wrap:hover .quote, .cite:focus + .quote { display: block; }
@media (max-width: 600px) { .cite-wrap .quote { position: fixed; left: .75rem; right: .75rem; bottom: .75rem; width: auto; } }
@media (max-width: 600px) {
  body { font-size: 16px; }
  /* On a phone each position becomes a card: actor and stance on one line, the reasons below. */
  table.positions, table.positions tbody, table.positions tr, table.positions td { display: block; }
  table.positions thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.positions tr { border-top: 1px solid var(--rule); padding: .6rem 0; }
  table.positions th[scope=row], table.positions td.stance { display: inline; border: 0; padding: 0 .5rem 0 0; }
  table.positions td { border: 0; padding: .3rem 0 0; }
}
@media print { .cite-wrap .quote { display: none !important; } a.cite { color: inherit; } .follow-ups a { color: inherit; text-decoration: none; } body { background: #fff; color: #000; } }
`;

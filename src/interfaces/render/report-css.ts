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
button.cite { display: inline-flex; align-items: center; justify-content: center; min-width: 24px; min-height: 24px; margin: 0 1px; padding: 0 .2rem; border: 0; border-radius: 4px; background: none; color: var(--accent); font: 600 .8rem/1 system-ui, sans-serif; cursor: pointer; vertical-align: baseline; }
button.cite:hover, button.cite:focus-visible { text-decoration: underline; outline: 2px solid var(--accent); outline-offset: 0; }
.when { display: inline-block; margin-right: .3rem; padding: 0 .3rem; border: 1px solid var(--rule); border-radius: 4px; color: var(--muted); font: .78rem/1.5 system-ui, sans-serif; white-space: nowrap; }
.provenance { color: var(--muted); font: .9rem/1.4 system-ui, sans-serif; }
table.positions th, table.positions td { border-top: 1px solid var(--rule); padding: .5rem; text-align: left; vertical-align: top; }
table.positions { width: 100%; border-collapse: collapse; font-size: .95rem; }
.stated { font: .85rem system-ui, sans-serif; color: var(--muted); white-space: nowrap; }
.stance { font: 600 .85rem system-ui, sans-serif; text-transform: uppercase; white-space: nowrap; }
.stance-supports { color: #1e7d32; } .stance-opposes { color: #b3261e; } .stance-cautious, .stance-mixed { color: #8a5a00; }
@media (prefers-color-scheme: dark) { .stance-supports { color: #81c995; } .stance-opposes { color: #f28b82; } .stance-cautious, .stance-mixed { color: #fdd663; } }
ol.sources li { margin-bottom: .5rem; overflow-wrap: anywhere; }
.follow-ups li { margin-bottom: .35rem; }
.warnings { border-left: 3px solid #b3261e; padding-left: .75rem; }
/* A citation's popover: a sheet at the bottom of the screen without script; placed by its [n] with it (report.js). */
.quote[popover] { position: fixed; inset: auto .75rem .75rem; width: auto; max-width: 32rem; max-height: 60vh; margin: 0 auto; overflow: auto; padding: .7rem .9rem; background: var(--bg); color: var(--text); border: 1px solid var(--rule); border-radius: 8px; box-shadow: 0 4px 18px rgba(0, 0, 0, .28); font: .9rem/1.5 system-ui, sans-serif; text-align: left; }
.quote.placed { inset: auto; margin: 0; width: min(26rem, calc(100vw - 1.5rem)); }
.quote q { font-style: italic; }
.quote-source { color: var(--muted); }
.quote-links { display: block; margin-top: .35rem; }
.quote-links a { display: inline-block; min-height: 24px; padding-top: .15rem; }
/* The timeline picture (render/timeline.ts): colours from the theme, so it follows dark mode. */
.timeline figure { margin: 0; }
.timeline-picture { width: 100%; height: auto; max-height: 14rem; font-family: system-ui, sans-serif; }
.timeline-picture .axis, .timeline-picture .tick { stroke: var(--muted); stroke-width: 2; }
.timeline-picture .stem { stroke: var(--rule); stroke-width: 2; }
.timeline-picture .mark { fill: var(--accent); }
.timeline-picture .mark-number { fill: var(--bg); font-size: 12px; font-weight: 700; }
.timeline-picture .year { fill: var(--muted); font-size: 13px; }
.timeline summary { display: inline-block; min-height: 24px; padding: .2rem 0; color: var(--accent); cursor: pointer; font: .92rem system-ui, sans-serif; }
.timeline-events { font: .92rem/1.5 system-ui, sans-serif; padding-left: 1.6rem; }
.timeline-events li { margin-bottom: .3rem; }
.timeline-events time { font-weight: 600; margin-right: .25rem; white-space: nowrap; }
.timeline-events a { display: inline-block; min-width: 24px; min-height: 24px; text-align: center; text-decoration: none; }
.follow-ups { padding-left: 1.2rem; }
.follow-ups form { margin: 0; }
.follow-ups button.follow-up { display: inline; min-height: 24px; padding: .15rem 0; border: 0; background: none; color: var(--accent); font: inherit; text-align: left; text-decoration: underline; cursor: pointer; }
@media (max-width: 600px) {
  body { font-size: 16px; }
  /* On a phone each position becomes a card: actor and stance on one line, the reasons below. */
  table.positions, table.positions tbody, table.positions tr, table.positions td { display: block; }
  table.positions thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.positions tr { border-top: 1px solid var(--rule); padding: .6rem 0; }
  table.positions th[scope=row], table.positions td.stance, table.positions td.stated { display: inline; border: 0; padding: 0 .5rem 0 0; }
  table.positions td { border: 0; padding: .3rem 0 0; }
}
@media print { .quote[popover] { display: none !important; } .cite { color: inherit; } .follow-ups a, .follow-ups button.follow-up { color: inherit; text-decoration: none; } body { background: #fff; color: #000; } }
`;

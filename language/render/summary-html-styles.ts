/**
 * The summary page's stylesheet, embedded in the page. System fonts only (nothing is fetched). Each status
 * tone has a colour and also a distinct border style (solid, dashed, double, dotted), so badges and cards
 * stay distinguishable in grey-scale print; the symbol and word carry the meaning regardless.
 */
export const SUMMARY_STYLES = `
:root { --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa;
  --good: #1a7f37; --good-bg: #dafbe1; --progress: #0550ae; --progress-bg: #ddf4ff;
  --warn: #7d4e00; --warn-bg: #fff8c5; --bad: #b42318; --bad-bg: #ffebe9; --neutral: #57606a; --neutral-bg: #eaeef2; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 16px; line-height: 1.5; color: var(--ink); background: var(--paper); }
body { margin: 0 auto; max-width: 76rem; padding: 1.5rem 1.5rem 3rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; }
h2 { font-size: 1.4rem; margin: 2.25rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0; display: inline; }
.as-of { color: var(--muted); margin: 0 0 1rem; }
.verdict { padding: .75rem 1rem; border-radius: .4rem; border: 2px solid; margin: 0 0 1rem; }
.verdict p { margin: 0; }
.verdict-word { font-size: 1.25rem; }
.verdict-line { font-size: 1.05rem; color: var(--ink); margin-top: .25rem !important; }
.concern-line { white-space: normal; }
.glance { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin-bottom: 1rem; }
.card { border: 1px solid var(--line); border-radius: .4rem; padding: .75rem 1rem; background: var(--wash); }
.card h3 { display: block; font-size: .85rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.card .big { font-size: 1.3rem; font-weight: 600; margin: .15rem 0 .4rem; display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem; }
.card .big .status { font-size: .95rem; }
.card.concern { border-left-width: 6px; }
.card small.stale { color: var(--warn); }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li { margin: .2rem 0; display: flex; justify-content: space-between; align-items: center; gap: .5rem; }
.count { font-weight: 600; font-variant-numeric: tabular-nums; }
.contents ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: 0; }
.contents a { color: var(--progress); }
.status { display: inline-flex; align-items: center; gap: .3em; white-space: nowrap; font-size: .85rem; font-weight: 600;
  padding: .05rem .5rem; border-radius: 1rem; border: 1.5px solid; }
.status .symbol, .verdict .symbol { font-weight: 700; }
.status.small { font-size: .75rem; }
.tone-good { color: var(--good); background: var(--good-bg); border-color: var(--good); border-style: solid; }
.tone-progress { color: var(--progress); background: var(--progress-bg); border-color: var(--progress); border-style: solid; }
.tone-warn { color: var(--warn); background: var(--warn-bg); border-color: var(--warn); border-style: dashed; }
.tone-bad { color: var(--bad); background: var(--bad-bg); border-color: var(--bad); border-style: double; border-width: 3px; }
.tone-neutral { color: var(--neutral); background: var(--neutral-bg); border-color: var(--neutral); border-style: dotted; }
.item { border: 1px solid var(--line); border-left-width: 6px; border-radius: .4rem; padding: .75rem 1rem; margin: 0 0 .75rem; break-inside: avoid; }
.item > header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem; margin-bottom: .4rem; }
.tone-border-good { border-left-color: var(--good); border-left-style: solid; }
.tone-border-progress { border-left-color: var(--progress); border-left-style: solid; }
.tone-border-warn { border-left-color: var(--warn); border-left-style: dashed; }
.tone-border-bad { border-left-color: var(--bad); border-left-style: double; border-left-width: 8px; }
.tone-border-neutral { border-left-color: var(--neutral); border-left-style: dotted; }
.severity, .kind { color: var(--muted); font-size: .85rem; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85em; background: var(--wash); padding: 0 .25em; border-radius: .2em; }
blockquote.clause { margin: .4rem 0; padding: .35rem .8rem; border-left: 3px solid var(--line); color: var(--muted); background: var(--wash); }
blockquote.clause p { margin: 0; font-style: italic; }
blockquote.clause cite { font-size: .8rem; font-style: normal; }
.violations { margin: .4rem 0; padding-left: 1.2rem; }
.violations li { margin: .2rem 0; }
.checked { margin: .4rem 0 0; font-size: .9rem; color: var(--muted); }
.targets { display: grid; grid-template-columns: 1fr; gap: .9rem; }
.targets .item { margin: 0; }
.aspiration { margin: 0 0 .4rem; color: var(--muted); font-size: .9rem; }
dl.progress { display: grid; grid-template-columns: repeat(3, 1fr); gap: .5rem; margin: .25rem 0; }
dl.progress dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
dl.progress dd { margin: 0; font-weight: 600; }
dl.progress small { display: block; font-weight: 400; color: var(--muted); }
.note { font-size: .85rem; color: var(--muted); margin: .25rem 0; }
figure.target-chart { margin: .5rem 0 0; max-width: 48rem; }
figcaption { font-size: .8rem; color: var(--muted); }
.chart-note { display: block; color: var(--ink); margin-top: .2rem; }
svg.chart { width: 100%; height: auto; display: block; font-family: inherit; }
svg.chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.chart .grid { stroke: var(--line); stroke-width: 1; }
svg.chart .tick { font-size: 14px; fill: var(--muted); }
svg.chart .axis-title { font-size: 14px; fill: var(--ink); font-weight: 600; }
svg.chart .goal { stroke: var(--good); stroke-width: 2; stroke-dasharray: 2 4; }
svg.chart .goal-label { font-size: 14px; fill: var(--good); font-weight: 600; }
svg.chart .trajectory { stroke: var(--progress); stroke-width: 2; stroke-dasharray: 8 5; }
svg.chart .baseline-mark { fill: var(--paper); stroke: var(--progress); stroke-width: 2; }
svg.chart .as-of { stroke: var(--neutral); stroke-width: 1.5; stroke-dasharray: 1 3; }
svg.chart .as-of-label { font-size: 13px; fill: var(--neutral); }
svg.chart .evidence { fill: none; stroke: var(--ink); stroke-width: 2.5; }
svg.chart .evidence-point circle { fill: var(--ink); }
svg.chart .evidence-point:hover circle, svg.chart .evidence-point:focus circle { r: 7; fill: var(--progress); }
table { width: 100%; border-collapse: collapse; font-size: .92rem; table-layout: fixed; }
th, td { text-align: left; vertical-align: top; padding: .45rem .5rem; border-bottom: 1px solid var(--line); overflow-wrap: break-word; }
col.w-status { width: 8.5rem; } col.w-wide { width: 30%; } col.w-dates { width: 9rem; } col.w-rule { width: 12rem; } col.w-where { width: 11rem; }
col.w-clause { width: 38%; } col.w-result { width: 8rem; } col.w-enforced { width: 27%; } col.w-facts { width: auto; }
.status { max-width: 100%; }
.row-findings { list-style: none; margin: .35rem 0 0; padding: 0; font-weight: 400; font-size: .85rem; }
.row-findings li { margin: .15rem 0; }
.src[data-file] { cursor: pointer; }
details.facts summary { font-size: .9rem; }
svg.chart .error-bar line { stroke: var(--ink); stroke-width: 1.5; }
.chart-source { font-size: .8rem; color: var(--muted); margin: .2rem 0 0; overflow-wrap: anywhere; }
thead th { background: var(--wash); font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
tbody th { font-weight: 600; }
.aims { margin: .25rem 0 0; padding-left: 1rem; font-weight: 400; color: var(--muted); font-size: .85rem; }
.clause-text { font-weight: 400; color: var(--muted); }
.none { color: var(--muted); }
.fact { border-bottom: 1px dotted var(--line); }
.powers li { margin: .2rem 0; }
section > h3 { display: block; margin: 1.25rem 0 .5rem; }

.unit { white-space: nowrap; }
details summary { cursor: pointer; color: var(--progress); margin: .25rem 0; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .75rem; }
a:focus, summary:focus { outline: 3px solid var(--progress); outline-offset: 2px; }
/* Narrow panes (an editor beside the summary): every table row becomes a block, each cell labelled. */
@media (max-width: 40rem) {
  body { padding: .75rem; }
  dl.progress { grid-template-columns: 1fr; }
  table, tbody, tr, th, td { display: block; width: auto; }
  thead, colgroup { display: none; }
  tr { border: 1px solid var(--line); border-radius: .4rem; margin: 0 0 .6rem; padding: .3rem .5rem; }
  th, td { border: none; padding: .2rem 0; }
  td[data-label]::before { content: attr(data-label) ": "; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
}
@media print {
  /* Collapsed lists ("8 facts", an agreement's clauses) print open: paper cannot be clicked. */
  details::details-content { content-visibility: visible; display: contents; }
  details > summary { list-style: none; }
  details > summary::-webkit-details-marker { display: none; }
  /* …so the matrix gives its facts, now printed in full, more of the page's width. */
  col.w-clause { width: 30%; } col.w-enforced { width: 20%; }
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  .contents { display: none; }
  h2 { break-after: avoid; }
  .item, figure, .card { break-inside: avoid; }
  tr { break-inside: avoid; }
  table { font-size: 9pt; }
  /* A status badge wraps in a narrow printed column rather than overflow it (the commitments' status column). */
  table.commitments td .status { white-space: normal; }
  col.w-status { width: 8rem; } col.w-result { width: 10.5rem; } col.w-dates { width: 7rem; } col.w-rule { width: 9rem; } col.w-where { width: 8rem; }
  .card, thead th, code, blockquote.clause { background: none; }
  .status, .verdict { background: none !important; }
  .glance { grid-template-columns: repeat(3, 1fr); }
  figure.target-chart { max-width: 15cm; }
  a { color: inherit; text-decoration: none; }
  @page { size: A4 portrait; margin: 1.5cm; }
}
`;

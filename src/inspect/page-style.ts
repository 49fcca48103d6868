/**
 * @fileoverview The page's one stylesheet, inlined. System fonts only; colours chosen for at
 * least 4.5:1 contrast in both the light and the dark scheme; status is always written in
 * words as well as colour; focus is always visible; motion follows the user's preference.
 */

export const PAGE_STYLE = String.raw`
:root {
  color-scheme: light dark;
  --bg: #ffffff; --panel: #f5f6f8; --text: #1a1a1a; --muted: #4a4f57; --border: #8a9099;
  --link: #0b4f9c; --focus: #0b57d0;
  --ready-fg: #0b6b2e; --ready-bg: #e3f3e8;
  --cool-fg: #6e4300; --cool-bg: #fff1d6;
  --off-fg: #9b111e; --off-bg: #fde8ea;
  --pin-fg: #0b4f9c; --pin-bg: #e4eefb;
  --err-fg: #9b111e; --warn-fg: #6e4300; --info-fg: #0b4f9c;
  --mark-bg: #fff1b8; --target-bg: #dbe8ff;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #121417; --panel: #1c1f24; --text: #e8eaed; --muted: #b3b9c2; --border: #6b727c;
    --link: #9cc7ff; --focus: #9cc7ff;
    --ready-fg: #86e3a6; --ready-bg: #11301d;
    --cool-fg: #ffd27f; --cool-bg: #3a2a0c;
    --off-fg: #ffa3ac; --off-bg: #3d1218;
    --pin-fg: #9cc7ff; --pin-bg: #0f2a4d;
    --err-fg: #ffa3ac; --warn-fg: #ffd27f; --info-fg: #9cc7ff;
    --mark-bg: #5a4a00; --target-bg: #1d3557;
  }
}
* { box-sizing: border-box; }
html { scroll-padding-top: 1rem; }
body { margin: 0; background: var(--bg); color: var(--text); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
code, pre, .code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: 1rem; }
header.top { padding: 1rem 1.5rem; border-bottom: 1px solid var(--border); display: flex; flex-wrap: wrap; gap: .5rem 2rem; align-items: baseline; }
header.top h1 { margin: 0; font-size: 1.35rem; }
header.top p { margin: 0; color: var(--muted); }
header.top p.key { flex: 1 1 100%; color: var(--text); font-size: 1.05rem; border-left: 4px solid var(--focus); padding-left: .6rem; }
nav.sections ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: .5rem 1.5rem; border-bottom: 1px solid var(--border); }
main { padding: 1rem 1.5rem 3rem; display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; max-width: 1400px; }
h2 { font-size: 1.2rem; margin: 0 0 .75rem; }
h3 { font-size: 1.05rem; margin: 1rem 0 .5rem; }
h4 { font-size: .95rem; margin: 1rem 0 .4rem; }
h5 { font-size: .95rem; margin: 0 0 .3rem; }
.muted { color: var(--muted); }
.agent { border: 1px solid var(--border); border-radius: 8px; padding: 0 1rem 1rem; background: var(--panel); }
.summary-line { border-left: 4px solid var(--focus); padding: .4rem .75rem; background: var(--bg); margin: .5rem 0; }
ol.chain { list-style: none; display: flex; flex-wrap: wrap; align-items: stretch; gap: .5rem; padding: 0; margin: .25rem 0 .75rem; }
ol.chain li { display: flex; align-items: center; gap: .5rem; }
ol.chain li + li::before { content: "\2192" / ""; font-size: 1.3rem; color: var(--muted); }
.node { display: block; border: 2px solid var(--border); border-radius: 6px; padding: .35rem .6rem; background: var(--bg); color: var(--text); text-decoration: none; min-width: min(11rem, 100%); max-width: 100%; }
.node .role { display: block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.node.invalid { border-style: dashed; border-color: var(--err-fg); }
.node .dots { display: flex; gap: .25rem; margin-top: .2rem; flex-wrap: wrap; }
.models { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(min(22rem, 100%), 1fr)); }
.model { border: 1px solid var(--border); border-radius: 6px; padding: .6rem .8rem; background: var(--bg); }
.model p { margin: .3rem 0; }
ol.profiles { padding-left: 1.6rem; margin: .4rem 0; }
ol.profiles li { margin: .35rem 0; }
.why { margin: .15rem 0 0; color: var(--muted); font-size: .9rem; }
.badge { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.status-ready { color: var(--ready-fg); background: var(--ready-bg); }
.status-cooldown { color: var(--cool-fg); background: var(--cool-bg); }
.status-disabled, .status-excluded { color: var(--off-fg); background: var(--off-bg); }
.status-pinned { color: var(--pin-fg); background: var(--pin-bg); }
.countdown { font-variant-numeric: tabular-nums; }
.columns { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 1fr) minmax(0, 1.2fr); align-items: start; }
@media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); } }
/* A phone (360 px and up): less padding, badges and chains wrap, the source still scrolls inside its box. */
@media (max-width: 600px) {
  header.top, nav.sections ul, footer { padding-left: .75rem; padding-right: .75rem; }
  main { padding: .75rem .75rem 2rem; gap: 1.5rem; }
  .agent { padding: 0 .6rem .75rem; }
  .model { padding: .5rem .6rem; }
  ol.profiles { padding-left: 1.2rem; }
  .badge { white-space: normal; }
  ol.chain li { max-width: 100%; }
  .line { grid-template-columns: 2.5rem minmax(0, 1fr); }
  .line .ln { padding-right: .5rem; }
}
ul.diags { list-style: none; padding: 0; margin: 0; }
ul.diags li { border-left: 4px solid var(--border); padding: .3rem .6rem; margin: .5rem 0; background: var(--panel); }
ul.diags li.sev-error { border-left-color: var(--err-fg); }
ul.diags li.sev-warning { border-left-color: var(--warn-fg); }
ul.diags li.sev-info { border-left-color: var(--info-fg); }
.sev { font-weight: 700; }
.sev-error .sev { color: var(--err-fg); } .sev-warning .sev { color: var(--warn-fg); } .sev-info .sev { color: var(--info-fg); }
pre.frame { margin: .4rem 0 0; padding: .4rem .6rem; overflow-x: auto; background: var(--bg); border: 1px solid var(--border); border-radius: 4px; }
.hint { margin: .25rem 0 0; font-size: .9rem; }
.code { border: 1px solid var(--border); border-radius: 6px; max-height: 70vh; overflow: auto; background: var(--panel); padding: .25rem 0; }
.line { display: grid; grid-template-columns: 3.5rem minmax(0, 1fr); white-space: pre; line-height: 1.45; }
.line .ln { text-align: right; padding-right: .75rem; color: var(--muted); user-select: none; }
.line .tx { padding-right: 1rem; }
.line.has-error { box-shadow: inset 4px 0 var(--err-fg); }
.line.has-warning { box-shadow: inset 4px 0 var(--warn-fg); }
.line.has-info { box-shadow: inset 4px 0 var(--info-fg); }
.line mark { background: var(--mark-bg); color: inherit; text-decoration: underline wavy; }
.line .note { grid-column: 2; white-space: normal; font-family: system-ui, sans-serif; font-size: .8rem; padding: .1rem .5rem; }
.line.target { background: var(--target-bg); }
footer { padding: 1rem 1.5rem; border-top: 1px solid var(--border); color: var(--muted); font-size: .85rem; }
@media (prefers-reduced-motion: no-preference) { .line.target { transition: background .3s; } }
`;

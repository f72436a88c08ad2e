// Styles for the hover card, inside its shadow root so the page's CSS cannot reach in and
// ours cannot leak out.
export const CARD_CSS = `
:host { all: initial; }
.frame { position: fixed; top: 0; left: 0; z-index: 2147483647; width: 300px; }
.card {
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d1d1f; background: #fff; border: 1px solid #d0d0d7; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px; text-align: start;
}
header { display: flex; justify-content: space-between; align-items: center; }
.brand { font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #8a5a00; font-weight: 600; }
.close { all: unset; cursor: pointer; font-size: 16px; line-height: 1; padding: 0 4px; color: #555; }
.company { font-size: 16px; margin: 4px 0 6px; font-weight: 650; }
.facts { list-style: none; margin: 0 0 8px; padding: 0; }
.facts li { margin: 2px 0; }
.muted { color: #666; }
.error { color: #b00020; }
.details { all: unset; cursor: pointer; color: #0b57d0; font-weight: 600; }
.details:focus-visible, .close:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
[data-theme="dark"] .card { color: #eee; background: #1f1f23; border-color: #3a3a40; }
[data-theme="dark"] .brand { color: #f0b550; }
[data-theme="dark"] .muted, [data-theme="dark"] .when { color: #aaa; }
[data-theme="dark"] .close { color: #ccc; }
[data-theme="dark"] .details, [data-theme="dark"] .sources a { color: #8ab4f8; }
.notable { list-style: none; margin: 0 0 8px; padding: 8px 0 0; border-top: 1px solid rgba(128,128,128,.3); }
.notable li { margin: 0 0 6px; }
.when { color: #666; font-variant-numeric: tabular-nums; margin-inline-end: 4px; }
.sources a { color: #0b57d0; font-size: 12px; margin-inline-end: 6px; }
`;

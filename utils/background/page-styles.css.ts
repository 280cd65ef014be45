/**
 * The style sheets of components/page (panel and row markers), sent to the content script by the
 * background (see ./styles.ts). Both live in open shadow roots: `:host { all: initial }` keeps the
 * page's styles out and ours in.
 */
export const PAGE_STYLES = {
  panel: `
:host { all: initial; display: block; margin: 0 0 16px; }
section { font: 14px/1.4 system-ui, sans-serif; color: #1d2a4d; background: #f3f6ff; border: 1px solid #c9d3f5;
  border-radius: 8px; padding: 12px 16px; display: grid; gap: 8px; }
h2 { font-size: 15px; margin: 0; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
select, button { font: inherit; padding: 6px 10px; border-radius: 6px; border: 1px solid #8a97c2; background: #fff; color: inherit; }
select { min-width: 16em; max-width: 100%; }
button { background: #3c64f4; border-color: #3c64f4; color: #fff; font-weight: 600; cursor: pointer; }
button:disabled { opacity: .6; cursor: progress; }
button.secondary { background: #fff; color: #2849c7; border-color: #8a97c2; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
[role=status] { margin: 0; font-weight: 600; }
ul { margin: 0; padding-left: 1.2em; color: #8a1c1c; }
a { color: #2849c7; }
[hidden]{display:none!important}section>*{min-width:0}fieldset{border:0;margin:0;padding:0;display:flex;gap:4px 14px;flex-wrap:wrap}legend{float:left;font-weight:600}
p,h3{margin:0;font-size:14px}summary{cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
details[open] .clip{display:none}.notes ul,.offer ul{color:inherit}
.important{border-left:4px solid #b35c00;background:#fff4e0;color:#5c2e00;padding:6px 10px;border-radius:4px;display:grid;gap:4px}
.offer{border:2px solid #3c64f4;border-radius:6px;padding:8px 12px;display:grid;gap:6px}
.offer button+button{background:none;color:inherit;border-color:#8a97c2;font-weight:400}
/* The page's colour scheme, not the system's (components/page/panel.ts pageIsDark sets the class). */
:host(.dark) section { background: #1b2233; color: #e8ecf8; border-color: #3b4666; }
:host(.dark) select { background: #10151f; color: #e8ecf8; }
:host(.dark) button.secondary { background: #10151f; color: #9db4ff; }
:host(.dark) ul { color: #ffb4b4; } :host(.dark) a { color: #9db4ff; }
:host(.dark) .important { background: #3a2a14; color: #ffe2bd; }`,
  marker: `
:host { all: initial; display: block; margin-top: 4px; }
:host([hidden]) { display: none; }
span { font: 600 12px/1.4 system-ui, sans-serif; border-radius: 4px; padding: 1px 6px; border-left: 4px solid; }
.right { color: #0b5b2a; background: #e3f6ea; }
.neutral { color: #3d4766; background: #eef0f5; }
.missing { color: #8a1c1c; background: #fde8e8; }
.over-granted { color: #7a4500; background: #fff1d6; }
.unrecognised, .unknown { color: #5b2a86; background: #f1e8fb; }
select { display: block; margin-top: 4px; font: 13px/1.4 system-ui, sans-serif; padding: 3px 6px; max-width: 100%; }
select:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }`,
};

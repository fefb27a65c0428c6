/** The console's whole stylesheet, inlined in every page (no extra request, works without JavaScript). */
export const styles = `
:root { font-family: system-ui, sans-serif; color: #1d232a; background: #f6f7f9; }
body { margin: 0; }
header { display: flex; gap: 1rem; align-items: center; padding: .6rem 1.2rem; background: #232f3e; color: #fff; }
header .target { font-size: .85rem; background: #37475a; padding: .2rem .5rem; border-radius: 4px; }
header .switcher { margin-left: auto; font-size: .85rem; }
nav { display: flex; gap: 1rem; padding: .5rem 1.2rem; background: #fff; border-bottom: 1px solid #d5dbdb; }
nav a { color: #0972d3; text-decoration: none; }
nav a[aria-current=page] { font-weight: 600; text-decoration: underline; }
main { padding: 1rem 1.2rem; max-width: 70rem; }
h1 { font-size: 1.4rem; margin: .2rem 0 1rem; }
h2 { font-size: 1.1rem; margin-top: 1.6rem; }
table { border-collapse: collapse; background: #fff; width: 100%; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #e9ebed; font-size: .9rem; vertical-align: top; }
form.inline { display: inline; }
fieldset { border: 1px solid #d5dbdb; background: #fff; margin: 1rem 0; padding: .8rem 1rem; }
label { display: inline-block; margin: .2rem .8rem .2rem 0; }
label.block { display: block; margin: .5rem 0; }
input, select, button { font: inherit; padding: .25rem .4rem; }
button { cursor: pointer; }
.field-error { color: #d91515; display: block; font-size: .85rem; }
.flash { padding: .5rem .8rem; border-radius: 4px; }
.flash.ok { background: #e6f4e6; }
.flash.error, .error-box { background: #fde8e8; border-left: 4px solid #d91515; padding: .5rem .8rem; }
.secret { font-family: monospace; background: #fff8e1; border: 1px dashed #b58900; padding: .5rem; }
.progress { color: #5f6b7a; }
.progress::before { content: ""; display: inline-block; width: .8em; height: .8em; margin-right: .5em;
  border: 2px solid #5f6b7a; border-top-color: transparent; border-radius: 50%; animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
pre { background: #fff; border: 1px solid #e9ebed; padding: .6rem; overflow: auto; font-size: .85rem; }
.muted { color: #5f6b7a; font-size: .85rem; }
.pager { margin: .6rem 0; }
`;

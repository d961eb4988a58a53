// A host page for tests/e2e/walk-embed.spec.ts, set up from its address so that any port works:
//   walk.html?calc=http://127.0.0.1:4173/&column=1200&bg=%23fde68a&d.sections=cash,profit&d.theme=dark
// calc: the calculator's folder (embed.js is loaded from it); column: the slot's width in px (else the page's);
// bg: the page's background colour; d.<name>: the embed element's data-<name>.
const params = new URLSearchParams(location.search);
const embed = document.getElementById('embed');
for (const [key, value] of params) {
  if (key.startsWith('d.')) embed.setAttribute(`data-${key.slice(2)}`, value);
}
const column = Number(params.get('column'));
if (column > 0) document.getElementById('slot').style.width = `${column}px`;
const bg = params.get('bg');
if (bg) {
  document.body.style.background = bg;
  // A dark page gets light text, as a real one would.
  document.body.classList.toggle('dark', params.get('ink') === 'light');
}
const script = document.createElement('script');
script.src = new URL('embed.js', params.get('calc') ?? 'http://127.0.0.1:4173/').href;
script.async = true;
document.body.append(script);

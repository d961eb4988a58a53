// Trunk post-build hook, run on the staged dist/:
// 1. Writes the module loader of the split build (scripts/split-build.sh) as its own hashed file, so the page runs
//    under a strict Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval'), and
//    preloads the main module.
// 2. Writes embed.html, the page embed.js frames: the same app without the full page's static skeleton (the compact
//    calculator paints itself), served with a frame-ancestors policy that lets other sites embed it.
// 3. Fills the service worker (sw.js) with this build's files and a version named after them.
// 4. Writes every other language's pages (see below).
// 5. Writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file, for hosts that serve precompressed
//    files (scripts/serve.py does, as the README's deploy table says).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

// The split build's folder (scripts/split-build.sh): app-<content hash>/ with the main module and its chunks.
const apps = readdirSync(dir).filter((n) => /^app-[0-9a-f]{16}$/.test(n));
if (apps.length !== 1) throw new Error(`expected one app-<hash>/ folder from scripts/split-build.sh, found ${apps.length}`);
const app = `/${apps[0]}`;
// The loader: a module file (no inline script, for the CSP), named by its hash like everything else.
const code = `import init from '${app}/adcredit.js';\nawait init({ module_or_path: '${app}/adcredit_bg.wasm' });\n`;
const hash = (text, algorithm, encoding) => createHash(algorithm).update(text).digest(encoding);
const name = `loader-${hash(code, 'sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const head =
  `<link rel="modulepreload" href="${app}/adcredit.js">\n` +
  `<link rel="preload" href="${app}/adcredit_bg.wasm" as="fetch" type="application/wasm" crossorigin>\n` +
  `<script type="module" src="/${name}" integrity="sha384-${hash(code, 'sha384', 'base64')}"></script>\n`;
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
html = html.replace('</head>', `${head}</head>`);

// Up to the last </div> before </body> (`trunk serve` puts its live-reload script in between).
const skeleton = /<div id="app">[\s\S]*<\/div>(\s*(?:<script[\s\S]*?<\/script>\s*)*<\/body>)/;
if (!skeleton.test(html)) throw new Error('index.html has no <div id="app"> before </body>');
const embedPage = (page) => page.replace(skeleton, '<div id="app"></div>$1');

// Every other language's pages, /<tag>/index.html and /<tag>/embed.html: the same app with `lang` and `dir` right
// from the first byte, the title and description in that language, its words (the core's table,
// static/l10n/<tag>.txt, whose first two messages are the title and the description; en.txt, English's, only lists
// the messages for the tests) in a script element the wasm reads, and the static skeleton of that language
// (static/skeleton/<tag>.html, printed by scripts/print-skeleton.mjs; the English one stands in, with a warning,
// until it is printed). Every page names the others (hreflang); the root page opens the visitor's language before it
// paints (lang-<hash>.js, a blocking script of a few hundred bytes fetched beside the CSS).
const root = fileURLToPath(new URL('..', import.meta.url));
const l10n = join(root, 'static/l10n');
const languages = readdirSync(l10n)
  .filter((n) => n.endsWith('.txt') && n !== 'en.txt')
  .map((n) => n.slice(0, -4))
  .sort();
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const alternates =
  `<link rel="alternate" hreflang="en" href="/">\n` +
  languages.map((tag) => `<link rel="alternate" hreflang="${tag}" href="/${tag}/">\n`).join('') +
  `<link rel="alternate" hreflang="x-default" href="/">\n`;
const chooser =
  `// Opens the visitor's language before the root page paints: the one they chose in the calculator, else the first of\n` +
  `// their browser's languages it speaks. Written by scripts/post-build.mjs.\n` +
  `(() => {\n` +
  `  const LANGS = ${JSON.stringify(languages)};\n` +
  `  let chosen = null;\n` +
  `  try { chosen = localStorage.getItem('adcredit.lang'); } catch {}\n` +
  `  for (const tag of chosen ? [chosen] : navigator.languages || [navigator.language || '']) {\n` +
  `    const primary = String(tag).split(/[-_]/)[0].toLowerCase();\n` +
  `    if (primary === 'en') return;\n` +
  `    const lang = LANGS.find((l) => l.split('-')[0].toLowerCase() === primary || (l === 'id' && primary === 'in'));\n` +
  `    if (lang) return location.replace(lang + '/' + location.search + location.hash);\n` +
  `  }\n` +
  `})();\n`;
const chooserName = `lang-${hash(chooser, 'sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, chooserName), chooser);
const chooserTag = `<script src="/${chooserName}" integrity="sha384-${hash(chooser, 'sha384', 'base64')}"></script>\n`;
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n${chooserTag}`).replace('</head>', `${alternates}</head>`);
writeFileSync(page, html);
writeFileSync(join(dir, 'embed.html'), embedPage(html.replace(chooserTag, '')));

for (const tag of languages) {
  const table = readFileSync(join(l10n, `${tag}.txt`), 'utf8');
  // Its first line: the language, the count of messages, and the page's direction (the core's `Lang::dir`).
  const [header, title, description] = table.split('\n');
  const [named, , direction] = header.split('\t');
  if (named !== tag || !['ltr', 'rtl'].includes(direction)) throw new Error(`static/l10n/${tag}.txt is not ${tag}'s table`);
  let translated = html
    .replace(chooserTag, '')
    .replace(/<html lang="en"[^>]*>/, `<html lang="${tag}" dir="${direction}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escape(description)}" />`)
    .replace('</head>', `<script type="text/plain" id="l10n">${table}</script>\n</head>`);
  let own = '';
  try {
    own = readFileSync(join(root, `static/skeleton/${tag}.html`), 'utf8');
  } catch {
    console.warn(`post-build: no static/skeleton/${tag}.html yet; /${tag}/ paints the English skeleton until the wasm runs`);
  }
  // A function, not a replacement string: the skeleton's own "$100.00" must not read as a back-reference.
  if (own) translated = translated.replace(skeleton, (_, end) => `<div id="app">\n${own.trim()}\n</div>${end}`);
  mkdirSync(join(dir, tag), { recursive: true });
  writeFileSync(join(dir, tag, 'index.html'), translated);
  writeFileSync(join(dir, tag, 'embed.html'), embedPage(translated));
}

// The service worker precaches every file of this build: the pages, the loader, the CSS, the main module and every
// chunk (not embed.js, which host pages load, nor the worker itself).
const listed = [];
const list = (folder, prefix) => {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) list(path, `${prefix}${name}/`);
    else if (!/\.(br|gz)$/.test(name) && !['sw.js', 'embed.js'].includes(name)) listed.push(`${prefix}${name}`);
  }
};
list(dir, '/');
const files = ['/', ...languages.map((tag) => `/${tag}/`), ...listed];
// A new build has a new version: its files' names (hashed by content) and its pages decide it.
const version = createHash('sha256')
  .update(files.join('\n'))
  .update(readFileSync(join(dir, 'index.html')))
  .update(readFileSync(join(dir, 'embed.html')))
  .update(languages.map((tag) => readFileSync(join(dir, tag, 'index.html'))).join(''))
  .digest('hex')
  .slice(0, 16);
// The host pages' loader learns which languages have pages.
const loader = join(dir, 'embed.js');
writeFileSync(loader, readFileSync(loader, 'utf8').replace('const LANGS = [];', `const LANGS = ${JSON.stringify(languages)};`));
const worker = join(dir, 'sw.js');
writeFileSync(
  worker,
  readFileSync(worker, 'utf8')
    .replace("const VERSION = 'dev';", `const VERSION = '${version}';`)
    .replace('const FILES = [];', `const FILES = ${JSON.stringify(files)};`),
);

const compressible = /\.(html|js|css|wasm)$/;
const precompress = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) precompress(path);
    else if (compressible.test(name)) {
      const bytes = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    }
  }
};
precompress(dir);

// Trunk post-build hook, run on the staged dist/:
// 1. Writes the module loader of the split build (scripts/split-build.sh) as its own hashed file, so the page runs
//    under a strict Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval'), and
//    preloads the main module.
// 2. Writes embed.html, the page embed.js frames: the same app without the full page's static skeleton (the compact
//    calculator paints itself), served with a frame-ancestors policy that lets other sites embed it.
// 3. Fills the service worker (sw.js) with this build's files and a version named after them.
// 4. Writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm file, for hosts that serve precompressed
//    files (scripts/serve.py does, as the README's deploy table says).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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
const hash = (algorithm, encoding) => createHash(algorithm).update(code).digest(encoding);
const name = `loader-${hash('sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const head =
  `<link rel="modulepreload" href="${app}/adcredit.js">\n` +
  `<link rel="preload" href="${app}/adcredit_bg.wasm" as="fetch" type="application/wasm" crossorigin>\n` +
  `<script type="module" src="/${name}" integrity="sha384-${hash('sha384', 'base64')}"></script>\n`;
if (!html.includes('</head>')) throw new Error('index.html has no </head>');
html = html.replace('</head>', `${head}</head>`);
writeFileSync(page, html);

// Up to the last </div> before </body> (`trunk serve` puts its live-reload script in between).
const skeleton = /<div id="app">[\s\S]*<\/div>(\s*(?:<script[\s\S]*?<\/script>\s*)*<\/body>)/;
if (!skeleton.test(html)) throw new Error('index.html has no <div id="app"> before </body>');
writeFileSync(join(dir, 'embed.html'), html.replace(skeleton, '<div id="app"></div>$1'));

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
const files = ['/', ...listed];
// A new build has a new version: its files' names (hashed by content) and its pages decide it.
const version = createHash('sha256')
  .update(files.join('\n'))
  .update(readFileSync(join(dir, 'index.html')))
  .update(readFileSync(join(dir, 'embed.html')))
  .digest('hex')
  .slice(0, 16);
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

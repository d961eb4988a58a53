// Trunk post-build hook, run on the staged dist/:
// 1. Moves Trunk's inline module loader into its own hashed file, so the page runs under a strict
//    Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
// 2. Writes embed.html, the page embed.js frames: the same app without the full page's static skeleton (the compact
//    calculator paints itself), served with a frame-ancestors policy that lets other sites embed it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');

const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected Trunk's one inline loader script, found ${scripts.length}`);
const code = scripts[0][1].trim() + '\n';
const hash = (algorithm, encoding) => createHash(algorithm).update(code).digest(encoding);
const name = `loader-${hash('sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
html = html.replace(inline, `<script type="module" src="/${name}" integrity="sha384-${hash('sha384', 'base64')}"></script>`);
writeFileSync(page, html);

// Up to the last </div> before </body> (`trunk serve` puts its live-reload script in between).
const skeleton = /<div id="app">[\s\S]*<\/div>(\s*(?:<script[\s\S]*?<\/script>\s*)*<\/body>)/;
if (!skeleton.test(html)) throw new Error('index.html has no <div id="app"> before </body>');
writeFileSync(join(dir, 'embed.html'), html.replace(skeleton, '<div id="app"></div>$1'));

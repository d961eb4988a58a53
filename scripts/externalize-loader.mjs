// Trunk post-build hook: moves Trunk's inline module loader into its own hashed file, so the page runs under a
// strict Content-Security-Policy with no 'unsafe-inline' (script-src 'self' 'wasm-unsafe-eval').
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
const html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const scripts = [...html.matchAll(inline)];
if (scripts.length !== 1) throw new Error(`expected Trunk's one inline loader script, found ${scripts.length}`);
const code = scripts[0][1].trim() + '\n';
const hash = (algorithm, encoding) => createHash(algorithm).update(code).digest(encoding);
const name = `loader-${hash('sha256', 'hex').slice(0, 16)}.js`;
writeFileSync(join(dir, name), code);
const tag = `<script type="module" src="/${name}" integrity="sha384-${hash('sha384', 'base64')}"></script>`;
writeFileSync(page, html.replace(inline, tag));

// Trunk post_build hook: writes the first screen into the built index.html (see
// first-screen.mjs), then gives it a strict Content-Security-Policy. Only the app's own files may
// load; the inline scripts (trunk's loader of the wasm, whose content changes with every build,
// and the first screen's) are allowed by their hashes; wasm may be compiled, nothing else
// evaluated. One hook for both, because trunk runs a stage's hooks side by side.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { withFirstScreen } from './first-screen.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const file = join(dir, 'index.html');
let html = withFirstScreen(readFileSync(file, 'utf8'));

const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
if (html.includes('Content-Security-Policy')) throw new Error('index.html already has a Content-Security-Policy');
html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
writeFileSync(file, html);
console.log(`csp: ${inline.length} inline script(s) allowed by hash`);

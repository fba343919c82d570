// Writes dist-single/tillit.html: the release build in dist/ as one self-contained HTML file
// (wasm, JavaScript, styles and icon inlined) that works when opened straight from disk, e.g.
// from a USB stick or a mail attachment. Run after `trunk build --release`.
//
// Differences from the served build: no service worker and no web app manifest (neither exists
// for file://), the other language's content inlined rather than fetched, and a
// Content-Security-Policy with the hashes of the inlined script and styles.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { scriptHashes, withFirstScreen } from './first-screen.mjs';
import { bundle, fetched } from './content-bundle.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const out = join(root, 'dist-single');
const files = readdirSync(dist);
const find = (pattern) => {
  const name = files.find((f) => pattern.test(f));
  if (!name) throw new Error(`no file matching ${pattern} in dist/: run trunk build --release first`);
  return readFileSync(join(dist, name));
};

const glue = find(/^tillit-[0-9a-f]+\.js$/).toString('utf8');
const wasm = find(/^tillit-[0-9a-f]+_bg\.wasm$/).toString('base64');
const styles = ['main', 'pages', 'print'].map((name) => find(new RegExp(`^${name}-[0-9a-f]+\\.css$`)).toString('utf8'));
const icon = find(/^icon\.svg$/).toString('base64');

if (!/export \{ initSync, __wbg_init as default \};/.test(glue)) {
  throw new Error('the wasm-bindgen glue does not end as expected; check scripts/single-file.mjs');
}
// The glue as a module of its own, started with the wasm's bytes instead of its address.
const boot = `${glue}
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${sha256(boot)} ${scriptHashes} 'wasm-unsafe-eval'`,
  `style-src ${styles.map(sha256).join(' ')}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const languages = fetched
  .map(([lang]) => `<script type="application/json" id="content-${lang}">${bundle(lang).replace(/</g, '\\u003c')}</script>`)
  .join('\n  ');
let html = withFirstScreen(readFileSync(join(root, 'index.html'), 'utf8'));
const head = `<meta http-equiv="Content-Security-Policy" content="${csp}" />
    ${styles.map((css) => `<style>${css}</style>`).join('\n    ')}
    <link rel="icon" href="data:image/svg+xml;base64,${icon}" type="image/svg+xml" />`;
html = html
  // Trunk's own links are replaced by what they point to.
  .replace(/^\s*<link data-trunk[^>]*>\s*$/gm, '')
  .replace(/^\s*<link rel="(icon|manifest)"[^>]*>\s*$/gm, '')
  .replace('</head>', `    ${head}\n  </head>`)
  // No service worker from a file.
  .replace(/\s*<script src="register-sw\.js"><\/script>/, '')
  // The other language's content, read by the app from here instead of fetched
  // (src/app/content.rs); `<` escaped so that no text in it can end the element. A function,
  // so that no `$` in the content is read as a replacement pattern.
  .replace('</body>', () => `  ${languages}\n  <script type="module">${boot}</script>\n  </body>`);
if (/data-trunk|register-sw/.test(html)) throw new Error('something of the served build is left in the single file');

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'tillit.html'), html);
console.log(`dist-single/tillit.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KiB`);

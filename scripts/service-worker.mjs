// Writes the content of the languages fetched when chosen (content-bundle.mjs), then sw.js with
// the list of files to keep offline (run by post-build.mjs, once every file has its name).
// The cache name is derived from every file's name and content, so each build gets its own
// cache and the old one is dropped when the new worker takes over. That also versions the
// scanner's worker files, which trunk does not hash (scan_worker.js, scan_worker_bg.wasm,
// scan_worker_loader.js): they are in the list like every other file. Every build of the app
// is in it, so that every page opens offline; a phone (one that joined a round by its link, or
// a touch-only device in the walk) keeps at first only what answering needs (register-sw.js,
// sw.template.js).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { bundle, fetched } from './content-bundle.mjs';
import { builds } from './entries.mjs';
import { smallerScript } from './minify.mjs';

/** Writes the fetched content and sw.js into the build in `dir`. */
export function writeServiceWorker(dir) {
  // Also sent on every visit.
  writeFileSync(join(dir, 'register-sw.js'), smallerScript(readFileSync(join(dir, 'register-sw.js'), 'utf8'), false));
  // The content of the languages the app fetches when chosen, kept offline like every other file.
  for (const [lang, name] of fetched) writeFileSync(join(dir, name), bundle(lang));

  const files = readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'sw.js').sort();
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const version = hash.digest('hex').slice(0, 16);
  // Relative to sw.js, which sits beside index.html: the same list works under any sub-path.
  const assets = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
  // What a phone keeps at first (register-sw.js): all but the builds outside the walk and
  // their pages' styles, the scanner's worker and the content fetched when another language is
  // chosen. It keeps those too once it uses them.
  const outside = ['tillit', ...builds.filter((b) => b !== 'walk')].map((b) => `${b}-`);
  const later = new RegExp(`^\\./(${outside.join('|')}|pages-|scan_worker|${fetched.map(([, name]) => name.replace('.', '\\.')).join('|')})`);
  const answering = assets.filter((f) => !later.test(f));
  if (answering.length === assets.length || !answering.some((f) => f.startsWith('./walk-'))) {
    throw new Error('sw.js: the files a phone keeps to answer are not what was expected');
  }
  const template = readFileSync(new URL('../public/sw.template.js', import.meta.url), 'utf8');
  writeFileSync(
    join(dir, 'sw.js'),
    smallerScript(
      template
        .replace('__VERSION__', version)
        .replace('__ASSETS__', JSON.stringify(assets))
        .replace('__LATER__', later.toString()),
      false,
    ),
  );
  for (const worker of ['scan_worker_loader.js', 'scan_worker.js', 'scan_worker_bg.wasm']) {
    if (!files.includes(worker)) throw new Error(`${worker} is missing from the build: the scanner would not work offline`);
  }
  console.log(`sw.js: ${assets.length} files, cache ${version}`);
}

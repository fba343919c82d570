// Trunk's post_build hook: finishes the build in trunk's staging folder. One hook, because trunk
// runs a stage's hooks side by side and each step needs the one before: the choice of build by
// the address (entries.mjs, which also names the walk build's files), the first screen painted
// before the wasm (first-screen.mjs), the styles and the inline scripts made smaller
// (minify.mjs), the Content-Security-Policy with the hash of every inline script (csp.mjs), and
// last sw.js with the list of every file (service-worker.mjs).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withEntries } from './entries.mjs';
import { withFirstScreen } from './first-screen.mjs';
import { withPolicy } from './csp.mjs';
import { smallerScript, withSmallerStyles } from './minify.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');
const file = join(dir, 'index.html');
// The inline scripts made smaller (sent on every visit), before the policy takes their hashes.
const withSmallerScripts = (html) =>
  html.replace(/(<script(?![^>]*\ssrc=)[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open, code, close) =>
    open + smallerScript(code, open.includes('type="module"')) + close);
writeFileSync(file, withPolicy(withSmallerScripts(withFirstScreen(withSmallerStyles(withEntries(readFileSync(file, 'utf8'), dir), dir)))));
writeServiceWorker(dir);

// Trunk post_build hook: writes sw.js into the build with the list of files to keep offline.
// The cache name is derived from the (content-hashed) file names, so each build gets its own
// cache and the old one is dropped when the new worker takes over.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk hook');

const files = readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'sw.js').sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
// Relative to sw.js, which sits beside index.html: the same list works under any sub-path.
const assets = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
const template = readFileSync(new URL('../public/sw.template.js', import.meta.url), 'utf8');
writeFileSync(join(dir, 'sw.js'), template.replace('__VERSION__', version).replace('__ASSETS__', JSON.stringify(assets)));
console.log(`sw.js: ${assets.length} files, cache ${version}`);

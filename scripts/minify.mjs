// What is shipped made smaller without changing what it does: the scripts (wasm-bindgen's glue
// of each page build, index.html's inline scripts, register-sw.js, sw.js) through terser and the
// styles through lightningcss, gzipped a fifth to a quarter smaller each. All run in trunk's
// post_build hook; trunk's own minifying is off, since it cannot read the glue (`export
// default`) and would rewrite the index.html the other steps read.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify_sync } from 'terser';
import { transform } from 'lightningcss';

/** `code` without its spaces and comments and with short local names; an ES module's exports
 *  and every property (the names the wasm imports by) stay as they are. A classic script's
 *  top-level names stay too (`module` false). */
export function smallerScript(code, module = true) {
  return minify_sync(code, { module, compress: true, mangle: true }).code;
}

/** Every style sheet in `dir` made smaller, and `html`'s links to them given the new files'
 *  integrity hashes (trunk wrote them for the files as they were). Returns the new html. */
export function withSmallerStyles(html, dir) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.css'))) {
    const file = join(dir, name);
    const { code } = transform({ filename: name, code: readFileSync(file), minify: true });
    writeFileSync(file, code);
    const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
    const link = new RegExp(`(href="\\./${name.replace(/\./g, '\\.')}" integrity=")[^"]*(")`);
    html = html.replace(link, (_, before, after) => before + integrity + after);
  }
  return html;
}

// Which build of the app a page load starts (see `tillit::Pages` in src/app.rs): the walk build
// (start page, steps, handing answers in) for the bare address, a step, the hand-in page or a
// join link; for every other page the page build that draws it (`buildOf`); the full build
// where local storage is refused, since the work then lives in the page alone and could not
// follow it to another build, and where the walk build has left the stored document to it.
//
// Trunk starts its one main build (the full one) itself; the other builds are built beside it
// as modules that nothing starts (`data-type="worker"`, which trunk leaves unhashed). This gives
// their files a name from their content, as trunk names the main build's, and puts in place of
// trunk's loader two small scripts: one that chooses the build by the address and asks for its
// files at once (before the styles, so nothing holds the choice up), and one that starts it.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { smallerScript } from './minify.mjs';
import { text } from './first-screen.mjs';

/** The builds besides the full one, each named after its binary (src/bin/). */
export const builds = ['walk', 'workshop', 'receive', 'results', 'thieves', 'overview'];

/** The build a page load at `hash` (the address's fragment) starts, local storage allowed: the
 *  one that draws its page, as src/app.rs reads the page from the fragment (`read_address`,
 *  `Page::of`). A fragment that is no page's (a join link, `#main`) is the start page's; an
 *  address that is no page is drawn by every page build, by `noPage` here. Written, as source,
 *  into index.html's choosing script. */
export function buildOf(hash, noPage = 'results') {
  if (!hash.startsWith('#/')) return 'walk';
  const segments = hash.slice(2).split('?')[0].split('/').filter(Boolean);
  const pages = {
    '': 'walk', princip: 'walk', 'princip/*': 'walk', 'lamna-svar': 'walk',
    deltagare: 'workshop', team: 'workshop', 'team/visning': 'workshop', 'deltagare/ta-emot': 'receive',
    resultat: 'results', plan: 'results', rapport: 'results',
    tidstjuvar: 'thieves', 'tidstjuvar/*': 'thieves',
    oversikt: 'overview', 'over-tid': 'overview', sakerhetskopia: 'overview',
  };
  const wild = segments.length === 2 ? `${segments[0]}/*` : '';
  return pages[segments.join('/')] || (wild && pages[wild]) || noPage;
}

/** Whether `build` draws the page at `hash` without loading another build. */
export function draws(build, hash) {
  const own = buildOf(hash, null);
  return build === 'full' || own === build || (own === null && build !== 'walk');
}

/** Names a build's files (`walk.js`, `walk_bg.wasm`) after their content, its script made
 *  smaller first; returns their new names. The full build's script is left as wasm-bindgen
 *  wrote it: the single file (scripts/single-file.mjs) starts it by its names. */
function nameFiles(dir, build) {
  const script = join(dir, `${build}.js`);
  // A quarter of its bytes gzipped (8.2 → 6.2 KB for a page build), on every visit.
  writeFileSync(script, smallerScript(readFileSync(script, 'utf8')));
  const hash = createHash('sha256');
  for (const f of [`${build}.js`, `${build}_bg.wasm`]) hash.update(readFileSync(join(dir, f)));
  const name = `${build}-${hash.digest('hex').slice(0, 16)}`;
  renameSync(join(dir, `${build}.js`), join(dir, `${name}.js`));
  renameSync(join(dir, `${build}_bg.wasm`), join(dir, `${name}_bg.wasm`));
  return [`./${name}.js`, `./${name}_bg.wasm`];
}

/** The built index.html in `dir` with the choice of build in place of trunk's loader. */
export function withEntries(html, dir) {
  const loader = /<script type="module">\s*import init, \* as bindings from '(\.\/tillit-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/tillit-[0-9a-f]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
  const found = html.match(loader);
  if (!found) throw new Error("entries: trunk's loader of the app is not where it was expected in index.html");
  // Each build's script, its wasm and the wasm's size (what the loading line counts towards).
  const withSize = ([js, wasm]) => [js, wasm, statSync(join(dir, basename(wasm))).size];
  const files = { full: withSize([found[1], found[2]]) };
  for (const build of builds) files[build] = withSize(nameFiles(dir, build));
  const preloads = /<link rel="modulepreload" href="\.\/tillit-[^>]*><link rel="preload" href="\.\/tillit-[^>]*>/;
  if (!preloads.test(html)) throw new Error("entries: trunk's preload links are not where they were expected in index.html");
  // The styles of the pages outside the walk (style/pages.css): with every build but the walk.
  const pagesStyle = /<link rel="stylesheet" href="(\.\/pages-[0-9a-f]+\.css)"[^>]*\/?>/;
  const pagesFound = html.match(pagesStyle);
  if (!pagesFound) throw new Error("entries: trunk's link to style/pages.css is not where it was expected in index.html");
  // The loader (the module script below): where the page shows only its loading line (a page
  // outside the walk, or English), `counted` makes the line say how much of the build has come,
  // from the wasm's size when it was built (the full build takes seconds on a slow network). The
  // wasm is read as it comes and compiled as before; a failure to read is the compiling side's
  // to report.
  const choose = `<script>(() => {
  const files = ${JSON.stringify(files)};
  let build = (${buildOf})(location.hash);
  try { localStorage.getItem('tillit.document'); } catch (e) { build = 'full'; }
  // The walk build asks for the full one when what is stored is for the full build to read
  // (an earlier version's document, or one to repair), and a build that finds itself started
  // at a page it does not draw does too: for the rest of the tab's session.
  try { if (sessionStorage.getItem('tillit.build') === 'full') build = 'full'; } catch (e) {}
  document.documentElement.dataset.build = build;
  const [js, wasm] = files[build];
  for (const [rel, href] of [['modulepreload', js], ['preload', wasm]]) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    link.crossOrigin = 'anonymous';
    if (rel === 'preload') { link.as = 'fetch'; link.type = 'application/wasm'; }
    document.head.appendChild(link);
  }
})();</script>
<script type="module">
const [js, wasm, size] = ${JSON.stringify(files)}[document.documentElement.dataset.build];
const counted = (response) => {
  const loading = document.getElementById('loading');
  if (!loading || loading.hidden || !response.body) return response;
  const [counting, compiling] = response.body.tee();
  const said = loading.textContent;
  (async () => {
    const reader = counting.getReader();
    for (let got = 0; ;) {
      const { done, value } = await reader.read();
      if (done) return;
      got += value.length;
      loading.textContent = said + ' ' + Math.min(99, Math.floor((got * 100) / size)) + ' %';
    }
  })().catch(() => {});
  return new Response(compiling, { headers: { 'content-type': 'application/wasm' } });
};
let fetched;
try {
  const [{ default: init }, response] = await Promise.all([import(js), fetch(wasm)]);
  if (!response.ok) throw new Error(wasm + ': ' + response.status);
  fetched = { init, response: counted(response) };
} catch (e) {
  // The build could not be fetched: offline, on a device that has not kept it (a phone that
  // joined keeps only the walk build until it opens another page online). Only the fetching:
  // a failure of the app itself is told by the app (its crash notice).
  const loading = document.getElementById('loading');
  if (loading) {
    const english = document.documentElement.dataset.first === 'english';
    loading.textContent = english ? ${JSON.stringify(text('en', 'app.not_loaded'))} : ${JSON.stringify(text('sv', 'app.not_loaded'))};
    loading.setAttribute('role', 'alert');
    loading.hidden = false;
  }
  throw e;
}
// A build outside the walk draws once its pages' styles are in, so that nothing is drawn unstyled.
const style = document.getElementById('pages-style');
if (style && !style.sheet) await new Promise((done) => { style.onload = done; style.onerror = done; });
await fetched.init({ module_or_path: fetched.response });
</script>`;
  // In the place of trunk's link, so that the styles come in the order written (main, pages, print).
  const pagesLink = `<script>if (document.documentElement.dataset.build !== 'walk') {
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = ${JSON.stringify(pagesFound[1])};
  style.id = 'pages-style';
  document.currentScript.after(style);
}</script>`;
  return html.replace(loader, () => choose).replace(preloads, '').replace(pagesStyle, () => pagesLink);
}

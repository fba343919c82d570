// The benchmark of the built app (dist/), run by `make bench` after the release build and the
// native benchmarks. Prints a table of every measure against its budget and writes it as JSON
// to target/bench/results.json. The method is described in BENCHMARKS.md.
//
//   node scripts/bench.mjs <scale-document.json> [criterion-estimates-dir]
import { chromium, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { measureTransfer } from './transfer.mjs';
import { builds } from './entries.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const [scalePath, criterionDir = join(root, 'target/criterion')] = process.argv.slice(2);
const LOADS = Number(process.env.BENCH_LOADS ?? 11);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(1)} ms`;
const rows = [];
const row = (measure, value, budget, met) => rows.push({ measure, value, budget, met });

// 1. Size: every file the app ships, gzipped and brotli-compressed. A visit loads the files every
// page needs and one build of the app (scripts/entries.mjs): the walk build when it opens at the
// start page, a step, the hand-in page or a join link, at any other page the page build that
// draws it, with the pages' styles. The full build is loaded only where local storage is
// refused or the walk build leaves a stored document to it; the scanner's worker and its wasm
// only when the camera scanner opens, and the English content only when English is chosen:
// listed on their own, not in what a visit loads.
const shipped = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());
const parts = Object.fromEntries(['every', 'pages', 'full', 'worker', 'english', ...builds].map((p) => [p, []]));
const partOf = (f) =>
  builds.find((b) => f.startsWith(`${b}-`))
  ?? (f.startsWith('tillit-') ? 'full'
  : f.startsWith('pages-') ? 'pages'
  : f.startsWith('scan_worker') ? 'worker'
  : f === 'content-en.json' ? 'english'
  : 'every');
for (const f of shipped) {
  const bytes = readFileSync(join(dist, f));
  const size = {
    file: f.replace(/-[0-9a-f]{8,16}/, '-…'),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  parts[partOf(f)].push(size);
}
const total = (...names) => {
  const list = names.flatMap((n) => parts[n]);
  const sum = (key) => list.reduce((a, s) => a + s[key], 0);
  return { gzip: sum('gzip'), brotli: sum('brotli'), raw: sum('raw') };
};
for (const s of Object.values(parts).flat().filter((s) => !/^(scan_worker|content-)/.test(s.file)).sort((a, b) => b.gzip - a.gzip)) {
  row(`size: ${s.file}`, `${kb(s.raw)} raw, ${kb(s.gzip)} gz, ${kb(s.brotli)} br`, '', '');
}
const visits = [
  ['walk', 'the start page, a step, the hand-in page or a join link (walk build)'],
  ['workshop', 'Deltagare, Teamet or the projector (workshop build)'],
  ['receive', 'Ta emot svar (receive build)'],
  ['results', 'Resultat, Plan or Rapport (results build)'],
  ['thieves', 'Tidstjuvar, a thief or passing them on (thieves build)'],
  ['overview', 'Översikt, Över tid or Säkerhetskopia (overview build)'],
];
for (const [build, where] of visits) {
  const visit = build === 'walk' ? total('every', build) : total('every', 'pages', build);
  row(`size: a visit that opens at ${where}, gzipped`, `${kb(visit.gzip)} (brotli ${kb(visit.brotli)}, raw ${kb(visit.raw)})`, '≤ 250 KB', visit.gzip <= 250 * 1024);
}
row('size: a visit in the full build (every page; local storage refused, or a document the walk build leaves to it), gzipped', kb(total('every', 'pages', 'full').gzip), '', '');
row('size: the scanner\'s worker (scan_worker*), gzipped, fetched only when scanning', kb(total('worker').gzip), '', '');
row('size: the English content (content-en.json), gzipped, fetched only when English is chosen', kb(total('english').gzip), '', '');
row('size: everything in dist/, gzipped', kb(total(...Object.keys(parts)).gzip), '', '');

// A static host for a copy of dist/ and the baseline page, with no caching between loads.
const site = mkdtempSync(join(tmpdir(), 'tillit-bench-'));
cpSync(dist, site, { recursive: true });
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
// Every file gzipped (level 9, as counted above) when the browser accepts it, as a static host does.
const gzipped = new Map();
const server = createServer((req, res) => {
  const path = join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  const file = existsSync(path) && statSync(path).isFile() ? path : join(site, 'index.html');
  const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
  let body = readFileSync(file);
  if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const key = `${file}:${body.length}`;
    if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
    body = gzipped.get(key);
    headers['content-encoding'] = 'gzip';
  }
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

// 1b. Transfer: what a visit fetches in all, the service worker's keeping of files included
// (scripts/transfer.mjs).
console.error('bench: transfer');
{
  const { phone, phoneAtAddress, laptop } = await measureTransfer(browser, dist);
  const twice = (v) => (v.twice.length ? `; sent twice: ${v.twice.join(', ')}` : '');
  row('transfer: a phone that joins by the link, until its service worker keeps what answering needs (gzip, ETag)', `${kb(phone.total)}, ${phone.kept.length} files kept${twice(phone)}`, '≤ 250 KB', phone.total <= 250 * 1024);
  row('transfer: a phone\'s first visit at the bare address, until its service worker keeps what answering needs', `${kb(phoneAtAddress.total)}, ${phoneAtAddress.kept.length} files kept${twice(phoneAtAddress)}`, '≤ 250 KB', phoneAtAddress.total <= 250 * 1024);
  row('transfer: a laptop\'s first visit at the bare address, until its service worker keeps every file (for offline use)', `${kb(laptop.total)}, ${laptop.kept.length} files kept${twice(laptop)}`, '', '');
}

/** The schema version the app writes (src/store/schema.rs). */
const CURRENT_VERSION = Number(readFileSync(new URL('../src/store/schema.rs', import.meta.url), 'utf8').match(/CURRENT_VERSION: u32 = (\d+);/)[1]);

/** A document with one round just started, as this version writes it: what the first step of
 *  a new round shows. (An earlier version's document is read by the full build, once.) */
const started = JSON.stringify({
  version: CURRENT_VERSION,
  settings: { lang: 'sv', min_group: 3 },
  rounds: [{ id: 'r', unit: 'Enheten', date: '2026-11-24', assessment: { participants: [{ id: 'team', name: 'Arbetslaget' }], responses: [] }, audit: {}, plan: {} }],
  active_round: 'r',
});

/** Counts each frame's time once the page is up, for "a click handled": the frame after it. */
const probe = () => {
  window.__handled = null;
  document.addEventListener('change', () => requestAnimationFrame(() => { window.__handled ??= performance.now(); }), true);
};

/** One cold load of `url` in a fresh browser context, with `doc` stored: ms from navigation
 *  to the first step shown, and to a click on an answer handled and drawn. */
async function coldLoad(url, doc) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (doc) await context.addInitScript((d) => localStorage.setItem('tillit.document', d), doc);
  await context.addInitScript(probe);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const radio = page.locator('input[name="tillit.1"][value="3"]');
  await radio.waitFor({ state: 'attached' });
  const shown = await page.evaluate(() => performance.now());
  await page.locator('label[for="tillit.1-3"]').click();
  await page.waitForFunction(() => window.__handled !== null);
  const handled = await page.evaluate(() => window.__handled);
  await context.close();
  return { shown, handled };
}

console.error('bench: load');
// 2. Load: the app against a static page with the same visible content and no script.
{
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((d) => localStorage.setItem('tillit.document', d), started);
  const page = await context.newPage();
  await page.goto(`${base}/#/princip/tillit`);
  await page.locator('input[name="tillit.1"]').first().waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const head = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => `<link rel="stylesheet" href="${l.getAttribute('href')}">`).join('\n'));
  await context.close();
  const stripped = body.replace(/<script[\s\S]*?<\/script>/g, '');
  writeFileSync(join(site, 'baseline.html'), `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tillit</title>${head}</head><body>${stripped}</body></html>`);
}
const app = [];
const baseline = [];
for (let i = 0; i < LOADS; i++) {
  // Interleaved, so that both see the same machine.
  app.push(await coldLoad(`${base}/#/princip/tillit`, started));
  baseline.push(await coldLoad(`${base}/baseline.html`, null));
}
const appInteractive = median(app.map((l) => l.handled));
const baseInteractive = median(baseline.map((l) => l.handled));
row(`load: app, first step shown (median of ${LOADS} cold loads)`, ms(median(app.map((l) => l.shown))), '', '');
row(`load: app, interactive (step shown, click handled)`, ms(appInteractive), '', '');
row(`load: static page, same content, interactive`, ms(baseInteractive), '', '');
row('load: app / static page', `${(appInteractive / baseInteractive).toFixed(2)} ×`, '≤ 1.5 ×', appInteractive <= 1.5 * baseInteractive);

console.error('bench: slow 4G');
// 2b. Load on a slow phone network: Chromium's own throttling through the DevTools protocol
// (150 ms round trip, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4 × slower), files gzipped, no
// cache. Two addresses, each beside a static page with the same content: the start page of a
// first visit (what the app's address opens), and the first step of a round just started (the
// load above, with "interactive" as defined there). First contentful paint, largest
// contentful paint (the last candidate before the first input) and cumulative layout shift.
const THROTTLED = Number(process.env.BENCH_THROTTLED ?? 7);
const slowPhone = async (context, page) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (0.75e6 / 8) });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
};
const paints = () => {
  window.__cls = 0;
  window.__lcp = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
};
/** One throttled cold load: paints, layout shift and, with `click`, the click handled. */
async function slowLoad(url, doc, ready, click) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  if (doc) await context.addInitScript((d) => localStorage.setItem('tillit.document', d), doc);
  await context.addInitScript(probe);
  await context.addInitScript(paints);
  const page = await context.newPage();
  await slowPhone(context, page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(ready).waitFor({ state: 'attached', timeout: 60_000 });
  // Two frames for the last paint to be reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const measured = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    cls: window.__cls,
  }));
  if (click) {
    await page.locator(click).click();
    await page.waitForFunction(() => window.__handled !== null);
    measured.interactive = await page.evaluate(() => window.__handled);
  }
  await context.close();
  return measured;
}
{
  // The start page of a first visit, as the app draws it, as a static page.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('#unit').waitFor();
  const body = await page.evaluate(() => document.body.innerHTML);
  const head = await page.evaluate(() => [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => `<link rel="stylesheet" href="${l.getAttribute('href')}">`).join('\n'));
  await context.close();
  writeFileSync(join(site, 'baseline-start.html'), `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Tillit</title>${head}</head><body>${body.replace(/<script[\s\S]*?<\/script>/g, '')}</body></html>`);
}
const slow = { start: [], startStatic: [], step: [], stepStatic: [] };
const STEP_READY = 'input[name="tillit.1"][value="3"]';
const STEP_CLICK = 'label[for="tillit.1-3"]';
for (let i = 0; i < THROTTLED; i++) {
  slow.start.push(await slowLoad(`${base}/`, null, '#unit'));
  slow.startStatic.push(await slowLoad(`${base}/baseline-start.html`, null, '#unit'));
  slow.step.push(await slowLoad(`${base}/#/princip/tillit`, started, STEP_READY, STEP_CLICK));
  slow.stepStatic.push(await slowLoad(`${base}/baseline.html`, null, STEP_READY, STEP_CLICK));
  console.error(`bench: slow 4G, ${i + 1} of ${THROTTLED}`);
}
const med = (loads, key) => median(loads.map((l) => l[key]));
for (const [what, app, stat] of THROTTLED > 0 ? [['start page, first visit', slow.start, slow.startStatic], ['first step of a round', slow.step, slow.stepStatic]] : []) {
  const [fcp, fcpStatic, lcp, lcpStatic] = [med(app, 'fcp'), med(stat, 'fcp'), med(app, 'lcp'), med(stat, 'lcp')];
  const cls = Math.max(...app.map((l) => l.cls));
  row(`slow 4G, ${what}: first contentful paint, app / static page (median of ${THROTTLED})`, `${ms(fcp)} / ${ms(fcpStatic)}`, '', '');
  row(`slow 4G, ${what}: largest contentful paint, app / static page`, `${ms(lcp)} / ${ms(lcpStatic)} = ${(lcp / lcpStatic).toFixed(2)} ×`, '≤ 1.5 ×', lcp <= 1.5 * lcpStatic);
  row(`slow 4G, ${what}: cumulative layout shift (largest of ${THROTTLED} loads)`, cls.toFixed(3), '0.00', cls < 0.005);
  if (app[0].interactive !== undefined) {
    const interactive = med(app, 'interactive');
    row(`slow 4G, ${what}: interactive (shown, click handled), app / static page`, `${ms(interactive)} / ${ms(med(stat, 'interactive'))}`, '≤ 2500 ms', interactive <= 2500);
  }
}

console.error('bench: scale');
// 3. Scale: years of rounds in local storage.
if (scalePath) {
  const doc = JSON.parse(readFileSync(scalePath, 'utf8'));
  // Someone's turn on this device in the round under way, so that its first step shows answers.
  const active = doc.rounds.find((r) => r.id === doc.active_round);
  active.answering = active.assessment.participants[0].id;
  const big = JSON.stringify(doc);
  const people = doc.rounds.reduce((n, r) => n + r.assessment.participants.length, 0);
  const utf16 = big.length * 2;
  row(`scale: stored document (${doc.rounds.length} rounds, ${people} participants)`, `${(big.length / 1e6).toFixed(2)} M characters (${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB UTF-8)`, '≤ 5 M characters', big.length <= 5e6);
  const empty = [];
  const full = [];
  for (let i = 0; i < Math.min(LOADS, 7); i++) {
    empty.push((await coldLoad(`${base}/#/princip/tillit`, started)).shown);
    full.push((await coldLoad(`${base}/#/princip/tillit`, big)).shown);
  }
  const e = median(empty);
  const f = median(full);
  row('scale: first render, empty document', ms(e), '', '');
  row('scale: first render, large document', ms(f), '≤ 2 × empty', f <= 2 * e);

  // Clicks on answers with the large document loaded: from the click to the frame that shows it.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((d) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('tillit.document', d); sessionStorage.setItem('seeded', '1'); } }, big);
  const page = await context.newPage();
  await page.goto(`${base}/#/princip/tillit`);
  await page.locator('input[name="tillit.1"]').first().waitFor();
  // Real clicks (trusted input): from the event's time stamp to the frame that shows the
  // change; and the browser's own Event Timing, which lists every interaction of 16 ms or more.
  await page.evaluate(() => {
    window.__clicks = [];
    window.__slow = [];
    document.addEventListener('click', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => window.__clicks.push(performance.now() - start));
    }, true);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__slow.push([e.interactionId, e.duration]);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  for (let i = 0; i < CLICKS; i++) {
    const id = `tillit.${(i % 5) + 1}-${((i * 2) % 5) + 1}`;
    await page.locator(`label[for="${id}"]`).click();
    await expect(page.locator(`[id="${id}"]`)).toBeChecked();
    await page.waitForTimeout(100);
  }
  const clicks = await page.evaluate(() => window.__clicks);
  // Per interaction (a click is pointerdown, pointerup and click), its longest event.
  const byInteraction = new Map();
  for (const [id, d] of await page.evaluate(() => window.__slow)) byInteraction.set(id, Math.max(d, byInteraction.get(id) ?? 0));
  const slow = [...byInteraction.values()];
  await context.close();
  row(`scale: a click on an answer, to the frame that shows it (median of ${CLICKS})`, `${ms(median(clicks))} (slowest ${ms(Math.max(...clicks))})`, '≤ 16 ms', median(clicks) <= 16);
  row('scale: clicks the browser timed at 16 ms or more, input to next paint (Event Timing, 8 ms steps)', `${slow.length} of ${CLICKS}${slow.length ? `, longest ${ms(Math.max(...slow))}` : ''}`, '', '');
}

console.error('bench: overview');
// 3b. The förvaltning's overview: 60 units × 4 half-years of report files, read in at once, then
// the table sorted by every column and the half-year changed.
{
  const UNITS = Number(process.env.BENCH_UNITS ?? 60);
  const dates = ['2025-03-15', '2025-10-15', '2026-03-15', '2026-10-15'];
  const principleIds = ['tillit', 'medborgarfokus', 'helhetssyn', 'handlingsutrymme', 'stod', 'kunskap', 'oppenhet'];
  const titles = ['Dubbeldokumentation i två system', 'dubbeldokumentation i två system', 'Dokumentation i två system', 'Veckorapport till förvaltningen',
    'Veckorapportering till förvaltningen', 'Inloggning i flera system', 'Långa möten utan beslut', 'Attest av småinköp', 'Schemaläggning för hand',
    'Statistik till nämnden', 'Manuell tidrapportering', 'Utskrift och inskanning av blanketter'];
  const removers = ['unit', 'administration', 'board', 'state'];
  const categories = ['documentation', 'reporting', 'meetings', 'it_systems', 'approvals', 'scheduling'];
  let seedValue = 7;
  const rand = (n) => { seedValue = (seedValue * 1103515245 + 12345) % 2147483648; return seedValue % n; };
  const files = [];
  for (let u = 0; u < UNITS; u++) {
    for (const [d, date] of dates.entries()) {
      const people = 8 + rand(20);
      const principles = principleIds.map((id) => ({
        id,
        statements: [1, 2, 3, 4, 5].map((k) => {
          const counts = [0, 0, 0, 0, 0];
          for (let i = 0; i < people - 1; i++) counts[rand(5)] += 1;
          return { id: `${id}.${k}`, counts, dont_know: 1 };
        }),
        left_out: [],
      }));
      const thieves = Array.from({ length: 5 }, (_, k) => {
        const t = (u + k * 3 + rand(3)) % titles.length;
        const fullTime = (1 + rand(40)) / 100;
        return { title: titles[t], category: categories[t % categories.length], removable_by: removers[t % removers.length], hours_per_year: fullTime * 1700, full_time: fullTime, kronor: fullTime * 1700 * 350, net_loss: fullTime * 1700 * 350 * 0.75, remedy: '' };
      });
      const actions = Array.from({ length: 4 }, (_, k) => ({ title: `Åtgärd ${k + 1}`, status: ['planned', 'in_progress', 'done', 'dropped'][k], due: '2027-01-31', principle: principleIds[k] }));
      const report = { kind: 'tillit-unit-report', version: 1, unit: `Enhet ${String(u + 1).padStart(2, '0')}`, round: `r-${u}-${d}`, date, saved: `${date}T12:00:00.000Z`, min_group: 3, respondents: people, principles, thieves, actions };
      files.push({ name: `rapport-${u}-${d}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(report, null, 2)) });
    }
  }
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/#/oversikt`);
  const input = page.locator('#report-files');
  await input.waitFor({ state: 'attached' });
  await page.evaluate((expected) => {
    window.__read = null;
    document.addEventListener('change', (e) => {
      if (e.target.id !== 'report-files') return;
      const start = performance.now();
      const done = () => document.querySelectorAll('.import-report li').length === expected.files && document.querySelectorAll('.overview-table tbody tr').length === expected.units;
      // Until the table and the report of every file are on the page, then the frame after.
      const check = () => (done() ? requestAnimationFrame(() => { window.__read = performance.now() - start; }) : requestAnimationFrame(check));
      check();
    }, true);
    window.__frames = [];
    for (const type of ['click', 'change']) {
      document.addEventListener(type, (e) => {
        if (e.target.id === 'report-files') return;
        const start = e.timeStamp;
        requestAnimationFrame(() => window.__frames.push(performance.now() - start));
      }, true);
    }
  }, { files: files.length, units: UNITS });
  await input.setInputFiles(files);
  await page.waitForFunction(() => window.__read !== null, null, { timeout: 60_000 });
  const read = await page.evaluate(() => window.__read);
  const stored = await page.evaluate(() => localStorage.getItem('tillit.reports')?.length ?? 0);
  row(`overview: read ${files.length} report files (${UNITS} units × ${dates.length} half-years), table shown`, ms(read), '≤ 1000 ms', read <= 1000);
  row('overview: report files kept in local storage', `${(stored / 1e6).toFixed(2)} M characters`, '', '');
  const buttons = page.locator('.overview-table thead button');
  const count = await buttons.count();
  for (let i = 0; i < count; i++) {
    await buttons.nth(i).click();
    await buttons.nth(i).click();
    await page.waitForTimeout(50);
  }
  const sorts = await page.evaluate(() => window.__frames.splice(0));
  for (const value of ['2026-H1', '2025-H2', '2025-H1', '2026-H2']) {
    await page.locator('#period-select').selectOption(value);
    await expect(page.locator('.overview-table tbody tr')).toHaveCount(UNITS);
    await page.waitForTimeout(50);
  }
  const periods = await page.evaluate(() => window.__frames);
  await context.close();
  for (const [what, frames] of [['sort by a column', sorts], ['change the half-year', periods]]) {
    const slowest = Math.max(...frames);
    row(`overview: ${what}, to the frame that shows it (${frames.length} times)`, `median ${ms(median(frames))}, slowest ${ms(slowest)}`, '≤ 50 ms', slowest <= 50);
  }
}

// 3c. Moving between pages: a click in the menu to the next page's heading, on a laptop whose
// service worker keeps every file (a trainer's, after its first visit), with a round answered.
// Between two pages of the same build the page changes in place; to a page another build
// draws, the page is loaded again in that build (README, "Builds of one app").
{
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('Enhet eller arbetslag').fill('Enheten');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await page.locator('input[type=radio]').first().click();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open((await caches.keys())[0])).keys()).length), { timeout: 60_000 })
    .toBe(shipped.filter((f) => f !== 'index.html' && f !== 'sw.js').length + 1);
  const menu = (name) => page.getByRole('navigation').getByRole('link', { name, exact: true });
  const timed = async (name, shown) => {
    const start = Date.now();
    await menu(name).click();
    await shown.waitFor();
    return Date.now() - start;
  };
  const across = [];
  const within = [];
  for (let i = 0; i < 7; i++) {
    await page.goto('about:blank');
    await page.goto(`${base}/#/resultat`);
    await page.getByTestId('overall').waitFor();
    across.push(await timed('Tidstjuvar', page.getByRole('heading', { level: 1, name: 'Tidstjuvar' })));
    across.push(await timed('Plan', page.getByRole('heading', { level: 1, name: 'Förbättringsplan' })));
    within.push(await timed('Resultat', page.getByTestId('overall')));
  }
  await context.close();
  row(`move: to a page of the same build, click to its heading shown (median of ${within.length})`, ms(median(within)), '', '');
  row(`move: to a page of another build, loaded again, click to its heading shown (median of ${across.length})`, `${ms(median(across))} (slowest ${ms(Math.max(...across))})`, '', '');
}

// 4. Core: the native benchmarks' medians (criterion), if they were run.
const benches = [
  ['score one round (30 participants)', null],
  ['score all 100 rounds', null],
  ['team view (30 participants)', null],
  ['plan generation (30 participants)', 5],
  ['restore the whole document', null],
];
for (const [name, budget] of existsSync(criterionDir) ? benches : []) {
  // Criterion keeps each benchmark's estimates under its name.
  const path = join(criterionDir, name, 'new', 'estimates.json');
  if (!existsSync(path)) continue;
  const medianNs = JSON.parse(readFileSync(path, 'utf8')).median.point_estimate;
  const value = medianNs >= 1e6 ? ms(medianNs / 1e6) : `${(medianNs / 1e3).toFixed(1)} µs`;
  row(`core: ${name} (native)`, value, budget ? `≤ ${budget} ms` : '', budget ? medianNs / 1e6 <= budget : '');
}

console.error('bench: scanner');
// 5. Scanner: the decoder in its worker, on the frames made from the app's own codes
// (examples/scan_frames.rs writes them as PGM into target/bench/frames), and natively.
const framesDir = join(root, 'target/bench/frames');
if (existsSync(framesDir)) {
  const frames = readdirSync(framesDir).filter((f) => f.endsWith('.pgm')).sort();
  const expected = JSON.parse(readFileSync(join(framesDir, 'texts.json'), 'utf8'));
  const times = [];
  let read = 0;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  // The worker says "ready" once its wasm has loaded; what it is sent before that is dropped.
  await page.evaluate(() => new Promise((done) => {
    window.__worker = new Worker('scan_worker_loader.js', { type: 'module' });
    window.__worker.onmessage = done;
  }));
  for (const [i, f] of frames.entries()) {
    const bytes = readFileSync(join(framesDir, f));
    const header = bytes.subarray(0, 32).toString('latin1').match(/^P5 (\d+) (\d+) 255\n/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    // Handed over as base64: as an array of numbers, 200 frames wore the test page out.
    const luma = bytes.subarray(header[0].length).toString('base64');
    const { texts, ms: took } = await page.evaluate(([width, height, luma]) => new Promise((done) => {
      const frame = Uint8Array.from(atob(luma), (c) => c.charCodeAt(0));
      const start = performance.now();
      window.__worker.onmessage = (e) => done({ texts: e.data, ms: performance.now() - start });
      // A frame not answered within 5 s counts as not read (and the run goes on).
      setTimeout(() => done({ texts: [], ms: 5000 }), 5000);
      window.__worker.postMessage([width, height, frame], [frame.buffer]);
    }), [width, height, luma]);
    times.push(took);
    if (texts.includes(expected[f])) read += 1;
    if (i % 50 === 49) console.error(`scan: ${i + 1} frames`);
  }
  await context.close();
  const rate = read / frames.length;
  row(`scan: frames read by the worker (${frames.length} frames, 640 × 480, about half at 2–2.4 px a module)`, `${(rate * 100).toFixed(1)} %`, '≥ 95 %', rate >= 0.95);
  row('scan: decode time per frame in the worker, round trip (median)', `${ms(median(times))} (slowest ${ms(Math.max(...times))})`, '≤ 50 ms', median(times) <= 50);
}
const nativeScan = join(root, 'target/bench/scan-frames.jsonl');
if (existsSync(nativeScan)) {
  for (const line of readFileSync(nativeScan, 'utf8').trim().split('\n')) {
    const m = JSON.parse(line);
    row(`scan: ${m.decoder} natively (${m.frames} frames; at 2–2.4 px a module ${m.small_read} of ${m.small_frames})`, `${(m.rate * 100).toFixed(1)} %, ${ms(m.ms_per_frame)} a frame`, '', '');
  }
}

await browser.close();
server.close();

const width = Math.max(...rows.map((r) => r.measure.length));
const valueWidth = Math.max(...rows.map((r) => String(r.value).length));
console.log('\n' + ['measure'.padEnd(width), 'value'.padEnd(valueWidth), 'budget'.padEnd(16), 'met'].join('  '));
for (const r of rows) {
  const met = r.met === '' ? '' : r.met ? 'MET' : 'NOT MET';
  console.log([r.measure.padEnd(width), String(r.value).padEnd(valueWidth), r.budget.padEnd(16), met].join('  '));
}
mkdirSync(join(root, 'target/bench'), { recursive: true });
writeFileSync(join(root, 'target/bench/results.json'), JSON.stringify({ rows, sizes: parts, app, baseline, slow }, null, 2));

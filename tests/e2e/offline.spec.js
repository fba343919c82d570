// The trainer's case: once opened, the app opens and works without any network, at any address.
import { test, expect } from './helpers.js';
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { principles, answer, expectAnswered, NOW } from './helpers.js';

const en = JSON.parse(readFileSync(new URL('../../content/en/principles.json', import.meta.url)));

test('after one visit the app opens and works offline, on any page', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
  await page.getByLabel('Enhet eller arbetslag').fill('Utbildningsdagen');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await answer(page, principles[0].statements[0], 3);

  // A page opened directly, not from inside the app.
  await page.goto(`/#/princip/${principles[0].id}`);
  await expectAnswered(page, principles[0].statements[0], 3);
  await page.goto('/#/resultat');
  await expect(page.getByTestId('overall')).toHaveText('3,0 / 5');

  // English, never chosen before going offline, was kept too.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results');
  await expect(page.getByRole('rowheader', { name: en.principles[0].name, exact: true })).toBeVisible();
});

/** Serves a copy of dist/ that the test can change, as a host does when a new build is put up.
 *  With a `prefix`, the copy is served under that sub-path only, as a plain static host does:
 *  files as they are, `index.html` for a folder, 404 for anything else — no rewrite rules.
 *  Each file has an ETag, and what the browser already has is answered "not modified";
 *  `sent` lists every file sent in full. */
async function hostCopy(prefix = '') {
  const root = mkdtempSync(join(tmpdir(), 'tillit-host-'));
  cpSync(new URL('../../dist', import.meta.url).pathname, root, { recursive: true });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
  const requested = [];
  const sent = [];
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requested.push(url);
    let file;
    if (!prefix) {
      const path = join(root, url);
      file = existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
    } else if (url.startsWith(`${prefix}/`)) {
      const path = join(root, url.slice(prefix.length));
      file = url.endsWith('/') ? join(path, 'index.html') : path;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"`;
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    sent.push(file.slice(root.length + 1));
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { root, server, requested, sent, url: `http://127.0.0.1:${server.address().port}${prefix}` };
}

test('the same build runs under a sub-path of a plain static host, deep links and offline included', async ({ page, context }) => {
  const host = await hostCopy('/verktyg/tillit');
  try {
    await page.goto(`${host.url}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await page.getByLabel('Enhet eller arbetslag').fill('Utbildningsdagen');
    await page.getByRole('button', { name: 'Börja självskattningen' }).click();
    await expect(page).toHaveURL(`${host.url}/#/princip/${principles[0].id}`);
    await answer(page, principles[0].statements[0], 4);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Resultat' }).click();
    await expect(page).toHaveURL(`${host.url}/#/resultat`);
    await expect(page.getByTestId('overall')).toHaveText('4,0 / 5');
    // Nothing was asked of the host outside the sub-path, and nothing it did not have.
    expect(host.requested.filter((u) => !u.startsWith('/verktyg/tillit/'))).toEqual([]);

    // A deep link opened on its own, as from a bookmark or a shared address.
    const other = await context.newPage();
    await other.goto(`${host.url}/#/princip/${principles[0].id}`);
    await expectAnswered(other, principles[0].statements[0], 4);
    await other.close();

    // Offline after that one visit: the worker, registered for the sub-path, has everything.
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => new URL(r.scope).pathname))).toBe('/verktyg/tillit/');
    await context.setOffline(true);
    await page.goto(`${host.url}/#/resultat`);
    await expect(page.getByTestId('overall')).toHaveText('4,0 / 5');
    await page.reload();
    await expect(page.getByTestId('overall')).toHaveText('4,0 / 5');
  } finally {
    await context.setOffline(false);
    host.server.close();
  }
});

test('a new build replaces the old cache, and the user is told a new version is ready', async ({ page }) => {
  const host = await hostCopy();
  try {
    await page.goto(`${host.url}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    const [before] = await page.evaluate(() => caches.keys());
    expect(before).toMatch(/^tillit-[0-9a-f]+$/);

    // The next build is put up: its worker keeps its files under another version.
    const sw = join(host.root, 'sw.js');
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/tillit-([0-9a-f]{16})/g, 'tillit-$1next'));
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const notice = page.getByRole('status').filter({ hasText: 'En ny version av Tillit är klar' });
    await expect(notice).toBeVisible();
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`${before}next`]);
    await notice.getByRole('link', { name: 'Ladda om sidan' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(notice).toHaveCount(0);
  } finally {
    host.server.close();
  }
});

/** The names of the files the service worker keeps, in its one cache. */
const kept = (page) =>
  page.evaluate(async () => {
    const [name] = await caches.keys();
    const requests = await (await caches.open(name)).keys();
    return requests.map((r) => new URL(r.url).pathname.slice(1)).filter(Boolean).sort();
  });

test('a phone that joins by the link keeps only what answering needs, fetches nothing twice, and answers offline', async ({ page, browser }) => {
  const host = await hostCopy();
  // A phone: a touch screen and nothing else to point with.
  const phone = await browser.newContext({ locale: 'sv-SE', viewport: { width: 360, height: 640 }, hasTouch: true });
  try {
    await phone.clock.setFixedTime(NOW);
    // The facilitator's laptop: the round and its link.
    await page.goto(`${host.url}/`);
    await page.getByLabel('Enhet eller arbetslag').fill('Elevhälsan Syd');
    await page.getByRole('button', { name: 'Börja självskattningen' }).click();
    await page.goto(`${host.url}/#/deltagare`);
    const link = await page.getByTestId('join-link').textContent();
    await page.evaluate(() => navigator.serviceWorker.ready);
    host.sent.length = 0;

    const tab = await phone.newPage();
    await tab.goto(link);
    await expect(tab).toHaveURL(`${host.url}/#/princip/${principles[0].id}`);
    await answer(tab, principles[0].statements[0], 4);
    await tab.evaluate(() => navigator.serviceWorker.ready);
    const files = await kept(tab);
    expect(files.filter((f) => f.startsWith('walk-'))).toHaveLength(2);
    expect(files).toContain('icon.svg');
    // No build outside the walk and no pages' styles, nor the scanner, nor the English content.
    expect(files.filter((f) => /^(tillit-|workshop-|receive-|results-|thieves-|overview-|pages-|scan_worker|content-)/.test(f))).toEqual([]);
    // The walk build, its styles and script came once: the worker took them from the browser's cache.
    expect(host.sent.filter((f) => /-[0-9a-f]{16}/.test(f)).sort()).toEqual(files.filter((f) => /-[0-9a-f]{16}/.test(f)));

    // Offline, the phone goes on answering.
    await phone.setOffline(true);
    await tab.reload();
    await expectAnswered(tab, principles[0].statements[0], 4);
    await answer(tab, principles[0].statements[1], 2);
    // A page it has not kept, offline: it says so, and the answers stay.
    await tab.goto(`${host.url}/#/resultat`);
    await expect(tab.getByRole('alert')).toHaveText('Den här sidan är inte sparad för användning utan nät på den här enheten, och den kunde inte hämtas. Anslut till nätet och ladda om sidan; det du har gjort finns kvar.');
    await phone.setOffline(false);
    await tab.goto(`${host.url}/#/princip/${principles[0].id}`);
    await tab.reload();
    await expectAnswered(tab, principles[0].statements[1], 2);

    // A page outside the walk, opened once online: its build comes, and is kept from then on.
    await tab.goto(`${host.url}/#/resultat`);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Resultat');
    await expect.poll(async () => (await kept(tab)).filter((f) => f.startsWith('results-'))).toHaveLength(2);

    // The same phone opening the app's bare address, in a tab of its own: a touch-only device
    // in the walk still keeps only what answering needs, and is not told of a new version.
    const other = await phone.newPage();
    await other.goto(`${host.url}/`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await other.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}/sw.js?keep=answering`);
    expect((await kept(other)).filter((f) => /^(scan_worker|content-)/.test(f))).toEqual([]);

    // In that tab, which did not join, a page outside the walk opened online: from then on the
    // phone keeps every file (whoever holds it is leading the round), with no notice of a new
    // version, for there is none.
    await other.goto(`${host.url}/#/deltagare`);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Deltagare');
    await expect.poll(async () => (await kept(other)).length).toBe(readdirSync(host.root).filter((f) => !['index.html', 'sw.js'].includes(f)).length);
    await expect.poll(() => other.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${host.url}/sw.js`);
    await expect(other.getByText('En ny version av Tillit är klar')).toHaveCount(0);
    await expect(tab.getByText('En ny version av Tillit är klar')).toHaveCount(0);
  } finally {
    await phone.close();
    host.server.close();
  }
});

test('a phone at the bare address keeps only what answering needs; a laptop there keeps every file', async ({ browser }) => {
  const host = await hostCopy();
  const phone = await browser.newContext({ locale: 'sv-SE', viewport: { width: 360, height: 640 }, hasTouch: true });
  const laptop = await browser.newContext({ locale: 'sv-SE' });
  try {
    const tab = await phone.newPage();
    await tab.goto(`${host.url}/`);
    await expect(tab.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await tab.evaluate(() => navigator.serviceWorker.ready);
    const files = await kept(tab);
    expect(files.filter((f) => f.startsWith('walk-'))).toHaveLength(2);
    expect(files.filter((f) => /^(tillit-|workshop-|receive-|results-|thieves-|overview-|pages-|scan_worker|content-)/.test(f))).toEqual([]);
    // Nothing named after its content was sent twice.
    expect(host.sent.filter((f) => /-[0-9a-f]{16}/.test(f)).sort()).toEqual(files.filter((f) => /-[0-9a-f]{16}/.test(f)));
    // A round started and answered offline, on the phone alone.
    await phone.setOffline(true);
    await tab.reload();
    await tab.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten Norr');
    await tab.getByRole('button', { name: 'Börja självskattningen' }).click();
    await answer(tab, principles[0].statements[0], 5);
    await phone.setOffline(false);

    const desk = await laptop.newPage();
    await desk.goto(`${host.url}/`);
    await expect(desk.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await desk.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(async () => (await kept(desk)).length).toBe(readdirSync(host.root).filter((f) => !['index.html', 'sw.js'].includes(f)).length);
    expect(await desk.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.active.scriptURL))).toBe(`${host.url}/sw.js`);
  } finally {
    await phone.close();
    await laptop.close();
    host.server.close();
  }
});

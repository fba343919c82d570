// The trainer's case: once opened, the app opens and works without any network, at any address.
import { test, expect } from './helpers.js';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { principles, answer, expectAnswered } from './helpers.js';

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
 *  files as they are, `index.html` for a folder, 404 for anything else — no rewrite rules. */
async function hostCopy(prefix = '') {
  const root = mkdtempSync(join(tmpdir(), 'tillit-host-'));
  cpSync(new URL('../../dist', import.meta.url).pathname, root, { recursive: true });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
  const requested = [];
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
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { root, server, requested, url: `http://127.0.0.1:${server.address().port}${prefix}` };
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
    writeFileSync(sw, readFileSync(sw, 'utf8').replace(/const CACHE = 'tillit-([0-9a-f]+)'/, "const CACHE = 'tillit-$1next'"));
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

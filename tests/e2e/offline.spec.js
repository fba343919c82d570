// The trainer's case: once opened, the app opens and works without any network, at any address.
import { test, expect } from './helpers.js';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { principles, answer, expectAnswered } from './helpers.js';

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
  await page.goto(`/princip/${principles[0].id}`);
  await expectAnswered(page, principles[0].statements[0], 3);
  await page.goto('/resultat');
  await expect(page.getByTestId('overall')).toHaveText('3,0 / 5');
});

/** Serves a copy of dist/ that the test can change, as a host does when a new build is put up. */
async function hostCopy() {
  const root = mkdtempSync(join(tmpdir(), 'tillit-host-'));
  cpSync(new URL('../../dist', import.meta.url).pathname, root, { recursive: true });
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json' };
  const server = createServer((req, res) => {
    const path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { root, server, url: `http://127.0.0.1:${server.address().port}` };
}

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

// What a visit transfers in all, the service worker's keeping of files for offline use
// included: part of `make bench` (scripts/bench.mjs), and on its own for any build:
//
//   node scripts/transfer.mjs [dist-dir]
//
// The build is served as a static host serves it: every file gzipped (level 9), with an ETag
// and `cache-control: no-cache`, so that the browser asks again and is answered "not modified"
// (304, no body) for what it already has. Each visit is a fresh browser context, the service
// worker allowed; it ends when the worker is active and its cache holds what it keeps. The
// bytes are the bodies the server sent, gzipped.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml', '.webmanifest': 'application/manifest+json', '.json': 'application/json' };

/** Serves `dir` as above and counts what it sends: `sent` (file → bytes) and `served` (file → times with a body). */
async function host(dir) {
  const sent = new Map();
  const served = new Map();
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(dir, 'index.html');
    const name = file.slice(dir.length + 1);
    if (!gzipped.has(file)) {
      const body = gzipSync(readFileSync(file), { level: 9 });
      gzipped.set(file, { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"` });
    }
    const { body, etag } = gzipped.get(file);
    const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', etag, 'content-encoding': 'gzip' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    sent.set(name, (sent.get(name) ?? 0) + body.length);
    served.set(name, (served.get(name) ?? 0) + 1);
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, sent, served, url: `http://127.0.0.1:${server.address().port}` };
}

/** A phone: a narrow touch screen and nothing else to point with (register-sw.js keeps less
 *  on such a device). */
const PHONE = { viewport: { width: 412, height: 823 }, hasTouch: true, isMobile: true };

/** Opens `address` (relative to the host) in a fresh context (`device`: its options) and waits
 *  until the service worker is active; returns what was sent, in all and by file, and what the
 *  worker keeps. */
async function visit(browser, dir, address, ready, device = {}) {
  const site = await host(dir);
  const context = await browser.newContext(device);
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}${address}`);
    await ready(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const kept = await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => new URL(r.url).pathname.slice(1)).filter(Boolean).sort();
    });
    const total = [...site.sent.values()].reduce((a, b) => a + b, 0);
    return { total, sent: Object.fromEntries(site.sent), twice: [...site.served].filter(([, n]) => n > 1).map(([f]) => f), kept };
  } finally {
    await context.close();
    site.server.close();
  }
}

/** A join link to a round, as the workshop page shows it (made by the app in `dir`). */
async function joinLink(browser, dir) {
  const site = await host(dir);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await page.getByLabel('Enhet eller arbetslag').fill('Enheten');
    await page.getByRole('button', { name: 'Börja självskattningen' }).click();
    await page.locator('input[type=radio]').first().waitFor();
    await page.goto(`${site.url}/#/deltagare`);
    const link = await page.getByTestId('join-link').textContent();
    return link.slice(link.indexOf('#'));
  } finally {
    await context.close();
    site.server.close();
  }
}

/** The visits measured: a phone that joins by the link, a phone's first visit at the bare
 *  address, and a laptop's. */
export async function measureTransfer(browser, dir) {
  const link = await joinLink(browser, dir);
  const heading = (page) => page.getByRole('heading', { level: 1 }).waitFor();
  const phone = await visit(browser, dir, `/${link}`, (page) => page.locator('input[type=radio]').first().waitFor(), PHONE);
  const phoneAtAddress = await visit(browser, dir, '/', heading, PHONE);
  const laptop = await visit(browser, dir, '/', heading);
  return { phone, phoneAtAddress, laptop };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('@playwright/test');
  const dir = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const result = await measureTransfer(browser, dir.replace(/\/$/, ''));
    for (const [who, v] of Object.entries(result)) {
      console.log(`${who}: ${(v.total / 1024).toFixed(1)} KB sent; twice: ${v.twice.join(', ') || 'none'}`);
      for (const [f, b] of Object.entries(v.sent).sort((a, b) => b[1] - a[1])) console.log(`  ${f} ${(b / 1024).toFixed(1)} KB`);
      console.log(`  kept: ${v.kept.join(' ')}`);
    }
  } finally {
    await browser.close();
  }
}

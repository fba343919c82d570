// The first screen: what index.html paints before the wasm has loaded, and the app taking it
// over in the same places (scripts/first-screen.mjs).
import { test, expect, at, STORAGE_KEY, principles, startRound, answer, statement } from './helpers.js';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

// A service worker installed by an earlier load would answer the wasm from its cache, past the
// route that holds it back, and the app would draw before the first screen could be seen.
test.use({ serviceWorkers: 'block' });

/** Holds back the app's wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const gate = new Promise((done) => { release = done; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Sums the page's layout shifts from its first paint on. */
async function countShifts(page) {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

const parts = ['header.site-header', '.brand', 'nav ul.nav', 'h1', '.lead', '.facts', '.lang-switch'];

async function places(page, which = parts) {
  return page.evaluate((parts) => parts.map((p) => {
    const e = document.querySelector(p);
    const r = e.getBoundingClientRect();
    return { part: p, text: e.innerText, x: r.x, y: r.y, width: r.width, height: r.height, scrolled: window.scrollY };
  }), which);
}

for (const [name, viewport] of [['a phone', { width: 360, height: 640 }], ['a laptop', { width: 1280, height: 800 }]]) {
  test(`the start page is painted before the wasm, and the app takes it over in the same places on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await countShifts(page);
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(page.locator('[data-first-screen]')).toHaveCount(3);
    await expect(page.getByRole('button', { name: 'In English' })).toBeDisabled();
    await expect(page.getByText('Tillit laddas …')).toBeHidden();
    const before = await places(page);

    release();
    await expect(page.getByLabel('Enhet eller arbetslag')).toBeVisible();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'In English' })).toBeEnabled();
    expect(await places(page)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

const stepParts = ['header.site-header', 'nav.progress', '.steps', '.eyebrow', 'h1', '.guiding', '.explanation'];

for (const [name, viewport] of [['a phone', { width: 360, height: 640 }], ['a laptop', { width: 1280, height: 800 }]]) {
  test(`the first step of a round just started is painted before the wasm, and the app takes it over in the same places on ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await startRound(page);
    // Starting the round was clicked at the foot of the start page; a reload would bring the
    // page back to where it was scrolled once the app has drawn a page that long, which is the
    // browser keeping the place, not the app moving its first screen: start from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await countShifts(page);
    const release = await holdWasm(page);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[0].name);
    await expect(page.locator('[data-first-screen]')).toHaveCount(3);
    await expect(page.getByText('Tillit laddas …')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Självskattningens steg' }).getByRole('link', { name: principles[0].name })).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('header nav [aria-current]')).toHaveText('Självskattning');
    await expect(page.getByRole('radio')).toHaveCount(0);
    const before = await places(page, stepParts);

    release();
    await expect(statement(page, principles[0].statements[0]).getByRole('radio').first()).toBeVisible();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('header nav [aria-current]')).toHaveText('Självskattning');
    expect(await places(page, stepParts)).toEqual(before);
    expect(await page.evaluate(() => window.__shift)).toBe(0);
  });
}

test('the first step with an answer given, and any other step, are left to the app behind a loading line', async ({ page }) => {
  await startRound(page);
  await answer(page, principles[0].statements[0], 4);
  const release = await holdWasm(page);
  for (const address of [at(`/princip/${principles[0].id}`), at(`/princip/${principles[1].id}`)]) {
    await page.goto(address);
    await page.reload();
    await expect(page.getByText('Tillit laddas …')).toBeVisible();
    await expect(page.locator('h1')).toHaveCount(0);
  }
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[1].name);
});

test('another page\'s address shows the header and a loading line until the app draws that page', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto(at('/tidstjuvar'));
  await expect(page.getByText('Tillit laddas …')).toBeVisible();
  await expect(page.locator('h1')).toHaveCount(0);
  await expect(page.locator('nav [aria-current]')).toHaveCount(0);
  // A link followed before the app runs opens its page once it does.
  await page.getByRole('navigation').getByRole('link', { name: 'Plan' }).click();
  await expect(page).toHaveURL(at('/plan'));
  release();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Tillit laddas …')).toHaveCount(0);
});

test('with English chosen, nothing Swedish is painted before the app draws in English', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 5, settings: { lang: 'en', min_group: 3 }, rounds: [] })), STORAGE_KEY);
  const release = await holdWasm(page);
  const english = page.waitForRequest(/\/content-en\.json$/);
  const fetched = [];
  page.on('request', (r) => r.url().endsWith('/content-en.json') && fetched.push(r.url()));
  await page.reload();
  await expect(page.getByText('Loading Tillit …')).toBeVisible();
  // Its content is on its way while the wasm is still held back.
  await english;
  await expect(page.locator('header')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How trust-based is our workplace?');
  await expect(page.getByText('Loading Tillit …')).toHaveCount(0);
  // The app took what was fetched early rather than fetching it again.
  expect(fetched).toHaveLength(1);
});

test('while a build comes behind the loading line, the line says how much of it has come', async ({ browser }) => {
  // The built files from a host that sends the wasm in ten parts, one every 150 ms, as a slow
  // network does.
  const dist = new URL('../../dist', import.meta.url).pathname;
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = join(dist, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const file = existsSync(path) && statSync(path).isFile() ? path : join(dist, 'index.html');
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    if (!file.endsWith('.wasm')) return res.end(body);
    const part = Math.ceil(body.length / 10);
    const send = (from) => {
      res.write(body.subarray(from, from + part));
      if (from + part >= body.length) res.end();
      else setTimeout(() => send(from + part), 150);
    };
    send(0);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__said = [];
      new MutationObserver(() => {
        const line = document.getElementById('loading');
        if (line && window.__said.at(-1) !== line.textContent) window.__said.push(line.textContent);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/#/tidstjuvar`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidstjuvar');
    const said = await page.evaluate(() => window.__said);
    const shares = said.map((t) => t.match(/^Tillit laddas … (\d+) %$/)).filter(Boolean).map((m) => Number(m[1]));
    // The line counted up as the parts came, and never past what had come.
    expect(shares.length).toBeGreaterThanOrEqual(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(Math.max(...shares)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...shares)).toBeLessThanOrEqual(99);
  } finally {
    await context.close();
    server.close();
  }
});

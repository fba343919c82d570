// The README's first command, checked the way a person uses it: starts `make serve` on a free
// port (building into target/serve-check so dist/ is left alone), waits until the page answers,
// opens it in headless Chromium and waits until the app has started (the wasm loaded and the
// start page drawn) with nothing reported as an error on the way (a script the page's CSP
// refuses included), then stops the server. Exits non-zero if any of that fails.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const LIMIT_MS = 8 * 60_000;

const port = await new Promise((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => done(port));
  });
});
const url = `http://127.0.0.1:${port}/`;
console.log(`make serve PORT=${port} DIST=target/serve-check`);
const server = spawn('make', ['serve', `PORT=${port}`, 'DIST=target/serve-check'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let exited = null;
server.on('exit', (code) => { exited = code; });
const stop = () => { try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already gone */ } };

let ok = false;
try {
  const start = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`make serve ended with exit code ${exited} before serving`);
    if (Date.now() - start > LIMIT_MS) throw new Error(`nothing answered at ${url} within ${LIMIT_MS / 1000} s`);
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('.wasm')) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.log(`${url} answers after ${Math.round((Date.now() - start) / 1000)} s`);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const wasm = page.waitForResponse((r) => r.url().endsWith('.wasm') && r.ok());
    await page.goto(url);
    await wasm;
    await page.getByRole('button', { name: 'Börja självskattningen' }).waitFor({ timeout: 30_000 });
    await page.locator('#loading').waitFor({ state: 'detached' });
    if (errors.length) throw new Error(`the page reported errors:\n  ${errors.join('\n  ')}`);
    console.log('the wasm loaded and the app drew its start page, with no error reported');
    ok = true;
  } finally {
    await browser.close();
  }
} catch (e) {
  console.error(`make serve check failed: ${e.message}`);
} finally {
  stop();
}
process.exit(ok ? 0 : 1);

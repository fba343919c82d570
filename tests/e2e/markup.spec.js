// Valid HTML on every page as the app renders it, checked by the Nu HTML checker (vnu), the
// W3C's own: duplicate ids, ARIA attributes where they do not belong, and the like.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test, expect } from './helpers.js';
import { seed, at, STORAGE_KEY, documentWithEverything, principles } from './helpers.js';

const vnu = createRequire(import.meta.url)('vnu-jar');

const pages = ['/', '/sakerhetskopia', '/deltagare', '/deltagare/ta-emot', `/princip/${principles[0].id}`, '/resultat', '/team', '/team/visning', '/over-tid',
  '/tidstjuvar', '/tidstjuvar/t1', '/tidstjuvar/ny', '/tidstjuvar/vidare', '/plan', '/rapport', '/oversikt', '/finns-inte'];

test('every page is valid HTML', async ({ page }, testInfo) => {
  await page.goto('/');
  await seed(page, documentWithEverything());
  const dir = testInfo.outputPath('rendered');
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (const path of pages) {
    await page.goto(at(path));
    await expect(page.locator('main h1')).toBeVisible();
    const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
    const file = join(dir, `${path.replace(/[^a-z0-9]+/gi, '_') || 'start'}.html`);
    writeFileSync(file, html);
    files.push(file);
  }
  let report;
  try {
    report = execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    // vnu exits non-zero when it finds errors, and writes its report to stderr.
    report = e.stderr || e.stdout;
  }
  const messages = JSON.parse(report || '{"messages":[]}').messages
    .map((m) => `${m.url.split('/').pop()}: ${m.message} (${m.extract ?? ''})`);
  expect(messages).toEqual([]);
});

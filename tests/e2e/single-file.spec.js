// The single-file build (dist-single/tillit.html, written by scripts/single-file.mjs) opened
// straight from disk: a step can be completed, the work is still there after a reload, the
// pages are reached through the address's fragment, and nothing is loaded from anywhere.
import { test, expect } from './helpers.js';
import { existsSync, readFileSync } from 'node:fs';
import { principles, answer, expectAnswered } from './helpers.js';

const en = JSON.parse(readFileSync(new URL('../../content/en/principles.json', import.meta.url)));
const file = new URL('../../dist-single/tillit.html', import.meta.url);

test('opened from a file it works, keeps the work over a reload, and loads nothing else', async ({ page }) => {
  expect(existsSync(file), 'dist-single/tillit.html is built by scripts/single-file.mjs').toBe(true);
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));

  await page.goto(file.href);
  await page.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten Farsta');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expect(page).toHaveURL(`${file.href}#/princip/${principles[0].id}`);
  for (const [k, s] of principles[0].statements.entries()) await answer(page, s, (k % 5) + 1);
  await page.getByRole('link', { name: /^Nästa: / }).click();
  await expect(page).toHaveURL(`${file.href}#/princip/${principles[1].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[1].name);

  // Back, and a reload, land on the same step with the answers kept.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[0].name);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[0].name);
  for (const [k, s] of principles[0].statements.entries()) await expectAnswered(page, s, (k % 5) + 1);
  await page.getByRole('link', { name: 'Resultat', exact: true }).click();
  await expect(page.getByTestId('answered')).toHaveText('5 / 36');
  // English is in the file too.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results');
  await expect(page.getByRole('rowheader', { name: en.principles[0].name, exact: true })).toBeVisible();

  expect(requests.filter((u) => !u.startsWith(file.href) && !u.startsWith('data:'))).toEqual([]);
  expect(problems).toEqual([]);
});

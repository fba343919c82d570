// Nothing in, nothing out: a full walk makes no request beyond the app's own files and breaks
// no Content-Security-Policy rule; markup and script typed anywhere stay plain text on every page
// and in every export, and a cell a spreadsheet would run as a formula is written as text.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { at, principles, startRound, answer } from './helpers.js';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync(await download.path(), 'utf8');
}

test('a full walk with script in every field: no request elsewhere, no script run, plain text everywhere', async ({ page, baseURL }) => {
  test.slow();
  const origin = new URL(baseURL).origin;
  const elsewhere = [];
  const violations = [];
  const dialogs = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
  });
  page.on('console', (m) => /Content[- ]Security[- ]Policy/i.test(m.text()) && violations.push(m.text()));
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });

  await startRound(page, `Enhet ${IMG}`, '2026-11-24');
  for (const p of principles) {
    await page.goto(`/#/princip/${p.id}`);
    for (const s of p.statements) await answer(page, s, 2);
  }
  await page.goto(`/#/princip/${principles[0].id}`);
  await page.getByLabel(/Era anteckningar om/).fill(`Anteckning ${SCRIPT}`);
  await page.goto('/#/resultat');
  await expect(page.getByText(`Enhet ${IMG} · 2026-11-24`)).toBeVisible();
  await expect(page.getByText(`Anteckning ${SCRIPT}`)).toBeVisible();
  const results = await downloadText(page, 'Ladda ned resultatet som CSV (Excel)');
  expect(parse(results, { delimiter: ';', bom: true })[1][0]).toBe(principles[0].name);

  await page.goto('/#/tidstjuvar/ny');
  await page.getByLabel('Rubrik').fill('=1+1');
  await page.getByLabel('Beskrivning').fill(IMG);
  await page.getByLabel('Minuter per gång', { exact: true }).fill('60');
  await page.getByLabel('Antal gånger').fill('1');
  await page.getByLabel('Hur ofta').selectOption({ label: 'per vecka' });
  await page.getByLabel('Antal personer').fill('2');
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel('Ingen av tiden – nyttan kräver den inte').check();
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Nämnden').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect(page.locator('.thief h3, .thief h2').first()).toContainText('=1+1');
  const thieves = parse(await downloadText(page, 'Ladda ned tidstjuvarna som CSV (Excel)'), { delimiter: ';', bom: true });
  expect(thieves[1][0]).toBe("'=1+1");
  await page.goto('/#/tidstjuvar/vidare');
  await expect(page.getByText('=1+1').first()).toBeVisible();

  await page.goto('/#/plan');
  await page.getByRole('button', { name: /^Ta med i planen/ }).first().click();
  const add = page.getByRole('region', { name: 'Lägg till en egen åtgärd' });
  await add.getByLabel('Åtgärd').fill(`@SUM(A1) ${SCRIPT}`);
  await add.getByRole('button', { name: 'Lägg till', exact: true }).click();
  const plan = parse(await downloadText(page, 'Ladda ned som CSV (Excel)'), { delimiter: ';', bom: true });
  expect(plan.map((row) => row[0])).toContain(`'@SUM(A1) ${SCRIPT}`);
  const markdown = await downloadText(page, 'Ladda ned som Markdown');
  // Markdown readers render HTML, so what was typed is escaped there and shows as typed.
  const escaped = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  expect(markdown).toContain(`@SUM(A1) ${escaped(SCRIPT)}`);
  expect(markdown).not.toMatch(/<(script|img)/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-table').getByText(`@SUM(A1) ${SCRIPT}`)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  for (const path of ['/', '/deltagare', '/team', '/over-tid']) {
    await page.goto(at(path));
    await expect(page.locator('h1')).toBeVisible();
  }
  // The markup never became elements anywhere.
  expect(await page.evaluate(() => document.querySelectorAll('main img, main script').length)).toBe(0);
  expect(dialogs).toEqual([]);
  expect(violations).toEqual([]);
  expect(elsewhere).toEqual([]);
});

// Bad input in storage gets a clear message and loses nothing: unreadable data is neither
// overwritten nor lost, a full storage is reported, and a newer app's data is left alone.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { principles, startRound, answer, storedDocument, STORAGE_KEY } from './helpers.js';

const fixture = readFileSync(new URL('../fixtures/v1.json', import.meta.url), 'utf8');

async function store(page, text) {
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, text]);
  await page.reload();
}

test('damaged storage is reported, kept untouched, offered for download, and deleted only on request', async ({ page }) => {
  const damaged = fixture.slice(0, 200);
  await store(page, damaged);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Sparade uppgifter kunde inte läsas' })).toBeVisible();
  await expect(alert).toContainText('skadat eller ofullständigt');

  // Working on does not write over what is stored.
  await startRound(page);
  await answer(page, principles[0].statements[0], 3);
  expect(await storedDocument(page)).toBe(damaged);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ned de sparade uppgifterna' }).click(),
  ]);
  expect(readFileSync(await download.path(), 'utf8')).toBe(damaged);

  await page.getByRole('button', { name: 'Radera dem och börja om' }).click();
  await page.getByRole('button', { name: 'Ja, radera' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const saved = JSON.parse(await storedDocument(page));
  expect(saved.rounds[0].assessment.responses[0].answers[principles[0].statements[0].id]).toBe(3);
});

test('a document stored in the current version is restored exactly', async ({ page }) => {
  await store(page, fixture);
  await expect(page.getByText('Hemtjänsten Farsta · 2026-05-12')).toBeVisible();
  await page.goto('/#/princip/tillit');
  await expect(page.getByLabel('Era anteckningar om Tillit')).toHaveValue('Vi litar på varandra – men inte alltid uppåt.');
  // Unknown fields survive a save.
  await answer(page, principles[0].statements[2], 5);
  const saved = JSON.parse(await storedDocument(page));
  expect(saved.rounds[0].kept_by_a_newer_app).toEqual({ anything: [1, 2, 3] });
  expect(saved.settings.projector).toBe(true);
});

test('data from a newer version of the app is left alone', async ({ page }) => {
  const newer = fixture.replace('"version": 1', '"version": 7');
  await store(page, newer);
  await expect(page.getByRole('alert')).toContainText('nyare version av Tillit');
  await startRound(page);
  expect(await storedDocument(page)).toBe(newer);
});

test('answers off the scale are dropped with a notice, the rest is kept', async ({ page }) => {
  await store(page, fixture.replace('"stod.3": 2', '"stod.3": 9'));
  const notice = page.getByRole('status').filter({ hasText: 'Några uppgifter i det sparade var felaktiga och har rättats' });
  await expect(notice).toBeVisible();
  // What was repaired is said in the interface language, with where it was.
  await notice.locator('summary').click();
  await expect(notice.getByRole('listitem')).toHaveText(
    'rounds[0].assessment.responses[0]: svaret 9 på påståendet stod.3 finns inte på skalan och togs bort. Övriga svar finns kvar.',
  );
  await expect(page.getByText('Hemtjänsten Farsta · 2026-05-12')).toBeVisible();
});

test('a full storage is reported and the work can be downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await startRound(page);
  await expect(page.getByRole('alert')).toContainText('Det gick inte att spara');
  await expect(page.getByRole('alert')).toContainText('QuotaExceededError');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ned en kopia' }).click(),
  ]);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(copy.rounds[0].unit).toBe('Hemtjänsten Farsta');
});

test('the repairs notice can be closed', async ({ page }) => {
  await store(page, fixture.replace('"stod.3": 2', '"stod.3": 9'));
  const notice = page.getByRole('status').filter({ hasText: 'har rättats' });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Stäng' }).click();
  await expect(notice).toHaveCount(0);
});

test('a browser that refuses storage is told so, and the work can still be downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await startRound(page);
  await expect(page.getByRole('alert')).toContainText('Webbläsaren sparar inget');
  await answer(page, principles[0].statements[0], 4);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ned en kopia' }).click(),
  ]);
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(copy.rounds[0].assessment.responses[0].answers[principles[0].statements[0].id]).toBe(4);
});

// Backup and moving: the whole document downloaded, read into another browser, rounds added
// beside what is there; a file that is not a backup is refused with the reason and changes nothing.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { principles, startRound, answer, storedDocument, newDevicePage } from './helpers.js';

const fixture = new URL('../fixtures/v1.json', import.meta.url).pathname;

test('a backup moves the work to another browser, and reading it twice adds nothing twice', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await answer(page, principles[0].statements[0], 5);
  await page.goto('/');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned en säkerhetskopia' }).click()]);
  const backup = await download.path();
  expect(JSON.parse(readFileSync(backup, 'utf8')).rounds[0].unit).toBe('Elevhälsan');

  // Another browser with a round of its own.
  const other = await newDevicePage(browser);
  await startRound(other, 'Hemtjänsten', '2026-11-24');
  await other.goto('/');
  await other.getByLabel('Läs in en säkerhetskopia').setInputFiles(backup);
  const preview = other.getByRole('region', { name: 'Det här finns i filen' });
  await expect(preview.getByRole('listitem')).toHaveText(['Elevhälsan · 2026-10-01 – ny']);
  await preview.getByRole('button', { name: 'Lägg till de nya omgångarna' }).click();
  await expect(other.getByRole('status')).toHaveText('1 omgångar lades till.');
  await expect(other.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
  await expect(other.getByText('Elevhälsan · 2026-10-01')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Tidigare omgångar' }).getByText('Hemtjänsten · 2026-11-24')).toBeVisible();

  await other.getByLabel('Läs in en säkerhetskopia').setInputFiles(backup);
  await expect(preview.getByRole('listitem')).toHaveText(['Elevhälsan · 2026-10-01 – finns redan här']);
  await expect(preview.getByRole('button', { name: 'Lägg till de nya omgångarna' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  const doc = JSON.parse(await storedDocument(other));
  expect(doc.rounds.map((r) => r.unit)).toEqual(['Hemtjänsten', 'Elevhälsan']);
  expect(doc.rounds[1].assessment.responses[0].answers[principles[0].statements[0].id]).toBe(5);

  // The other browser shows the same results as the one the backup came from.
  await page.goto('/resultat');
  await other.goto('/resultat');
  for (const part of ['.score-table', '[data-testid="overall"]', '[data-testid="answered"]', '.low']) {
    expect(await other.locator(part).innerText()).toBe(await page.locator(part).innerText());
  }
});

test('an older backup is migrated on the way in', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(fixture);
  await expect(page.getByText('Filen är sparad av en äldre version av Tillit')).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till de nya omgångarna' }).click();
  await expect(page.getByRole('status')).toHaveText('1 omgångar lades till.');
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.version).toBe(4);
  expect(doc.rounds[0].audit.thieves).toEqual([]);
  expect(doc.rounds[0].plan.actions).toEqual([]);
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await page.goto('/');
  const before = await storedDocument(page);
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles({ name: 'lista.json', mimeType: 'application/json', buffer: Buffer.from('{"rounds": [') });
  await expect(page.getByRole('alert')).toContainText('Filen kunde inte läsas.');
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats.');
  // The reason is in the interface language too, with where the file stops making sense.
  await expect(page.getByRole('alert')).toContainText('Texten är inte giltig JSON (rad 1, tecken');
  expect(await storedDocument(page)).toBe(before);
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles({ name: 'ny.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 40}') });
  await expect(page.getByRole('alert')).toContainText('nyare version av Tillit');
  expect(await storedDocument(page)).toBe(before);
});

test('an answer off the scale in a backup is named in the preview before it is dropped', async ({ page }) => {
  await page.goto('/');
  const damaged = readFileSync(fixture, 'utf8').replace('"stod.3": 2', '"stod.3": 9');
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: Buffer.from(damaged) });
  const preview = page.getByRole('region', { name: 'Det här finns i filen' });
  await expect(preview.getByText('Det här i filen rättas när den läses in:')).toBeVisible();
  await expect(preview.locator('.import-report li')).toHaveText([
    'rounds[0].assessment.responses[0]: svaret 9 på påståendet stod.3 finns inte på skalan och togs bort. Övriga svar finns kvar.',
  ]);
});

test('a backup can replace everything, only after confirming', async ({ page }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await page.goto('/');
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(fixture);
  const preview = page.getByRole('region', { name: 'Det här finns i filen' });
  await preview.getByRole('button', { name: 'Ersätt allt här med filen' }).click();
  await expect(preview.getByText('Det som inte finns i filen försvinner.')).toBeVisible();
  expect(JSON.parse(await storedDocument(page)).rounds.map((r) => r.unit)).toEqual(['Elevhälsan']);
  await preview.getByRole('button', { name: 'Ja, ersätt allt' }).click();
  await expect(page.getByRole('status')).toHaveText('Allt här är ersatt med innehållet i filen.');
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds.map((r) => r.unit)).toEqual(['Hemtjänsten Farsta']);
  expect(doc.version).toBe(4);
});

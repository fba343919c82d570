// Backup and moving: the whole document downloaded, read into another browser, rounds added
// beside what is there; a file that is not a backup is refused with the reason and changes nothing.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { principles, startRound, answer, storedDocument, newDevicePage } from './helpers.js';

const fixture = new URL('../fixtures/v1.json', import.meta.url).pathname;

/** The backup page, reached as a user reaches it: from the start page. */
async function openBackup(page) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Till säkerhetskopia, flytt och radering' }).click();
  await expect(page).toHaveURL('/#/sakerhetskopia');
  await expect(page.getByRole('heading', { level: 1, name: 'Säkerhetskopia och flytt' })).toBeVisible();
}

test('a backup moves the work to another browser, and reading it twice adds nothing twice', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await answer(page, principles[0].statements[0], 5);
  await openBackup(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned en säkerhetskopia' }).click()]);
  const backup = await download.path();
  expect(JSON.parse(readFileSync(backup, 'utf8')).rounds[0].unit).toBe('Elevhälsan');

  // Another browser with a round of its own.
  const other = await newDevicePage(browser);
  await startRound(other, 'Hemtjänsten', '2026-11-24');
  await openBackup(other);
  await other.getByLabel('Läs in en säkerhetskopia').setInputFiles(backup);
  const preview = other.getByRole('region', { name: 'Det här finns i filen' });
  await expect(preview.getByRole('listitem')).toHaveText(['Elevhälsan · 2026-10-01 – ny']);
  await preview.getByRole('button', { name: 'Lägg till de nya omgångarna' }).click();
  await expect(other.getByRole('status')).toHaveText('1 omgång lades till.');
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
  await expect(other.getByText('Elevhälsan · 2026-10-01')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Tidigare omgångar' }).getByText('Hemtjänsten · 2026-11-24')).toBeVisible();

  await openBackup(other);
  await other.getByLabel('Läs in en säkerhetskopia').setInputFiles(backup);
  await expect(preview.getByRole('listitem')).toHaveText(['Elevhälsan · 2026-10-01 – finns redan här']);
  await expect(preview.getByRole('button', { name: 'Lägg till de nya omgångarna' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  const doc = JSON.parse(await storedDocument(other));
  expect(doc.rounds.map((r) => r.unit)).toEqual(['Hemtjänsten', 'Elevhälsan']);
  expect(doc.rounds[1].assessment.responses[0].answers[principles[0].statements[0].id]).toBe(5);

  // The other browser shows the same results as the one the backup came from.
  await page.goto('/#/resultat');
  await other.goto('/#/resultat');
  for (const part of ['.score-table', '[data-testid="overall"]', '[data-testid="answered"]', '.low']) {
    expect(await other.locator(part).innerText()).toBe(await page.locator(part).innerText());
  }
});

test('an older backup is migrated on the way in', async ({ page }) => {
  await openBackup(page);
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(fixture);
  await expect(page.getByText('Filen är sparad av en äldre version av Tillit')).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till de nya omgångarna' }).click();
  await expect(page.getByRole('status')).toHaveText('1 omgång lades till.');
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.version).toBe(5);
  expect(doc.rounds[0].audit.thieves).toEqual([]);
  expect(doc.rounds[0].plan.actions).toEqual([]);
});

test('a file that is not a backup is refused and nothing changes', async ({ page }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await openBackup(page);
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
  await openBackup(page);
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
  await openBackup(page);
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(fixture);
  const preview = page.getByRole('region', { name: 'Det här finns i filen' });
  await preview.getByRole('button', { name: 'Ersätt allt här med filen' }).click();
  await expect(preview.getByText('Det som inte finns i filen försvinner.')).toBeVisible();
  expect(JSON.parse(await storedDocument(page)).rounds.map((r) => r.unit)).toEqual(['Elevhälsan']);
  await preview.getByRole('button', { name: 'Ja, ersätt allt' }).click();
  await expect(page.getByRole('status')).toHaveText('Allt här är ersatt med innehållet i filen.');
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds.map((r) => r.unit)).toEqual(['Hemtjänsten Farsta']);
  expect(doc.version).toBe(5);
});

test('a changed copy of a round here: per round, keep this one, take the file\'s, or keep both', async ({ page }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await answer(page, principles[0].statements[0], 5);
  const here = JSON.parse(await storedDocument(page));
  // The same round, answered differently and renamed, in a file from another browser.
  const changed = structuredClone(here);
  changed.rounds[0].unit = 'Elevhälsan Syd';
  changed.rounds[0].assessment.responses[0].answers[principles[0].statements[0].id] = 1;
  const file = { name: 'kopia.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(changed)) };
  const preview = page.getByRole('region', { name: 'Det här finns i filen' });
  const question = preview.getByRole('group', { name: /Elevhälsan Syd · 2026-10-01 finns både här och i filen/ });

  // Keep this one (the default): nothing changes.
  await openBackup(page);
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(file);
  await expect(preview.getByRole('listitem')).toHaveText(['Elevhälsan Syd · 2026-10-01 – finns redan här, men skiljer sig']);
  await expect(question.getByRole('radio', { name: 'Behåll den som finns här' })).toBeChecked();
  await preview.getByRole('button', { name: 'Läs in enligt valen' }).click();
  await expect(page.getByRole('status')).toHaveText('Filen innehöll inga nya omgångar. 1 omgång i filen fanns redan här och lämnades orörd.');
  const kept = (rounds) => rounds.map((r) => [r.id, r.unit, r.date, r.assessment]);
  expect(kept(JSON.parse(await storedDocument(page)).rounds)).toEqual(kept(here.rounds));

  // Keep both: the file's is added beside it under a new id.
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(file);
  await question.getByRole('radio', { name: 'Behåll båda' }).check();
  await preview.getByRole('button', { name: 'Läs in enligt valen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 omgång lades till.');
  let doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds.map((r) => [r.id, r.unit])).toEqual([[here.rounds[0].id, 'Elevhälsan'], [`${here.rounds[0].id}-2`, 'Elevhälsan Syd']]);

  // Take the file's: it replaces the one here, and the copy kept beside it stays.
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles(file);
  await question.getByRole('radio', { name: 'Ta den från filen i stället' }).check();
  await preview.getByRole('button', { name: 'Läs in enligt valen' }).click();
  await expect(page.getByRole('status')).toHaveText('1 omgång här ersattes med filens.');
  doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds.map((r) => r.unit)).toEqual(['Elevhälsan Syd', 'Elevhälsan Syd']);
  expect(doc.rounds[0].assessment.responses[0].answers[principles[0].statements[0].id]).toBe(1);
});

test('an import the storage has no room for is not applied, and says so', async ({ page }) => {
  await startRound(page, 'Elevhälsan', '2026-10-01');
  await openBackup(page);
  const before = await storedDocument(page);
  // A backup of one round with a long description, and the storage filled so that the
  // document with it added cannot be saved (but the one here still can).
  const big = JSON.parse(before);
  big.rounds[0].id = 'another';
  big.rounds[0].unit = 'Stor enhet';
  big.rounds[0].audit.thieves = [];
  big.rounds[0].plan.actions = [{ id: 'a1', origin: null, reasons: [], title: 'Lång', description: 'x'.repeat(1_500_000), owner: '', due: '', status: 'planned', effect: '', follow_up: '' }];
  await page.evaluate(() => {
    const chunk = 'f'.repeat(1_000_000);
    for (let i = 0; i < 10; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
  });
  await page.getByLabel('Läs in en säkerhetskopia').setInputFiles({ name: 'stor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
  const preview = page.getByRole('region', { name: 'Det här finns i filen' });
  await preview.getByRole('button', { name: 'Lägg till de nya omgångarna' }).click();
  await expect(page.getByRole('alert')).toContainText('har inte plats för den');
  await expect(page.getByRole('alert')).toContainText('Inget har ändrats.');
  await expect(page.getByRole('status')).toHaveCount(0);
  expect(await storedDocument(page)).toBe(before);
  await page.goto('/');
  await expect(page.getByText('Elevhälsan · 2026-10-01')).toBeVisible();
  await expect(page.getByText('Stor enhet')).toHaveCount(0);
  await expect(page.getByText('Elevhälsan · 2026-10-01')).toBeVisible();
});

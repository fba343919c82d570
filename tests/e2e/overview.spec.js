// The förvaltning's overview: a unit saves its report file from the results page after seeing
// exactly what it holds; the overview reads many units' files (the same file twice once, a newer
// one replacing the older, damaged and other files refused with nothing changed), sorts the
// table, groups the recurring time thieves and exports them. Expected values are worked by hand.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { seed, expectNoAxeViolations, documentWithEverything, STORAGE_KEY } from './helpers.js';

const REPORTS_KEY = 'tillit.reports';

/** A report file as a unit's results page saves it: counts per statement, thieves, actions. */
function report(unit, round, date, counts, { thieves = [], saved = `${date}T12:00:00.000Z`, respondents = 5 } = {}) {
  const principles = ['tillit', 'medborgarfokus', 'helhetssyn', 'handlingsutrymme', 'stod', 'kunskap', 'oppenhet'].map((id) => ({
    id,
    statements: Object.entries(counts).filter(([s]) => s.startsWith(`${id}.`)).map(([s, c]) => ({ id: s, counts: c, dont_know: 0 })),
    left_out: [],
  }));
  return { kind: 'tillit-unit-report', version: 1, unit, round, date, saved, min_group: 3, respondents, principles, thieves, actions: [] };
}

function thief(title, fullTime) {
  return { title, category: 'documentation', removable_by: 'administration', hours_per_year: fullTime * 1700, full_time: fullTime, kronor: fullTime * 1700 * 350, net_loss: fullTime * 1700 * 350, remedy: '' };
}

const file = (name, value) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) });

// Means worked by hand: tillit.1 and stod.1 each answered by five.
//   Farsta     tillit 4,0  stöd 1,0  totalt 2,5
//   Vällingby  tillit 2,0  stöd 5,0  totalt 3,5
//   Skolan     tillit 3,0  stöd 3,0  totalt 3,0; in H1 tillit 2,0, stöd 3,0, totalt 2,5
const farsta = report('Hemtjänsten Farsta', 'r-farsta', '2026-10-01', { 'tillit.1': [0, 0, 0, 5, 0], 'stod.1': [5, 0, 0, 0, 0] }, { thieves: [thief('Dubbeldokumentation i två system', 0.5)] });
const vallingby = report('Hemtjänsten Vällingby', 'r-vby', '2026-09-15', { 'tillit.1': [0, 5, 0, 0, 0], 'stod.1': [0, 0, 0, 0, 5] }, { thieves: [thief('dubbeldokumentation i två  system', 0.7)], respondents: 6 });
const skolan = report('Skolan Norr', 'r-skolan', '2026-11-02', { 'tillit.1': [0, 0, 5, 0, 0], 'stod.1': [0, 0, 5, 0, 0] }, { thieves: [thief('Dokumentation i två system', 0.9)], respondents: 4 });
const skolanH1 = report('Skolan Norr', 'r-skolan-vt', '2026-03-01', { 'tillit.1': [0, 5, 0, 0, 0], 'stod.1': [0, 0, 5, 0, 0] });

const rowUnits = (page) => page.locator('.overview-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.unit));

test('a unit sees exactly what its report file holds before saving it, and nothing of one person', async ({ page }) => {
  await page.goto('/');
  await seed(page, documentWithEverything());
  await page.goto('/#/resultat');
  const section = page.getByRole('region', { name: 'Rapportfil till förvaltningen' });
  await section.getByRole('button', { name: 'Visa vad rapportfilen innehåller' }).click();
  const preview = page.getByRole('region', { name: 'Det här innehåller rapportfilen' });
  await expect(preview.getByTestId('report-file-meta')).toHaveText('Enhet: Unit 7 · datum: 2026-10-01 · 3 deltagare har svarat · siffror visas där minst 3 har svarat');
  // tillit.1 was answered 1, 2 and 3 by the three participants.
  const tillit = preview.getByRole('table', { name: 'Antal svar per påstående: Tillit' });
  await expect(tillit.locator('tbody tr').first().locator('td')).toHaveText(['1', '1', '1', '0', '0', '0']);
  await expect(preview.locator('.report-file__thieves li')).toHaveText([/^Form X – ≈ .* heltidstjänster.*kan tas bort av: /]);
  await expect(preview.locator('.report-file__actions li')).toHaveText(['Item Y – Planerad']);
  await expectNoAxeViolations(page);
  const shown = await preview.locator('.report-file__raw').textContent();
  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Spara rapportfilen' }).click()]);
  expect(download.suggestedFilename()).toBe('tillit-rapport-unit-7-2026-10-01.json');
  const saved = readFileSync(await download.path(), 'utf8');
  // The file is exactly what was shown.
  expect(saved).toBe(shown);
  const json = JSON.parse(saved);
  expect(json).toMatchObject({ kind: 'tillit-unit-report', version: 1, unit: 'Unit 7', round: 'r2', date: '2026-10-01', min_group: 3, respondents: 3 });
  expect(json.principles[0].statements[0]).toEqual({ id: 'tillit.1', counts: [1, 1, 1, 0, 0], dont_know: 0 });
  expect(json.thieves[0]).toMatchObject({ title: 'Form X', category: 'reporting', removable_by: 'board' });
  expect(json.actions[0]).toMatchObject({ title: 'Item Y', status: 'planned' });
  expect(saved).not.toMatch(/"p0"|"participant"|Kim/);
  await expect(section.getByRole('status')).toContainText('Rapportfilen är sparad: tillit-rapport-unit-7-2026-10-01.json');
});

test('the overview reads many units, counts a file read twice once, refuses damaged and other files, and sorts', async ({ page }) => {
  test.slow();
  await page.goto('/#/oversikt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Översikt för förvaltningen');
  await expect(page.getByText('Inga rapporter ännu.')).toBeVisible();
  const input = page.getByLabel('Rapportfiler från enheterna');
  await input.setInputFiles([file('farsta.json', farsta), file('vallingby.json', vallingby), file('skolan.json', skolan), file('skolan-vt.json', skolanH1)]);
  const status = page.getByRole('status');
  await expect(status.getByRole('listitem')).toHaveText([
    'farsta.json: Hemtjänsten Farsta, 2026-10-01 är inläst.',
    'vallingby.json: Hemtjänsten Vällingby, 2026-09-15 är inläst.',
    'skolan.json: Skolan Norr, 2026-11-02 är inläst.',
    'skolan-vt.json: Skolan Norr, 2026-03-01 är inläst.',
  ]);
  await expect(page.getByTestId('held-count')).toHaveText('4 rapportfiler är inlästa.');
  await expect(page.getByLabel('Halvår')).toHaveValue('2026-H2');

  const table = page.getByRole('table', { name: 'Medelvärde per enhet och princip, 2026, 2:a halvåret' });
  expect(await rowUnits(page)).toEqual(['Hemtjänsten Farsta', 'Hemtjänsten Vällingby', 'Skolan Norr']);
  const farstaRow = table.locator('tr[data-unit="Hemtjänsten Farsta"]');
  await expect(farstaRow.locator('td')).toHaveText(['5', '4,0', '–', '–', '–', '1,0', '–', '–', '2,5', '–']);
  await expect(farstaRow.locator('td').nth(1)).toHaveClass(/cell--l4/);
  await expect(farstaRow.locator('td').nth(5)).toHaveClass(/cell--l1/);
  // Skolan Norr was here in the spring too: its change since then.
  const skolanRow = table.locator('tr[data-unit="Skolan Norr"]');
  await expect(skolanRow.locator('td').nth(1)).toHaveText('3,0 (+1,0)');
  await expect(skolanRow.locator('td').last()).toHaveText('+0,5 sedan 2026, 1:a halvåret');

  // Sorted by Tillit, lowest first, then highest first; then by Stöd.
  const tillitHeader = table.getByRole('columnheader', { name: 'Tillit' });
  await tillitHeader.getByRole('button').click();
  await expect(tillitHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await rowUnits(page)).toEqual(['Hemtjänsten Vällingby', 'Skolan Norr', 'Hemtjänsten Farsta']);
  await tillitHeader.getByRole('button').click();
  await expect(tillitHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await rowUnits(page)).toEqual(['Hemtjänsten Farsta', 'Skolan Norr', 'Hemtjänsten Vällingby']);
  await table.getByRole('button', { name: 'Stöd' }).click();
  await expect(tillitHeader).not.toHaveAttribute('aria-sort');
  expect(await rowUnits(page)).toEqual(['Hemtjänsten Farsta', 'Skolan Norr', 'Hemtjänsten Vällingby']);

  // The statement level: tillit.1 over the three, (5×4 + 5×2 + 5×3) / 15 = 3,0, lowest Vällingby.
  const t1 = page.locator('.overview-statements tr[data-statement="tillit.1"] td');
  await expect(t1).toHaveText(['3,0', '15', '3', '0', 'Hemtjänsten Vällingby (2,0)']);

  // The same file again, a damaged one, one with a field wrong, a backup and a response file:
  // each told, nothing changed.
  const stored = await page.evaluate((key) => localStorage.getItem(key), REPORTS_KEY);
  const cut = JSON.stringify(farsta, null, 2);
  await input.setInputFiles([
    file('farsta.json', farsta),
    file('trasig.json', cut.slice(0, cut.length / 2)),
    file('datum.json', { ...vallingby, date: '2026-13-01' }),
    file('backup.json', documentWithEverything()),
    file('svar.json', { kind: 'tillit-response', version: 1, id: 'r.p', unit: 'X', date: '2026-11-24', answers: { 'tillit.1': 3 } }),
  ]);
  await expect(status.getByRole('listitem')).toHaveText([
    'farsta.json: den här rapporten är redan inläst och räknas en gång.',
    /^trasig\.json lästes inte: den är inte giltig JSON \(rad \d+, tecken \d+\)\. Inget ändrades\.$/,
    'datum.json lästes inte: fältet date saknas eller har ett värde som inte kan läsas. Inget ändrades.',
    'backup.json lästes inte: det är en säkerhetskopia av en hel webbläsares arbete, inte en rapportfil. En säkerhetskopia läses in på sidan Säkerhetskopia och flytt, som nås från startsidan. Inget ändrades.',
    'svar.json lästes inte: det är en deltagares svarsfil, inte en rapportfil. Svarsfiler läses in på sidan Ta emot svar, under Deltagare. Inget ändrades.',
  ]);
  expect(await page.evaluate((key) => localStorage.getItem(key), REPORTS_KEY)).toBe(stored);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  await expect(page.getByTestId('held-count')).toHaveText('4 rapportfiler är inlästa.');

  // A newer file for Farsta's round replaces the older one, saying so.
  const newer = { ...farsta, saved: '2026-10-20T08:00:00.000Z', principles: farsta.principles.map((p) => (p.id === 'tillit' ? { ...p, statements: [{ id: 'tillit.1', counts: [0, 0, 0, 0, 5], dont_know: 0 }] } : p)) };
  await input.setInputFiles([file('farsta-ny.json', newer)]);
  await expect(status.getByRole('listitem')).toHaveText(['farsta-ny.json: en nyare fil för Hemtjänsten Farsta, 2026-10-01 ersätter den som var inläst (sparad 2026-10-01 12:00).']);
  await expect(farstaRow.locator('td').nth(1)).toHaveText('5,0');
  await expect(page.getByTestId('held-count')).toHaveText('4 rapportfiler är inlästa.');
  // The older file again: the newer one is kept.
  await input.setInputFiles([file('farsta.json', farsta)]);
  await expect(status.getByRole('listitem')).toHaveText(['farsta.json: äldre än den rapport för Hemtjänsten Farsta, 2026-10-01 som redan är inläst (sparad 2026-10-20 08:00); den inlästa behålls.']);
  await expect(farstaRow.locator('td').nth(1)).toHaveText('5,0');

  // Kept in this browser: a reload shows the same.
  await page.reload();
  await expect(page.locator('.overview-table tr[data-unit="Hemtjänsten Farsta"] td').nth(1)).toHaveText('5,0');
  await expect(page.getByTestId('held-count')).toHaveText('4 rapportfiler är inlästa.');
  await expectNoAxeViolations(page);

  // The spring: only Skolan Norr.
  await page.getByLabel('Halvår').selectOption('2026-H1');
  expect(await rowUnits(page)).toEqual(['Skolan Norr']);
});

test('recurring time thieves are grouped, joined when confirmed, exported and printed landscape', async ({ page }) => {
  await page.goto('/#/oversikt');
  await page.getByLabel('Rapportfiler från enheterna').setInputFiles([file('farsta.json', farsta), file('vallingby.json', vallingby), file('skolan.json', skolan)]);
  const section = page.getByRole('region', { name: 'Återkommande tidstjuvar' });
  await expect(section.getByRole('heading', { level: 3 })).toHaveText(['Förvaltningen']);
  const items = section.locator('.recurring__item');
  // Same words, one thief: Farsta's and Vällingby's, 0,5 + 0,7 = 1,2.
  await expect(items).toHaveCount(2);
  await expect(items.first().locator('.recurring__figures')).toHaveText('rapporterad av 2 enheter, ≈ 1,2 heltidstjänster om året sammanlagt');
  await expect(items.nth(1).locator('.recurring__figures')).toHaveText('rapporterad av 1 enhet, ≈ 0,9 heltidstjänster om året');
  // Skolan's title shares two of four words: suggested, joined once confirmed by hand:
  // 0,5 + 0,7 + 0,9 = 2,1 full-time posts, 2,1 × 1 700 = 3 570 hours, × 350 kr = 1 249 500 kr.
  const same = section.getByLabel('Samma tidstjuv: ”Dokumentation i två system” och ”Dubbeldokumentation i två system”');
  await expect(same).not.toBeChecked();
  await same.check();
  await expect(items).toHaveCount(1);
  await expect(items.first().locator('.recurring__figures')).toHaveText('rapporterad av 3 enheter, ≈ 2,1 heltidstjänster om året sammanlagt');
  await expect(items.first().locator('.recurring__units')).toHaveText('Enheter: Hemtjänsten Farsta, Hemtjänsten Vällingby, Skolan Norr');
  await expect(items.first().locator('.recurring__also')).toHaveText('Även kallad: Dokumentation i två system');
  await expect(same).toBeChecked();

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned tidstjuvarna som CSV (Excel)' }).click()]);
  expect(csv.suggestedFilename()).toBe('tillit-tidstjuvar-2026-H2.csv');
  const lines = readFileSync(await csv.path(), 'utf8').split('\r\n');
  expect(lines[0]).toBe('\uFEFFKan tas bort av;Kategori;Tidstjuv;Andra titlar;Antal enheter;Enheter;Timmar/år;Heltidstjänster;Kostnad/år (kr);Nettoförlust/år (kr)');
  expect(lines[1]).toBe('Förvaltningen;Dokumentation;Dubbeldokumentation i två system;Dokumentation i två system;3;Hemtjänsten Farsta, Hemtjänsten Vällingby, Skolan Norr;3570;2,1;1249500;1249500');

  const [table] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned tabellen som CSV (Excel)' }).click()]);
  const rows = readFileSync(await table.path(), 'utf8').split('\r\n');
  expect(rows[0]).toBe('\uFEFFEnhet;Halvår;Datum;Svarande;Antal svar;Tillit;Medborgarfokus;Helhetssyn;Handlingsutrymme;Stöd;Kunskap;Öppenhet;Totalt;Förändring');
  expect(rows[1]).toBe('Hemtjänsten Farsta;2026-H2;2026-10-01;5;10;4;;;;1;;;2,5;');

  // The confirmation is kept with the reports.
  await page.reload();
  await expect(page.locator('.recurring__item')).toHaveCount(1);

  // Printed: a landscape page.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const [, width, height] = pdf.match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(Number(width)).toBeGreaterThan(Number(height));
});

test('the overview in English counts this browser\'s own rounds and has no accessibility faults', async ({ page }) => {
  const doc = documentWithEverything();
  doc.settings.lang = 'en';
  await page.goto('/');
  await seed(page, doc);
  await page.goto('/#/oversikt');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview for the administration');
  // Unit 7's rounds in this browser: one in each half of 2026, with the change between them.
  await expect(page.getByLabel('Half-year')).toHaveValue('2026-H2');
  expect(await rowUnits(page)).toEqual(['Unit 7']);
  await expect(page.getByRole('table', { name: 'Mean per unit and principle, 2026, half 2' })).toBeVisible();
  await expect(page.locator('.overview-table tbody td').last()).toContainText('since 2026, half 1');
  await page.getByLabel('Report files from the units').setInputFiles([file('b.json', { version: 4, rounds: [] })]);
  await expect(page.getByRole('status').getByRole('listitem')).toHaveText(["b.json was not read: it is a backup of a whole browser's work, not a report file. A backup is read in on the page Backup and moving, reached from the start page. Nothing changed."]);
  await page.getByRole('columnheader', { name: 'Overall' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Overall' })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page);
});

// Workshops and comparison over time: three people answer in turn on one device, two more on
// their own devices send response files, the team view shows only distributions in the order of
// disagreement, and a second round shows what changed. Expected values are worked by hand.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { seed, principles, startRound, answer, expectAnswered, statement, storedDocument, STORAGE_KEY, expectNoAxeViolations, documentWithEverything, newDevicePage, TODAY } from './helpers.js';

const [tillit, , , , stod] = principles;
const t = (k) => tillit.statements[k];
const s = (k) => stod.statements[k];

/** One person's turn on the shared device: name (or none), answers, done. */
async function turn(page, name, answers) {
  await page.goto('/#/deltagare');
  if (name) await page.getByLabel('Namn (frivilligt)').fill(name);
  await page.getByRole('button', { name: 'Börja svara som nästa deltagare' }).click();
  await expect(page).toHaveURL(`/#/princip/${tillit.id}`);
  await expect(page.getByRole('note')).toContainText(`Du svarar som ${name || 'Deltagare'}`);
  if (name === 'Ali') await expectNoAxeViolations(page);
  // Nobody else's answers are shown to the one whose turn it is.
  for (const st of tillit.statements) {
    await expect(statement(page, st).getByRole('radio', { checked: true })).toHaveCount(0);
  }
  for (const [st, value] of answers) {
    if (st.id.startsWith('stod') && !page.url().endsWith('/stod')) await page.goto(`/#/princip/${stod.id}`);
    await answer(page, st, value);
  }
  await page.getByRole('button', { name: 'Klar – dölj mina svar' }).click();
  await expect(page).toHaveURL('/#/deltagare?klar=1');
  await expect(page.getByRole('status')).toContainText('Svaren är sparade och dolda');
}

/** The distribution shown for a statement: the count beside each of 1–5 and "vet ej". */
async function distribution(item) {
  return item.locator('.dist__count').allTextContents();
}

test('three people answer in turn on one device; the team view shows distributions, the disagreement first', async ({ page }) => {
  test.slow();
  await startRound(page, 'Elevhälsan', '2026-05-12');
  // Answers (hand-worked below):
  //   tillit.1: 1, 5, 3    mean 3    spread √(8/3)  ≈ 1,6
  //   tillit.2: 4, 4, 4    mean 4    spread 0 — agreement, not a discussion question
  //   tillit.3: 2, 3, vet ej  scored by two only: its mean would be theirs, so not shown
  //   stöd.1:   5, 5, 1    mean 3,7  spread √(96/27) ≈ 1,9
  await turn(page, 'Ali', [[t(0), 1], [t(1), 4], [t(2), 2], [s(0), 5]]);
  await expectNoAxeViolations(page); // the participants page, with the thank-you shown
  // Between turns nobody's answers can be seen.
  await page.goto(`/#/princip/${tillit.id}`);
  await expect(page.getByRole('heading', { name: 'Ingen svarar just nu' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Ali rated two statements 1 and 2; with one person answered, the results show nothing of it.
  await page.goto('/#/resultat');
  await expect(page.getByTestId('too-few')).toContainText('1 deltagare har svarat');
  await expect(page.locator('.low__list li')).toHaveCount(0);
  await turn(page, '', [[t(0), 5], [t(1), 4], [t(2), 3], [s(0), 5]]);
  await turn(page, 'Bo', [[t(0), 3], [t(1), 4], [t(2), 0], [s(0), 1]]);

  // The list says who has answered and how far, never what.
  const list = page.getByRole('region', { name: 'I omgången' });
  await expect(list.getByRole('listitem')).toHaveText([/Ali.*4 av 36/, /Deltagare 2.*4 av 36/, /Bo.*4 av 36/]);

  await page.getByRole('link', { name: 'Se teamets svar' }).click();
  await expect(page).toHaveURL('/#/team');
  await expect(page.getByTestId('team-meta')).toHaveText('3 deltagare har svarat. Fördelningar visas där minst 3 har svarat.');
  const items = page.locator('.discuss__item');
  await expect(items).toHaveCount(2);
  expect(await items.evaluateAll((els) => els.map((e) => e.dataset.statement))).toEqual([s(0).id, t(0).id]);
  expect(await distribution(items.nth(0))).toEqual(['1', '0', '0', '0', '2', '0']);
  await expect(items.nth(0).locator('.discuss__numbers')).toHaveText('Medel 3,7 · spridning 1,9');
  expect(await distribution(items.nth(1))).toEqual(['1', '0', '1', '0', '1', '0']);
  await expect(items.nth(1).locator('.discuss__numbers')).toHaveText('Medel 3,0 · spridning 1,6');
  await expectNoAxeViolations(page);

  // Per principle: Tillit's row pools the statements shown, 1,5,3 + 4,4,4 (mean 21/6 = 3,5,
  // spread √(9,5/6) ≈ 1,3); tillit.3 stays out, or it could be worked out by subtracting.
  const tillitTable = page.getByRole('table', { name: tillit.name });
  const total = tillitTable.locator('.team-table__total td');
  await expect(total).toHaveText(['1', '0', '1', '3', '1', '0', '3,5', '1,3']);
  await expect(tillitTable.locator(`tr[data-statement="${t(2).id}"] td`)).toHaveText(['för få svar']);
  // A statement nobody answered, and a principle nobody answered, show no numbers at all.
  await expect(tillitTable.locator(`tr[data-statement="${t(4).id}"] td`)).toHaveText(['för få svar']);
  await expect(page.getByRole('table', { name: principles[1].name }).locator('.team-table__total td')).toHaveText(['för få svar']);

  // Raising the threshold to 4 hides every distribution.
  await page.goto('/#/deltagare');
  await page.getByLabel('Visa fördelningen först när minst så här många har svarat').fill('4');
  await page.goto('/#/team');
  await expect(page.locator('.discuss__item')).toHaveCount(0);
  await expect(page.getByText('Det finns ännu inga påståenden där minst 4 har svarat')).toBeVisible();
  await page.goto('/#/deltagare');
  await page.getByLabel('Visa fördelningen först när minst så här många har svarat').fill('0');
  await expect(page.getByText('Ange ett heltal från 1 till 50.')).toBeVisible();
  await page.getByLabel('Visa fördelningen först när minst så här många har svarat').fill('3');

  // The projector shows one statement at a time, in the same order; the keyboard steps.
  await page.goto('/#/team');
  await page.getByRole('link', { name: 'Visa ett i taget på projektor' }).click();
  await expect(page.locator('.projector__statement')).toHaveText(s(0).text);
  await expect(page.locator('.projector__position')).toHaveText('1 av 2');
  await expectNoAxeViolations(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.projector__statement')).toHaveText(t(0).text);
  expect(await distribution(page.locator('.projector'))).toEqual(['1', '0', '1', '0', '1', '0']);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.projector__position')).toHaveText('2 av 2');
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.projector__statement')).toHaveText(s(0).text);
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL('/#/team');

  // The plan proposes for Tillit: its mean is made of the statements three people scored
  // (21/6 = 3,5; the third statement, scored by two, is left out); the team takes the first proposal.
  await page.goto('/#/plan');
  await page.getByRole('button', { name: 'Ta med i planen' }).first().click();
  const planned = JSON.parse(await storedDocument(page)).rounds[0].plan.actions;
  expect(planned).toHaveLength(1);

  // Half a year later: a second round of the same unit brings the open action along.
  await page.goto('/');
  await page.getByRole('button', { name: 'Börja en ny omgång' }).click();
  await page.getByLabel('Enhet eller arbetslag').fill('Elevhälsan');
  await page.getByLabel('Datum').fill('2026-11-24');
  const carry = page.getByLabel(/Ta med tidstjuvarna och de åtgärder som inte är klara från förra omgången för Elevhälsan \(2026-05-12\)/);
  await expect(carry).toBeChecked();
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  // The team answers together this time: every Tillit statement a 4.
  for (const st of tillit.statements) await answer(page, st, 4);

  await page.goto('/#/plan');
  await expect(page.locator('.action__carried')).toHaveText('Förd över från omgången 2026-05-12. Tillit: 3,5 → 4,0 (+0,5, upp)');

  // Over time: the line chart, its table, and the change from one round to the other.
  await page.goto('/#/over-tid');
  await expect(page.getByLabel('Enhet', { exact: true })).toHaveValue('Elevhälsan');
  await expect(page.getByRole('img', { name: /Varje princip över omgångarna/ })).toBeVisible();
  await expect(page.locator('.chart-line__line')).toHaveCount(1);
  const lines = page.getByTestId('lines-table');
  await expect(lines.locator('thead th')).toHaveText(['Princip', '2026-05-12', '2026-11-24']);
  await expect(lines.locator('tbody tr').first()).toHaveText(/Tillit\s*3,5\s*4,0/);
  const changes = page.getByTestId('changes-table');
  await expect(changes.locator(`tr[data-principle="${tillit.id}"] td`)).toHaveText(['3,5', '4,0', '+0,5', '▲ upp']);
  await expect(changes.locator(`tr[data-principle="${stod.id}"] td`)).toHaveText(['3,7', '–', '–', '–']);
  await expect(page.locator('.radar__previous')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('response files from own devices are read in once each, and distributions follow the threshold', async ({ page, browser }) => {
  test.slow();
  // Two participants, each on a device of their own (one more browser, two rounds in it).
  const own = await newDevicePage(browser, { acceptDownloads: true });
  const files = [];
  for (const [i, values] of [[0, [2, 4]], [1, [4, 4]]]) {
    if (i === 0) {
      await startRound(own, 'Hemtjänsten', '2026-11-24');
    } else {
      await own.goto('/');
      await own.getByRole('button', { name: 'Börja en ny omgång' }).click();
      await own.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten');
      // The date offered is today's (the browser's clock is fixed in the tests).
      await expect(own.getByLabel('Datum')).toHaveValue(TODAY);
      await own.getByRole('button', { name: 'Börja självskattningen' }).click();
    }
    await answer(own, t(0), values[0]);
    await answer(own, t(1), values[1]);
    await own.goto('/#/lamna-svar');
    const [download] = await Promise.all([
      own.waitForEvent('download'),
      own.getByRole('button', { name: 'Spara mina svar som fil' }).click(),
    ]);
    // Named after the round's unit and date, like every other export.
    expect(download.suggestedFilename()).toBe('tillit-svar-hemtjänsten-2026-11-24.json');
    files.push(await download.path());
  }
  const first = JSON.parse(readFileSync(files[0], 'utf8'));
  expect(first.kind).toBe('tillit-response');
  expect(first.answers).toEqual({ [t(0).id]: 2, [t(1).id]: 4 });

  // The facilitator's device.
  await startRound(page, 'Hemtjänsten', '2026-11-24');
  await page.goto('/#/deltagare/ta-emot');
  await page.getByLabel('Läs in svarsfiler').setInputFiles(files);
  // First what the files hold; nothing is read in before the facilitator says so.
  const preview = page.getByRole('region', { name: 'Det här finns i filerna' });
  await expect(preview.getByRole('listitem')).toHaveText(['Deltagare 1: ny deltagare.', 'Deltagare 2: ny deltagare.']);
  expect(JSON.parse(await storedDocument(page)).rounds[0].assessment.participants.map((p) => p.id)).toEqual(['team']);
  await preview.getByRole('button', { name: 'Läs in i omgången' }).click();
  await expect(page.getByRole('status')).toHaveText(/Deltagare 1: inläst\.\s*Deltagare 2: inläst\./);
  // The same files again: nobody is counted twice.
  await page.getByLabel('Läs in svarsfiler').setInputFiles(files);
  await expect(preview.getByRole('listitem')).toHaveText([
    'Deltagare 1: finns redan och läses inte in igen.',
    'Deltagare 2: finns redan och läses inte in igen.',
  ]);
  await expect(preview.getByRole('button', { name: 'Läs in i omgången' })).toHaveCount(0);
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  await expect(preview).toHaveCount(0);
  // Not a response file: refused with the reason, nothing changed.
  const before = await storedDocument(page);
  await page.getByLabel('Läs in svarsfiler').setInputFiles({ name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('{"version": 4, "rounds": []}') });
  await expect(preview.getByRole('listitem')).toHaveText('fel.json kunde inte läsas: den är inte en svarsfil från Tillit.');
  await expect(preview.getByRole('button', { name: 'Läs in i omgången' })).toHaveCount(0);
  expect(await storedDocument(page)).toBe(before);
  expect(JSON.parse(before).rounds[0].assessment.participants).toHaveLength(2);

  await page.goto('/#/team');
  await expect(page.getByTestId('team-meta')).toHaveText('2 deltagare har svarat. Fördelningar visas där minst 3 har svarat.');
  await expect(page.locator('.discuss__item')).toHaveCount(0);
  await expect(page.getByRole('table', { name: tillit.name }).locator(`tr[data-statement="${t(0).id}"] td`)).toHaveText(['för få svar']);

  await page.goto('/#/deltagare');
  await page.getByLabel('Visa fördelningen först när minst så här många har svarat').fill('2');
  await page.goto('/#/team');
  // tillit.1: 2 and 4 → mean 3, spread 1; tillit.2: 4 and 4 → no disagreement.
  const items = page.locator('.discuss__item');
  await expect(items).toHaveCount(1);
  expect(await distribution(items.first())).toEqual(['0', '1', '0', '1', '0', '0']);
  await expect(items.first().locator('.discuss__numbers')).toHaveText('Medel 3,0 · spridning 1,0');
  await expect(page.getByRole('table', { name: tillit.name }).locator(`tr[data-statement="${t(1).id}"] td`))
    .toHaveText(['0', '0', '0', '2', '0', '0', '4,0', '0,0']);
});

/** A stored document with rounds for two units, answered by the team together. */
function history() {
  const round = (id, unit, date, score) => ({
    id, unit, date,
    assessment: {
      participants: [{ id: 'team', name: 'Arbetslaget' }],
      responses: [{ participant: 'team', answers: Object.fromEntries(principles.flatMap((p, i) => p.statements.map((st) => [st.id, Math.min(5, score + (i % 2))]))), notes: {} }],
    },
  });
  return {
    version: 5,
    settings: { lang: 'sv', min_group: 3 },
    rounds: [
      round('h1', 'Hemtjänsten', '2025-11-20', 2),
      // The same unit, typed in capitals with a space around it: still the same unit (the
      // browser's lower case, Ä included).
      round('h2', ' HEMTJÄNSTEN ', '2026-04-15', 3),
      round('h3', 'Hemtjänsten', '2026-10-01', 4),
      round('e1', 'Elevhälsan', '2026-09-10', 2),
    ],
    active_round: 'h3',
  };
}

test('a manager sees each principle across the rounds, compares two chosen rounds and two units', async ({ page }) => {
  await page.goto('/');
  await seed(page, history());
  await page.goto('/#/over-tid');
  await expect(page.locator('.chart-line__line')).toHaveCount(7);
  await expectNoAxeViolations(page);
  // Each line is named at its end; the names are placed by height, so compare them as a set.
  expect((await page.locator('.chart-line__name').allTextContents()).sort()).toEqual(principles.map((p) => p.name).sort());
  const lines = page.getByTestId('lines-table');
  await expect(lines.locator('tbody tr').nth(0)).toHaveText(/Tillit\s*2,0\s*3,0\s*4,0/);
  await expect(lines.locator('tbody tr').nth(1)).toHaveText(/Medborgarfokus\s*3,0\s*4,0\s*5,0/);

  // From the first to the last round.
  await page.getByLabel('Från', { exact: true }).selectOption({ label: '2025-11-20' });
  const changes = page.getByTestId('changes-table');
  await expect(changes.locator(`tr[data-principle="${tillit.id}"] td`)).toHaveText(['2,0', '4,0', '+2,0', '▲ upp']);
  // Backwards in time: the direction says so.
  await page.getByLabel('Till', { exact: true }).selectOption({ label: '2025-11-20' });
  await page.getByLabel('Från', { exact: true }).selectOption({ label: '2026-10-01' });
  await expect(changes.locator(`tr[data-principle="${tillit.id}"] td`)).toHaveText(['4,0', '2,0', '−2,0', '▼ ned']);

  // Two units in the same half-year (the second half of 2026).
  await expect(page.getByLabel('Halvår')).toHaveValue('2026-H2');
  const units = page.getByTestId('units-table');
  await expect(units.locator('thead th')).toHaveText(['Princip', 'Elevhälsan', 'Hemtjänsten', 'Skillnad (B − A)']);
  await expect(units.locator(`tr[data-principle="${tillit.id}"] td`)).toHaveText(['2,0', '4,0', '+2,0']);
  await page.getByLabel('Halvår').selectOption('2026-H1');
  await expect(units.locator(`tr[data-principle="${tillit.id}"] td`)).toHaveText(['ingen omgång', '3,0', '–']);
});

test('a round can be renamed, and deleted only after confirming', async ({ page }) => {
  await startRound(page, 'Elevhälsn', '2026-11-24');
  await answer(page, t(0), 3);
  await page.goto('/');
  await page.getByRole('button', { name: 'Ändra enhet eller datum' }).click();
  const form = page.getByRole('form', { name: 'Ändra enhet och datum' });
  await form.getByLabel('Enhet eller arbetslag').fill('');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Skriv namnet på er enhet eller ert arbetslag.')).toBeVisible();
  await form.getByLabel('Enhet eller arbetslag').fill('Elevhälsan');
  await form.getByLabel('Datum').fill('2026-11-25');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Elevhälsan · 2026-11-25')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Elevhälsan · 2026-11-25')).toBeVisible();
  await page.goto(`/#/princip/${tillit.id}`);
  await expectAnswered(page, t(0), 3);
});

test('a participant is removed only after confirming; the projector steps by its buttons too', async ({ page }) => {
  await page.goto('/');
  const doc = documentWithEverything();
  await seed(page, doc);
  await page.goto('/#/team/visning');
  const first = await page.locator('.projector__statement').textContent();
  await page.getByRole('button', { name: 'Nästa' }).click();
  await expect(page.locator('.projector__position')).toHaveText(/^2 av /);
  await expect(page.locator('.projector__statement')).not.toHaveText(first);
  await page.getByRole('button', { name: 'Föregående' }).click();
  await expect(page.locator('.projector__statement')).toHaveText(first);

  await page.goto('/#/deltagare');
  const list = page.getByRole('region', { name: 'I omgången' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await list.getByRole('button', { name: 'Ta bort deltagaren – Deltagare 2' }).click();
  await list.getByRole('button', { name: 'Avbryt' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await list.getByRole('button', { name: 'Ta bort deltagaren – Deltagare 2' }).click();
  await list.getByRole('button', { name: 'Ja, ta bort' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const stored = JSON.parse(await storedDocument(page)).rounds[1].assessment;
  expect(stored.participants.map((p) => p.id)).toEqual(['p0', 'p2']);
  expect(stored.responses.map((r) => r.participant)).toEqual(['p0', 'p2']);
  await page.goto('/#/team');
  await expect(page.getByTestId('team-meta')).toHaveText('2 deltagare har svarat. Fördelningar visas där minst 3 har svarat.');
});

test('a new round without carrying over starts empty; the unit to follow over time can be chosen', async ({ page }) => {
  await page.goto('/');
  const doc = documentWithEverything();
  doc.rounds.push({ ...doc.rounds[0], id: 'o1', unit: 'Other unit', date: '2026-09-01' });
  await seed(page, doc);
  await page.goto('/');
  await page.getByRole('button', { name: 'Börja en ny omgång' }).click();
  await page.getByLabel('Enhet eller arbetslag').fill('Unit 7');
  await page.getByLabel('Datum').fill('2027-03-01');
  await page.getByLabel(/Ta med tidstjuvarna/).uncheck();
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  const round = JSON.parse(await storedDocument(page)).rounds.at(-1);
  // Nothing to take over, and its audit and plan empty (`{}` reads as an empty audit and plan).
  expect([round.unit, round.carry_from, round.audit, round.plan]).toEqual(['Unit 7', undefined, {}, {}]);

  // Renaming can be cancelled.
  await page.goto('/');
  await page.getByRole('button', { name: 'Ändra enhet eller datum' }).click();
  await page.getByRole('form', { name: 'Ändra enhet och datum' }).getByLabel('Enhet eller arbetslag').fill('Något annat');
  await page.getByRole('form', { name: 'Ändra enhet och datum' }).getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByText('Unit 7 · 2027-03-01')).toBeVisible();

  await page.goto('/#/over-tid');
  await expect(page.getByTestId('lines-table').locator('thead th')).toHaveText(['Princip', '2026-03-01', '2026-10-01', '2027-03-01']);
  await page.getByLabel('Enhet', { exact: true }).selectOption('Other unit');
  await expect(page.getByTestId('lines-table').locator('thead th')).toHaveText(['Princip', '2026-09-01']);
  await expect(page.getByText('Enheten har bara en omgång.')).toBeVisible();
});

test('a response file from another round is read in only when the facilitator says so; a file with no usable answer is refused', async ({ page }) => {
  await startRound(page, 'Workshop Farsta', '2026-11-24');
  await page.goto('/#/deltagare/ta-emot');
  const file = (name, id, unit, date, answers) => ({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ kind: 'tillit-response', version: 1, id, name: 'Pia', unit, date, answers, notes: {} })),
  });
  const elsewhere = file('pia.json', 'r-x.team', 'Annan enhet', '2020-01-01', { [t(0).id]: 3, 'borttaget.9': 2 });
  const nothing = file('tom.json', 'r-y.team', 'Workshop Farsta', '2026-11-24', { 'borttaget.9': 2 });
  await page.getByLabel('Läs in svarsfiler').setInputFiles([elsewhere, nothing]);
  const preview = page.getByRole('region', { name: 'Det här finns i filerna' });
  await expect(preview.getByRole('listitem')).toHaveText([
    'Pia: ny deltagare. Filen är besvarad i omgången Annan enhet · 2020-01-01, inte i den här (Workshop Farsta · 2026-11-24). '
      + '1 svar gäller sådant som inte finns i Tillit och läses inte in: borttaget.9.',
    'tom.json kunde inte läsas: den innehåller bara svar på 1 påståenden som inte finns i Tillit och räknas därför inte som en deltagare.',
  ]);
  await expect(preview.getByText('Vill ni ändå läsa in dem som svar i den här omgången?')).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Läs in i omgången' })).toHaveCount(0);
  // Cancelling reads nothing in.
  const before = await storedDocument(page);
  await preview.getByRole('button', { name: 'Avbryt' }).click();
  expect(await storedDocument(page)).toBe(before);

  // Asked again, the facilitator reads it in anyway: Pia's one known answer, nothing else.
  await page.getByLabel('Läs in svarsfiler').setInputFiles([elsewhere, nothing]);
  await preview.getByRole('button', { name: 'Läs in ändå' }).click();
  await expect(page.getByRole('status')).toContainText('Pia: inläst.');
  const stored = JSON.parse(await storedDocument(page)).rounds[0].assessment;
  expect(stored.participants.map((p) => p.name)).toEqual(['Pia']);
  expect(stored.responses[0].answers).toEqual({ [t(0).id]: 3 });
  await expect(page.getByTestId('receive-answered')).toHaveText('Deltagare som har svarat i omgången: 1.');
  await page.goto('/#/deltagare');
  const list = page.getByRole('region', { name: 'I omgången' });
  await expect(list.getByRole('listitem')).toHaveText([/Pia.*1 av 36/]);
});

test('Deltagare leads to taking answers in and to handing in this device\'s own; without a round, taking in says to start one', async ({ page }) => {
  await page.goto('/#/deltagare/ta-emot');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ta emot svar');
  await expect(page.getByText('Börja en omgång på startsidan först.')).toBeVisible();
  await expect(page.getByLabel('Läs in svarsfiler')).toHaveCount(0);

  await startRound(page, 'Hemtjänsten', '2026-11-24');
  await page.goto('/#/deltagare');
  // Deltagare itself no longer reads codes or files: that is Ta emot svar's.
  await expect(page.getByLabel('Läs in svarsfiler')).toHaveCount(0);
  await page.getByRole('link', { name: 'Ta emot svar →' }).click();
  await expect(page).toHaveURL('/#/deltagare/ta-emot');
  await expect(page.getByTestId('receive-answered')).toHaveText('Deltagare som har svarat i omgången: 0.');
  await expect(page.getByLabel('Klistra in svarskoder')).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Deltagare' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: '← Deltagare' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deltagare');
  await page.getByRole('link', { name: 'Lämna svar från den här enheten' }).click();
  await expect(page).toHaveURL('/#/lamna-svar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lämna dina svar');
});

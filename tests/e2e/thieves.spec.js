// The time-thief audit: thieves added (one from a starter example), one judged worth its time,
// one edited and one deleted, a reload, then the ranking, totals, the assumptions under them and
// "to pass on" checked against figures worked out by hand: 1 700 h a year, an hourly cost of
// 35 000 × 12 × 1,4 / 1 700 = 345,88 → 346 kr, 42,5 working weeks and 42,5 × 12 / 52 = 9,81
// working months a year; figures shown rounded (hours to tens above 100, kronor to thousands).
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { STORAGE_KEY, startRound, seed, storedDocument, expectNoAxeViolations, documentWithEverything } from './helpers.js';

const starters = JSON.parse(readFileSync(new URL('../../content/sv/thieves.json', import.meta.url))).starters;

const NEED = {
  nothing: 'Ingen av tiden – nyttan kräver den inte',
  part: 'En del av tiden',
  all: 'All tiden – nyttan är värd den (inte en tidstjuv)',
};

async function fillThief(page, { title, minutes, occurrences, per, people, need, needed, remover }) {
  if (title !== undefined) await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Minuter per gång', { exact: true }).fill(minutes);
  await page.getByLabel('Antal gånger').fill(occurrences);
  await page.getByLabel('Hur ofta').selectOption({ label: per });
  await page.getByLabel('Antal personer').fill(people);
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel(NEED[need]).check();
  if (needed !== undefined) await page.getByLabel('Minuter per gång som nyttan kräver').fill(needed);
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel(remover).check();
}

async function addThief(page, thief) {
  await page.getByRole('link', { name: 'Lägg till en tidstjuv' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny tidstjuv');
  await fillThief(page, thief);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
}

const item = (page, title) => page.locator('.thief').filter({ has: page.getByRole('heading', { name: title, exact: true }) });

async function expectFigures(page, title, { hours, posts, kronor, loss }) {
  const t = item(page, title);
  await expect(t.locator('[data-figure="hours"]')).toHaveText(hours);
  await expect(t.locator('[data-figure="posts"]')).toHaveText(posts);
  await expect(t.locator('[data-figure="kronor"]')).toHaveText(`${kronor} kr`);
  await expect(t.locator('[data-figure="loss"]')).toHaveText(`${loss} kr`);
}

test('add from a starter and by hand, judge one worth its time, edit, delete with undo, reload: ranking, totals and pass-on are right', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tidstjuvar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidstjuvar');
  await expect(page.getByText('Inga tidstjuvar ännu.')).toBeVisible();

  // 1. A starter example opens as a new thief, everything filled in but the benefit, which the
  //    team must judge: nothing joins the list until it is saved.
  const starter = starters[0];
  await page.getByRole('button', { name: `Lägg till ${starter.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny tidstjuv');
  await expect(page.getByLabel('Rubrik')).toHaveValue(starter.title);
  for (const label of Object.values(NEED)) await expect(page.getByLabel(label)).not.toBeChecked();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toContainText('Välj ett av alternativen.');
  // 20 min × 3 a week × 42,5 weeks × 5 people = 212,5 h = 0,125 posts; × 346 = 73 525 kr;
  // the benefit needs 5 of the 20 minutes: 3/4 lost = 55 143,75 kr.
  await fillThief(page, { minutes: '20', occurrences: '3', per: 'per vecka', people: '5', need: 'part', needed: '5', remover: 'Förvaltningen' });
  await expect(page.getByTestId('times-a-year')).toHaveText('≈ 127,5 gånger om året per person');
  await expect(page.getByRole('status').filter({ hasText: 'timmar om året' })).toHaveText('≈ 210 timmar om året (0,13 heltidstjänster), ≈ 74 000 kr om året.');
  await page.getByRole('button', { name: 'Spara' }).click();

  // 2. Our own: 10 min × 6 a week × 42,5 × 4 = 170 h; 58 820 kr; the benefit needs none of it.
  await addThief(page, { title: 'Samma uppgifter i två system', minutes: '10', occurrences: '6', per: 'per vecka', people: '4', need: 'nothing', remover: 'Vi själva' });
  // 3. 45 min once a week for 1 person, 15 minutes needed (edited below to 2 people).
  await addThief(page, { title: 'Veckorapport till nämnden', minutes: '45', occurrences: '1', per: 'per vecka', people: '1', need: 'part', needed: '15', remover: 'Nämnden' });
  // 4. One that will be deleted: 30 min × 2 a month × 9,81 × 3 = 29,4 h.
  await addThief(page, { title: 'Underlag till tillsynen', minutes: '30', occurrences: '2', per: 'per månad', people: '3', need: 'nothing', remover: 'Staten eller en lag' });
  // 5. Worth its time: 60 min a week for 10 = 425 h, kept in the list, out of the totals.
  await addThief(page, { title: 'Teamträff om brukarna', minutes: '60', occurrences: '1', per: 'per vecka', people: '10', need: 'all', remover: 'Vi själva' });
  await expect(page.locator('.thief')).toHaveCount(5);

  // Edit: the weekly report takes two people: 63,75 h; 22 057,50 kr; 30 of 45 min lost: 14 705 kr.
  await item(page, 'Veckorapport till nämnden').getByRole('link', { name: /Ändra/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändra tidstjuven');
  await expect(page.getByLabel('Antal personer')).toHaveValue('1');
  await expect(page.getByLabel('Minuter per gång som nyttan kräver')).toHaveValue('15');
  await page.getByLabel('Antal personer').fill('2');
  await page.getByRole('button', { name: 'Spara' }).click();

  // Delete, undo, delete for good.
  await item(page, 'Underlag till tillsynen').getByRole('button', { name: /Ta bort/ }).click();
  await expect(page.locator('.thief')).toHaveCount(4);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.locator('.thief')).toHaveCount(5);
  await item(page, 'Underlag till tillsynen').getByRole('button', { name: /Ta bort/ }).click();
  await expect(page.getByText('”Underlag till tillsynen” togs bort.')).toBeVisible();

  await page.reload();
  await expect(page.locator('.thief')).toHaveCount(4);

  // Ranked by net loss: 58 820 > 55 143,75 > 14 705; then the one that is not a thief.
  await expect(page.locator('.thief__title')).toHaveText(['Samma uppgifter i två system', starter.title, 'Veckorapport till nämnden', 'Teamträff om brukarna']);
  await expectFigures(page, 'Samma uppgifter i två system', { hours: '170', posts: '0,10', kronor: '59 000', loss: '59 000' });
  await expectFigures(page, starter.title, { hours: '210', posts: '0,13', kronor: '74 000', loss: '55 000' });
  await expectFigures(page, 'Veckorapport till nämnden', { hours: '64', posts: '0,04', kronor: '22 000', loss: '15 000' });
  await expect(item(page, 'Teamträff om brukarna').locator('.thief__note')).toHaveText('Inte en tidstjuv: nyttan är värd all tiden. Räknas inte med i summan.');
  await expect(item(page, 'Veckorapport till nämnden').locator('.thief__meta')).toContainText('nyttan kräver 15 av 45 min');
  // Totals without the one worth its time: 446,25 h = 0,2625 posts; 154 402,50 kr; 128 668,75 kr lost.
  await expect(page.getByTestId('total-time')).toHaveText('≈ 450 timmar om året = 0,26 heltidstjänster');
  await expect(page.getByTestId('total-money')).toHaveText('Kostnad ≈ 154 000 kr om året, varav nettoförlust ≈ 129 000 kr');
  // Every assumption in force is listed under the totals.
  const assumptions = page.getByTestId('assumptions');
  await expect(assumptions).toContainText('Årsarbetstid för en heltid: 1 700 timmar (förvalt).');
  await expect(assumptions).toContainText('Timkostnad: 346 kr = månadslön 35 000 kr (förvalt) × 12 × (1 + 40 % lönebikostnader (förvalt)) ÷ årsarbetstiden');
  await expect(assumptions).toContainText('per arbetsdag × 212,5, per vecka × 42,5, per månad × 9,81');
  await expect(assumptions).toContainText('1 uppgift räknas inte med: nyttan är värd all tiden.');
  await expect(assumptions).toContainText('CSV-filen har de exakta talen.');

  // To pass on: grouped by who can remove them; our own is not there, nor the deleted one.
  await page.getByRole('link', { name: 'Att lämna vidare (2)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Att lämna vidare');
  const groups = page.locator('.pass-on');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).getByRole('heading', { level: 2 })).toHaveText('Till förvaltningen');
  await expect(groups.nth(0).locator('.pass-on__list li')).toHaveCount(1);
  await expect(groups.nth(0).locator('.pass-on__list')).toContainText(starter.title);
  await expect(groups.nth(1).getByRole('heading', { level: 2 })).toHaveText('Till nämnden');
  await expect(groups.nth(1).locator('.pass-on__list')).toContainText('Veckorapport till nämnden');
  await expect(page.getByText('Samma uppgifter i två system')).toHaveCount(0);
  const message = groups.nth(1).getByLabel('Meddelande till nämnden');
  await expect(message).toHaveValue(/^Till nämnden\n\nVi på Hemtjänsten Farsta har gått igenom/);
  await expect(message).toHaveValue(/1\. Veckorapport till nämnden\n {3}Omfattning: ≈ 64 timmar om året \(0,04 heltidstjänster\), ≈ 22\u00a0000 kr om året\./);
  await expect(message).toHaveValue(/Hemtjänsten Farsta, 2026-11-24$/);
  await groups.nth(1).getByRole('button', { name: 'Kopiera texten' }).click();
  await expect(groups.nth(1).getByText('Texten är kopierad.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());

  // Printing shows the messages without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Kopiera texten' }).first()).toBeHidden();
  await expect(page.locator('.pass-on__print').first()).toBeVisible();

  // All of it is in the same stored document as the assessment, with the team's judgement.
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.version).toBe(5);
  const stored = Object.fromEntries(doc.rounds[0].audit.thieves.map((t) => [t.title, t.need]));
  expect(stored['Samma uppgifter i två system']).toBe('nothing');
  expect(stored['Veckorapport till nämnden']).toEqual({ minutes: 15 });
  expect(stored['Teamträff om brukarna']).toBe('all');
});

test('the form chooses nothing in advance, says at each field what is wrong, and keeps what is typed over a reload', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar/ny');
  await expect(page.getByLabel('Hur ofta')).toHaveValue('');
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv en rubrik.');
  await expect(page.getByLabel('Rubrik')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Rubrik')).toHaveAccessibleDescription(/Skriv en rubrik\./);
  await expect(page.getByLabel('Hur ofta')).toHaveAccessibleDescription('Välj ett av alternativen.');
  await expect(page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' })).toHaveAccessibleDescription(/Välj ett av alternativen\./);

  await page.getByLabel('Rubrik').fill('Dubbel attest av inköp');
  await page.getByLabel('Minuter per gång', { exact: true }).fill('-5');
  await expect(page.getByLabel('Minuter per gång', { exact: true })).toHaveAccessibleDescription(/Talet kan inte vara negativt\./);
  await page.getByLabel('Minuter per gång', { exact: true }).fill('10');
  await page.getByLabel('Antal gånger').fill('60');
  await page.getByLabel('Hur ofta').selectOption({ label: 'per arbetsdag' });
  await page.getByLabel('Antal personer').fill('1');
  // 10 min × 60 a day × 212,5 days = 2 125 h a person: more than a full-time year.
  await expect(page.getByLabel('Antal gånger')).toHaveAccessibleDescription(/Det blir 2\u00a0125 timmar om året per person – mer än en heltid\./);
  // More minutes needed than the task takes.
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel('En del av tiden').check();
  await page.getByLabel('Minuter per gång som nyttan kräver').fill('12');
  await expect(page.getByLabel('Minuter per gång som nyttan kräver')).toHaveAccessibleDescription(/Högst 10 – så många minuter tar uppgiften varje gång\./);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar/ny');

  // Nothing typed is lost on reload.
  await page.getByLabel('Idé om vad som kan göras').fill('En attest räcker');
  await page.reload();
  await expect(page.getByLabel('Rubrik')).toHaveValue('Dubbel attest av inköp');
  await expect(page.getByLabel('Antal gånger')).toHaveValue('60');
  await expect(page.getByLabel('Hur ofta')).toHaveValue('day');
  await expect(page.getByLabel('En del av tiden')).toBeChecked();
  await expect(page.getByLabel('Idé om vad som kan göras')).toHaveValue('En attest räcker');

  await page.getByLabel('Antal gånger').fill('2');
  await page.getByLabel('Minuter per gång som nyttan kräver').fill('4');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect(page.locator('.thief__title')).toHaveText(['Dubbel attest av inköp']);
  // Saved, the draft is gone: a new form starts empty.
  await page.goto('/#/tidstjuvar/ny');
  await expect(page.getByLabel('Rubrik')).toHaveValue('');
});

test('the hourly cost is worked out from salary and payroll costs, can be typed directly, and the figures follow', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar');
  await expect(page.getByText('Förvalt: 35 000 kr.')).toBeVisible();
  await expect(page.getByTestId('hourly-in-force')).toHaveText('Timkostnaden som används: 346 kr i timmen.');
  await expect(page.getByText('Nettoförlust = de timmar som nyttan inte kräver × timkostnaden.')).toBeVisible();
  await page.getByRole('link', { name: 'Lägg till en tidstjuv' }).click();
  await fillThief(page, { title: 'Möte utan beslut', minutes: '60', occurrences: '1', per: 'per månad', people: '10', need: 'nothing', remover: 'Vi själva' });
  await page.getByRole('button', { name: 'Spara' }).click();
  // 1 h × 9,81 months × 10 = 98,08 h; × 346 = 33 934,62 kr.
  await expectFigures(page, 'Möte utan beslut', { hours: '98', posts: '0,06', kronor: '34 000', loss: '34 000' });
  // 40 000 kr, 45 % and 1 600 h: 40 000 × 12 × 1,45 / 1 600 = 435 kr; 1 600 h has
  // 1 600 / 40 × 12 / 52 = 9,23 working months: 92,31 h, 40 153,85 kr, 0,058 posts.
  await page.getByLabel('Månadslön (kronor)').fill('40000');
  await page.getByLabel('Lönebikostnader (procent av lönen)').fill('45');
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('1600');
  await expect(page.getByTestId('hourly-in-force')).toHaveText('Timkostnaden som används: 435 kr i timmen.');
  await expectFigures(page, 'Möte utan beslut', { hours: '92', posts: '0,06', kronor: '40 000', loss: '40 000' });
  // A cost typed directly is used instead, and said to be the team's own.
  await page.getByLabel('Egen timkostnad (kronor, valfritt)').fill('500');
  await expectFigures(page, 'Möte utan beslut', { hours: '92', posts: '0,06', kronor: '46 000', loss: '46 000' });
  await expect(page.getByTestId('assumptions')).toContainText('Timkostnad: 500 kr, som ni har skrivit in.');
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('-1');
  await expect(page.getByLabel('Årsarbetstid för en heltid (timmar)')).toHaveAttribute('aria-invalid', 'true');
  // A working time near 0 (1,7 typed for 1 700) is refused: the hourly cost would have no bound.
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('1,7');
  await expect(page.locator('#annual-hours-error')).toHaveText('Det är orimligt lite. Minst 100.');
  // Each wrong figure gets its own message at the field.
  await page.getByLabel('Egen timkostnad (kronor, valfritt)').fill('1e308');
  await expect(page.locator('#hourly-cost-error')).toHaveText('Det är orimligt mycket. Högst 10 000.');
  await page.getByLabel('Egen timkostnad (kronor, valfritt)').fill('500');
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('1600');
  await page.reload();
  await expect(page.getByLabel('Årsarbetstid för en heltid (timmar)')).toHaveValue('1600');
  await expect(page.getByLabel('Månadslön (kronor)')).toHaveValue('40000');
  await expect(page.getByLabel('Egen timkostnad (kronor, valfritt)')).toHaveValue('500');
  // Emptied, the worked-out cost is back.
  await page.getByLabel('Egen timkostnad (kronor, valfritt)').fill('');
  await expect(page.getByTestId('hourly-in-force')).toHaveText('Timkostnaden som används: 435 kr i timmen.');
});

test('a task in the wrong role loses the difference to the cost of the role that should do it', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar/ny');
  await page.getByLabel('Slag av administration').selectOption({ label: 'Uppgifter utanför rollen' });
  await expect(page.getByLabel('Timkostnad för den roll som borde göra uppgiften (kronor, valfritt)')).toHaveAccessibleDescription(/fel yrkesgrupp/);
  // 30 min a week for 4 = 85 h, all of it needed, at 346 kr instead of 246 kr: 85 × 100 = 8 500 kr.
  await fillThief(page, { title: 'Städning', minutes: '30', occurrences: '1', per: 'per vecka', people: '4', need: 'all', remover: 'Förvaltningen' });
  await page.getByLabel('Timkostnad för den roll som borde göra uppgiften (kronor, valfritt)').fill('246');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expectFigures(page, 'Städning', { hours: '85', posts: '0,05', kronor: '29 000', loss: '9 000' });
  await expect(item(page, 'Städning').locator('.thief__note')).toHaveCount(0);
});

test('switching language in the middle of the form keeps what is typed', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar/ny');
  await page.getByLabel('Rubrik').fill('Dubbel attest');
  await page.getByLabel('Minuter per gång', { exact: true }).fill('7');
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Nämnden').check();
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel('En del av tiden').check();
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New time thief');
  await expect(page.getByLabel('Title')).toHaveValue('Dubbel attest');
  await expect(page.getByLabel('Minutes each time', { exact: true })).toHaveValue('7');
  await expect(page.getByRole('group', { name: 'Who can remove or change it?' }).getByLabel('The political board')).toBeChecked();
  await expect(page.getByRole('group', { name: 'How much of the time does the benefit need?' }).getByLabel('Part of it')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Which principles does it work against?' }).getByLabel('Support')).toBeVisible();
});

test('figures read as Swedish: one hour, one person, thousands spaced', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar');
  await addThief(page, { title: 'Årlig enkät', minutes: '60', occurrences: '1', per: 'per år', people: '1', need: 'nothing', remover: 'Vi själva' });
  await expect(page.getByTestId('total-time')).toHaveText(/^≈ 1 timme om året/);
  await expect(page.locator('[data-thief] .thief__meta')).toContainText('60 min × 1 per år × 1 person ·');
  await page.getByRole('link', { name: 'Lägg till en tidstjuv' }).click();
  await fillThief(page, { title: 'Stor', minutes: '1500', occurrences: '1', per: 'per år', people: '1,000', need: 'nothing', remover: 'Vi själva' });
  await expect(page.getByTestId('times-a-year')).toHaveText('≈ 1 gång om året per person');
  // "1,000" is read as a thousand: 1 500 min × 1 000 people = 25 000 hours.
  await expect(page.locator('.preview').last()).toContainText('≈ 25 000 timmar om året');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-thief]').first().locator('.thief__meta')).toContainText('1 500 min × 1 per år × 1 000 personer');
});

/** A unit's two rounds: in May three thieves; in November the same three carried over. */
function carried() {
  const thief = (id, title, minutes, extra = {}) => ({
    id, title, description: '', category: 'documentation', minutes, occurrences: 1, per: 'week', people: 10,
    need: 'nothing', beneficiaries: [], removable_by: 'unit', principles: [], remedy: '', ...extra,
  });
  const round = (id, date, thieves) => ({
    id, unit: 'Hemtjänsten Farsta', date,
    assessment: { participants: [{ id: 'team', name: 'Arbetslaget' }], responses: [] },
    audit: { thieves, rates: { annual_hours: 1700, monthly_salary: 35000, payroll_percent: 40 } },
  });
  return {
    version: 5,
    settings: { lang: 'sv', min_group: 3 },
    rounds: [
      // 60 min a week for 10: 425 h; 30 min: 212,5 h; 20 min: 141,67 h.
      round('may', '2026-05-12', [thief('doc', 'Dubbel dokumentation', 60), thief('rep', 'Veckorapport', 30, { removable_by: 'administration' }), thief('mtg', 'Långa möten', 20)]),
      round('nov', '2026-11-24', [
        thief('doc', 'Dubbel dokumentation', 60, { carried: true }),
        thief('rep', 'Veckorapport', 30, { removable_by: 'administration', carried: true }),
        thief('mtg', 'Långa möten', 20, { carried: true }),
      ]),
    ],
    active_round: 'nov',
  };
}

test('a carried thief is estimated again, and what was reduced or removed shows as time won back on the thieves, over-time and report pages', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await seed(page, carried());
  await page.goto('/#/tidstjuvar');
  await expect(page.locator('[data-note="carried"]')).toHaveCount(3);
  await expect(page.getByTestId('assumptions')).toContainText('3 tidstjuvar har kvar förra omgångens uppskattning');
  await expect(page.getByTestId('won-back')).toContainText('Ingen vunnen tid ännu.');

  // Re-estimate: the form shows last time's estimate and asks where it stands now.
  await item(page, 'Dubbel dokumentation').getByRole('link', { name: /Uppskatta på nytt/ }).click();
  await expect(page.getByTestId('previous-estimate')).toContainText('Förra uppskattningen (2026-05-12): 60 min × 1 per vecka × 10 personer.');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('group', { name: 'Var står tidstjuven nu?' })).toHaveAccessibleDescription(/Välj ett av alternativen\./);
  await expectNoAxeViolations(page);
  // Reduced from 60 to 40 minutes: 425 → 283,33 h, 141,67 h won back.
  await page.getByLabel('Minuter per gång', { exact: true }).fill('40');
  await page.getByRole('group', { name: 'Var står tidstjuven nu?' }).getByLabel('Minskad').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');

  // Removed: its whole 212,5 h counts as won back.
  await item(page, 'Veckorapport').getByRole('link', { name: /Uppskatta på nytt/ }).click();
  await page.getByRole('group', { name: 'Var står tidstjuven nu?' }).getByLabel('Borttagen').check();
  await page.getByRole('button', { name: 'Spara' }).click();

  // Passed on, with to whom, when and the answer; its age is counted to today (2026-11-24).
  await item(page, 'Långa möten').getByRole('link', { name: /Uppskatta på nytt/ }).click();
  await page.getByRole('group', { name: 'Var står tidstjuven nu?' }).getByLabel('Lämnad vidare').check();
  await page.getByLabel('Lämnad till').fill('Förvaltningens ledningsgrupp');
  await page.getByLabel('Datum då den lämnades (ÅÅÅÅ-MM-DD)').fill('2026-09-01');
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Förvaltningen').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect(item(page, 'Långa möten').locator('.thief__note')).toHaveText('Lämnad vidare till Förvaltningens ledningsgrupp 2026-09-01, för 84 dagar sedan. Inget svar ännu.');
  await expect(item(page, 'Veckorapport').locator('.thief__note')).toHaveText('Borttagen. Tiden räknas som vunnen och inte med i summan.');
  await expect(page.locator('[data-note="carried"]')).toHaveCount(0);

  // Won back: 141,67 + 212,5 = 354,17 h = 0,21 posts; × 346 = 122 541,67 kr.
  await expect(page.getByTestId('won-total')).toHaveText('Sedan tidstjuvarna först skrevs in: ≈ 350 timmar om året = 0,21 heltidstjänster, ≈ 123 000 kr om året.');
  await expect(page.getByTestId('won-back')).toContainText('Veckorapport: 210 timmar om året, 74 000 kr, sedan 2026-05-12 (Borttagen).');
  // Totals: the removed one is no longer counted: 283,33 + 141,67 = 425 h.
  await expect(page.getByTestId('total-time')).toHaveText('≈ 430 timmar om året = 0,25 heltidstjänster');

  // The request waits on the pass-on page, with its age.
  await page.goto('/#/tidstjuvar/vidare');
  await expect(page.getByTestId('request')).toHaveText(/Lämnad vidare till Förvaltningens ledningsgrupp 2026-09-01, för 84 dagar sedan\./);

  // Over time: a bar per round, and the same figures in a table.
  await page.goto('/#/over-tid');
  const won = page.getByTestId('won-over-time');
  await expect(won.getByRole('img', { name: /Vunnen tid över omgångarna/ })).toBeVisible();
  await expect(won.locator('.chart-bar__bar')).toHaveCount(2);
  await expect(won.getByTestId('won-table').locator('tbody tr')).toHaveText([/2026-05-12\s*0\s*0,00\s*0/, /2026-11-24\s*350\s*0,21\s*123\u00a0000/]);
  await expectNoAxeViolations(page);

  // The printed report has it too, with the assumptions under the thieves.
  await page.goto('/#/rapport');
  await expect(page.getByTestId('won-total')).toHaveText(/≈ 350 timmar om året/);
  await expect(page.getByTestId('report-thieves')).toContainText('Borttagen');
  await expect(page.getByTestId('assumptions')).toBeVisible();

  // And in English.
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByTestId('won-total')).toHaveText('Since the time thieves were first recorded: ≈ 350 hours a year = 0.21 full-time posts, ≈ 123,000 kr a year.');
  await page.goto('/#/over-tid');
  await expect(page.getByRole('heading', { name: 'Time won back across the rounds' })).toBeVisible();
});

test('the old benefit of a stored thief becomes minutes needed, and the page says so', async ({ page }) => {
  await page.goto('/');
  const doc = carried();
  doc.version = 4;
  doc.rounds = [doc.rounds[0]];
  doc.active_round = 'may';
  doc.rounds[0].audit.thieves = [{ ...doc.rounds[0].audit.thieves[0], need: undefined, benefit: 'low' }];
  doc.rounds[0].audit.rates = { annual_hours: 1700, hourly_cost: 350 };
  // Stored, then read once, where the migration happens and is told.
  await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [STORAGE_KEY, doc]);
  await page.goto('/#/tidstjuvar');
  await expect(page.getByText('tidstjuven ”Dubbel dokumentation” hade nyttan ”låg nytta”. Nu räknas att nyttan kräver 15 av 60 minuter per gång – samma förlust som förut.')).toBeVisible();
  // Written in this version at once, the earlier one kept beside it: told once.
  expect(JSON.parse(await storedDocument(page)).version).toBe(5);
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('tillit.document.v4'))).version).toBe(4);
  // 425 h × 350 kr (the hourly cost typed then, kept) = 148 750 kr; 75 % lost = 111 562,50 kr.
  await expectFigures(page, 'Dubbel dokumentation', { hours: '430', posts: '0,25', kronor: '149 000', loss: '112 000' });
  await expect(page.getByLabel('Egen timkostnad (kronor, valfritt)')).toHaveValue('350');
});

test('a round started with the earlier round\'s work takes its thieves over in the time thieves\' build and its open action at the plan', async ({ page }) => {
  await page.goto('/');
  await seed(page, documentWithEverything());
  await page.goto('/');
  await page.getByRole('button', { name: 'Börja en ny omgång' }).click();
  await page.getByLabel('Enhet eller arbetslag').fill('Unit 7');
  await page.getByLabel('Datum').fill('2027-03-01');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  const started = JSON.parse(await storedDocument(page)).rounds.at(-1);
  expect([started.carry_from, started.audit, started.plan]).toEqual(['r2', {}, {}]);

  // Straight to the time thieves: their own build, which takes the thieves over.
  await page.goto('/#/tidstjuvar');
  await expect(page.locator('[data-thief="t1"] [data-note="carried"]')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('thieves');
  // Estimated again and saved: stored with the thief taken over and the open action still to come.
  await page.locator('[data-thief="t1"]').getByRole('link', { name: /Uppskatta på nytt/ }).click();
  await page.getByRole('group', { name: 'Var står tidstjuven nu?' }).getByLabel('Minskad').check();
  await page.getByLabel('Minuter per gång', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect.poll(async () => JSON.parse(await storedDocument(page)).rounds.at(-1).carry_actions_from).toBe('r2');
  const saved = JSON.parse(await storedDocument(page)).rounds.at(-1);
  expect([saved.carry_from, saved.audit.thieves.map((t) => [t.id, t.minutes]), saved.plan]).toEqual([undefined, [['t1', 20]], {}]);

  // The plan, in the results' build: the open action comes over, the estimate stays.
  await page.goto('/#/plan');
  const action = page.locator('[data-action="a1"]');
  await expect(action.locator('.action__carried')).toHaveText('Förd över från omgången 2026-10-01.');
  await expect(action.getByRole('textbox').first()).toHaveValue('Item Y');
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('results');
});

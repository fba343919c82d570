// The time-thief audit: three thieves added (one from a starter example) and a fourth deleted,
// one edited, a reload, then the ranking, totals and "to pass on" grouping checked against
// figures worked out by hand (1 700 h a year, 350 kr an hour, 42,5 working weeks, 12 months).
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { startRound, storedDocument } from './helpers.js';

const starters = JSON.parse(readFileSync(new URL('../../content/sv/thieves.json', import.meta.url))).starters;

async function fillThief(page, { title, minutes, occurrences, per, people, benefit, remover }) {
  if (title !== undefined) await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Minuter per gång').fill(minutes);
  await page.getByLabel('Antal gånger').fill(occurrences);
  await page.getByLabel('Hur ofta').selectOption({ label: per });
  await page.getByLabel('Antal personer').fill(people);
  await page.getByRole('group', { name: 'Vilken nytta ger uppgiften?' }).getByLabel(benefit).check();
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

test('add from a starter and by hand, edit, delete with undo, reload: ranking, totals and pass-on are right', async ({ page, context }) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Tidstjuvar' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidstjuvar');
  await expect(page.getByText('Inga tidstjuvar ännu.')).toBeVisible();

  // 1. A starter example, one click, then adjusted: 20 min × 3 a week × 42,5 weeks × 5 people
  //    = 212,5 h = 0,125 posts; × 350 = 74 375 kr; low benefit loses 75 % = 55 781,25 kr.
  const starter = starters[0];
  await page.getByRole('button', { name: `Lägg till ${starter.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ändra tidstjuven');
  await expect(page.getByLabel('Rubrik')).toHaveValue(starter.title);
  await fillThief(page, { minutes: '20', occurrences: '3', per: 'per vecka', people: '5', benefit: 'Låg nytta', remover: 'Förvaltningen' });
  await expect(page.getByRole('status').filter({ hasText: 'timmar om året' })).toHaveText('≈ 213 timmar om året (0,13 heltidstjänster), ≈ 74 375 kr om året.');
  await page.getByRole('button', { name: 'Spara' }).click();

  // 2. Our own: 10 min × 6 a week × 42,5 × 4 = 170 h; 59 500 kr; no benefit: all lost.
  await addThief(page, { title: 'Samma uppgifter i två system', minutes: '10', occurrences: '6', per: 'per vecka', people: '4', benefit: 'Ingen nytta', remover: 'Vi själva' });
  // 3. 45 min once a week for 1 person = 31,875 h (edited below to 2 people).
  await addThief(page, { title: 'Veckorapport till nämnden', minutes: '45', occurrences: '1', per: 'per vecka', people: '1', benefit: 'Viss nytta', remover: 'Nämnden' });
  // 4. One that will be deleted: 30 min × 2 a month × 12 × 3 = 36 h.
  await addThief(page, { title: 'Underlag till tillsynen', minutes: '30', occurrences: '2', per: 'per månad', people: '3', benefit: 'Låg nytta', remover: 'Staten eller en lag' });
  await expect(page.locator('.thief')).toHaveCount(4);

  // Edit: the weekly report takes two people: 63,75 h; 22 312,50 kr; some benefit: 11 156,25 kr lost.
  await item(page, 'Veckorapport till nämnden').getByRole('link', { name: /Ändra/ }).click();
  await expect(page.getByLabel('Antal personer')).toHaveValue('1');
  await page.getByLabel('Antal personer').fill('2');
  await page.getByRole('button', { name: 'Spara' }).click();

  // Delete, undo, delete for good.
  await item(page, 'Underlag till tillsynen').getByRole('button', { name: /Ta bort/ }).click();
  await expect(page.locator('.thief')).toHaveCount(3);
  await page.getByRole('button', { name: 'Ångra' }).click();
  await expect(page.locator('.thief')).toHaveCount(4);
  await item(page, 'Underlag till tillsynen').getByRole('button', { name: /Ta bort/ }).click();
  await expect(page.getByText('”Underlag till tillsynen” togs bort.')).toBeVisible();

  await page.reload();
  await expect(page.locator('.thief')).toHaveCount(3);

  // Ranked by net loss: 59 500 > 55 781,25 > 11 156,25.
  await expect(page.locator('.thief__title')).toHaveText(['Samma uppgifter i två system', starter.title, 'Veckorapport till nämnden']);
  await expectFigures(page, 'Samma uppgifter i två system', { hours: '170', posts: '0,10', kronor: '59 500', loss: '59 500' });
  await expectFigures(page, starter.title, { hours: '213', posts: '0,13', kronor: '74 375', loss: '55 781' });
  await expectFigures(page, 'Veckorapport till nämnden', { hours: '64', posts: '0,04', kronor: '22 313', loss: '11 156' });
  // Totals: 446,25 h = 0,2625 posts; 156 187,50 kr; 126 437,50 kr lost.
  await expect(page.getByTestId('total-time')).toHaveText('≈ 446 timmar om året = 0,26 heltidstjänster');
  await expect(page.getByTestId('total-money')).toHaveText('Kostnad ≈ 156 188 kr om året, varav nettoförlust ≈ 126 438 kr');

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
  await expect(message).toHaveValue(/1\. Veckorapport till nämnden\n {3}Omfattning: ≈ 64 timmar om året \(0,04 heltidstjänster\), ≈ 22\u00a0313 kr om året\./);
  await expect(message).toHaveValue(/Hemtjänsten Farsta, 2026-11-24$/);
  await groups.nth(1).getByRole('button', { name: 'Kopiera texten' }).click();
  await expect(groups.nth(1).getByText('Texten är kopierad.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await message.inputValue());

  // Printing shows the messages without the buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Kopiera texten' }).first()).toBeHidden();
  await expect(page.locator('.pass-on__print').first()).toBeVisible();

  // All of it is in the same stored document as the assessment.
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.version).toBe(4);
  expect(doc.rounds[0].audit.thieves.map((t) => t.removable_by).sort()).toEqual(['administration', 'board', 'unit']);
});

test('the form says at each field what is wrong, and keeps what is typed over a reload', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar/ny');
  await page.getByRole('button', { name: 'Spara' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Skriv en rubrik.');
  await expect(page.getByLabel('Rubrik')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Rubrik')).toHaveAccessibleDescription(/Skriv en rubrik\./);

  await page.getByLabel('Rubrik').fill('Dubbel attest av inköp');
  await page.getByLabel('Minuter per gång').fill('-5');
  await expect(page.getByLabel('Minuter per gång')).toHaveAccessibleDescription(/Talet kan inte vara negativt\./);
  await page.getByLabel('Minuter per gång').fill('10');
  await page.getByLabel('Antal gånger').fill('60');
  await page.getByLabel('Hur ofta').selectOption({ label: 'per arbetsdag' });
  await page.getByLabel('Antal personer').fill('1');
  // 10 min × 60 a day × 212,5 days = 2 125 h a person: more than a full-time year.
  await expect(page.getByLabel('Antal gånger')).toHaveAccessibleDescription(/Det blir 2\u00a0125 timmar om året per person – mer än en heltid\./);
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar/ny');

  // Nothing typed is lost on reload.
  await page.getByLabel('Idé om vad som kan göras').fill('En attest räcker');
  await page.reload();
  await expect(page.getByLabel('Rubrik')).toHaveValue('Dubbel attest av inköp');
  await expect(page.getByLabel('Antal gånger')).toHaveValue('60');
  await expect(page.getByLabel('Hur ofta')).toHaveValue('day');
  await expect(page.getByLabel('Idé om vad som kan göras')).toHaveValue('En attest räcker');

  await page.getByLabel('Antal gånger').fill('2');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect(page.locator('.thief__title')).toHaveText(['Dubbel attest av inköp']);
  // Saved, the draft is gone: a new form starts empty.
  await page.goto('/#/tidstjuvar/ny');
  await expect(page.getByLabel('Rubrik')).toHaveValue('');
});

test('the rates can be set, with the defaults stated, and the figures follow', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar');
  await expect(page.getByText('Förvalt: 350 kr')).toBeVisible();
  await expect(page.getByText('Nettoförlust = kostnaden × den andel som inte ger nytta')).toBeVisible();
  await page.getByRole('link', { name: 'Lägg till en tidstjuv' }).click();
  await fillThief(page, { title: 'Möte utan beslut', minutes: '60', occurrences: '1', per: 'per månad', people: '10', benefit: 'Ingen nytta', remover: 'Vi själva' });
  await page.getByRole('button', { name: 'Spara' }).click();
  // 1 h × 12 × 10 = 120 h; at 350 kr: 42 000 kr.
  await expectFigures(page, 'Möte utan beslut', { hours: '120', posts: '0,07', kronor: '42 000', loss: '42 000' });
  await page.getByLabel('Timkostnad inklusive arbetsgivaravgifter (kronor)').fill('500');
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('1600');
  // At 500 kr: 60 000 kr; 120 / 1 600 = 0,075 posts.
  await expectFigures(page, 'Möte utan beslut', { hours: '120', posts: '0,08', kronor: '60 000', loss: '60 000' });
  await page.getByLabel('Årsarbetstid för en heltid (timmar)').fill('-1');
  await expect(page.getByLabel('Årsarbetstid för en heltid (timmar)')).toHaveAttribute('aria-invalid', 'true');
  // Each wrong figure gets its own message at the field.
  await page.getByLabel('Timkostnad inklusive arbetsgivaravgifter (kronor)').fill('1e308');
  await expect(page.locator('#hourly-cost-error')).toHaveText('Det är orimligt mycket. Högst 10 000.');
  await page.getByLabel('Timkostnad inklusive arbetsgivaravgifter (kronor)').fill('500');
  await page.reload();
  await expect(page.getByLabel('Årsarbetstid för en heltid (timmar)')).toHaveValue('1600');
  await expect(page.getByLabel('Timkostnad inklusive arbetsgivaravgifter (kronor)')).toHaveValue('500');
});

test('switching language in the middle of the form keeps what is typed', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar/ny');
  await page.getByLabel('Rubrik').fill('Dubbel attest');
  await page.getByLabel('Minuter per gång').fill('7');
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Nämnden').check();
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New time thief');
  await expect(page.getByLabel('Title')).toHaveValue('Dubbel attest');
  await expect(page.getByLabel('Minutes each time')).toHaveValue('7');
  await expect(page.getByRole('group', { name: 'Who can remove or change it?' }).getByLabel('The political board')).toBeChecked();
  await expect(page.getByRole('group', { name: 'Which principles does it work against?' }).getByLabel('Support')).toBeVisible();
});

test('figures read as Swedish: one hour, one person, thousands spaced', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/tidstjuvar');
  await addThief(page, { title: 'Årlig enkät', minutes: '60', occurrences: '1', per: 'per år', people: '1', benefit: 'Ingen nytta', remover: 'Vi själva' });
  await expect(page.getByTestId('total-time')).toHaveText(/^≈ 1 timme om året/);
  await expect(page.locator('[data-thief] .thief__meta')).toContainText('60 min × 1 per år × 1 person ·');
  await page.getByRole('link', { name: 'Lägg till en tidstjuv' }).click();
  await fillThief(page, { title: 'Stor', minutes: '1500', occurrences: '1', per: 'per år', people: '1,000', benefit: 'Ingen nytta', remover: 'Vi själva' });
  // "1,000" is read as a thousand: 1 500 min × 1 000 people = 25 000 hours.
  await expect(page.locator('.preview')).toContainText('≈ 25 000 timmar om året');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.locator('[data-thief]').first().locator('.thief__meta')).toContainText('1 500 min × 1 per år × 1 000 personer');
});

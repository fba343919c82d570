// The improvement plan: from an assessment with known weak spots and an audit, the proposals
// carry their reasons; two are accepted, one dismissed, an own action added; all of it survives
// a reload, the CSV download parses back to the same actions, and print hides the navigation.
import { test, expect } from './helpers.js';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { principles, startRound, answer, storedDocument, seed } from './helpers.js';

const library = JSON.parse(readFileSync(new URL('../../content/sv/actions.json', import.meta.url)));
const actionsOf = (id) => library.principle_actions.filter((a) => a.principle === id);
const passOn = library.thief_actions.find((a) => a.kind === 'pass_on');

const stod = principles.find((p) => p.id === 'stod');
const kunskap = principles.find((p) => p.id === 'kunskap');

/** Everything 4, Stöd all 2 (weakest), Kunskap 1 on its first statement, 4 on the rest. */
function given(p, k) {
  if (p.id === 'stod') return 2;
  if (p.id === 'kunskap' && k === 0) return 1;
  return 4;
}

test('proposals with reasons, accept, dismiss, own action, reload, CSV and print', async ({ page }) => {
  test.slow();
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  for (const p of principles) {
    await page.goto(`/#/princip/${p.id}`);
    for (const [k, s] of p.statements.entries()) await answer(page, s, given(p, k));
  }
  // One time thief the board must remove: 60 min a week, 2 people, 15 of the 60 minutes needed:
  // 85 h a year; × 346 = 29 410 kr; 75 % lost = 22 057,50 kr.
  await page.goto('/#/tidstjuvar/ny');
  await page.getByLabel('Rubrik').fill('Veckorapport till nämnden');
  await page.getByLabel('Minuter per gång', { exact: true }).fill('60');
  await page.getByLabel('Antal gånger').fill('1');
  await page.getByLabel('Hur ofta').selectOption({ label: 'per vecka' });
  await page.getByLabel('Antal personer').fill('2');
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel('En del av tiden').check();
  await page.getByLabel('Minuter per gång som nyttan kräver').fill('15');
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Nämnden').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page).toHaveURL('/#/tidstjuvar');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förbättringsplan');
  const kunskapMean = (1 + 4 * (kunskap.statements.length - 1)) / kunskap.statements.length;

  // Stöd (2,0) is weakest: two actions; Kunskap (3,4, with a 1) next: one; then the thief.
  const proposals = page.locator('.proposals > ul > .proposal');
  const thiefTitle = `${passOn.title}: Veckorapport till nämnden`;
  await expect(proposals.locator('h3')).toHaveText([actionsOf('stod')[0].title, actionsOf('stod')[1].title, actionsOf('kunskap')[0].title, thiefTitle]);
  await expect(proposals.nth(0)).toContainText('Stöd fick 2,0 i medelvärde, bland de lägsta av principerna.');
  await expect(proposals.nth(0)).toContainText(`Ni gav 1 eller 2 på: ”${stod.statements[0].text}”; ”${stod.statements[1].text}”; och ${stod.statements.length - 2} till`);
  await expect(proposals.nth(2)).toContainText(`Kunskap fick ${kunskapMean.toFixed(1).replace('.', ',')} i medelvärde`);
  await expect(proposals.nth(2)).toContainText(`Ni gav 1 eller 2 på: ”${kunskap.statements[0].text}”`);
  await expect(proposals.nth(3)).toContainText('Tidstjuv nummer 1 efter nettoförlust: ”Veckorapport till nämnden”, ≈ 22 000 kr om året.');
  // Principles rated 4 are not proposed on.
  await expect(page.locator('.proposals')).not.toContainText('Tillit fick');

  // Accept two, dismiss one.
  await page.getByRole('button', { name: `Ta med i planen ${actionsOf('stod')[0].title}` }).click();
  await page.getByRole('button', { name: `Ta med i planen ${thiefTitle}` }).click();
  await page.getByRole('button', { name: `Avfärda ${actionsOf('kunskap')[0].title}` }).click();
  await expect(proposals.locator('h3')).toHaveText([actionsOf('stod')[1].title]);

  // Own action with owner and date; the title is required.
  await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await expect(page.getByLabel('Åtgärd', { exact: true }).last()).toHaveAccessibleDescription('Skriv vad åtgärden är.');
  const add = page.getByRole('region', { name: 'Lägg till en egen åtgärd' });
  await add.getByLabel('Åtgärd').fill('Arbetsplatsträff om dokumentation');
  await add.getByLabel('Ansvarig').fill('Kim Berg');
  await add.getByLabel('Klart senast').fill('2027-02-15');
  await add.getByRole('button', { name: 'Lägg till', exact: true }).click();

  // Follow-up details on the first accepted action.
  const cards = page.locator('.action');
  await expect(cards).toHaveCount(3);
  await cards.nth(0).getByLabel('Ansvarig').fill('Enhetschefen');
  await cards.nth(0).getByLabel('Status').selectOption({ label: 'Pågår' });
  await cards.nth(0).getByLabel('Förväntad effekt').fill('Mer stöd nära verksamheten');
  await cards.nth(0).getByLabel('Följs upp').fill('2027-03-01');

  await page.reload();
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(0).getByLabel('Åtgärd')).toHaveValue(actionsOf('stod')[0].title);
  await expect(cards.nth(0).getByLabel('Ansvarig')).toHaveValue('Enhetschefen');
  await expect(cards.nth(0).getByLabel('Status')).toHaveValue('in_progress');
  await expect(cards.nth(0).getByLabel('Följs upp')).toHaveValue('2027-03-01');
  await expect(cards.nth(0)).toContainText('Stöd fick 2,0');
  await expect(cards.nth(1).getByLabel('Åtgärd')).toHaveValue(thiefTitle);
  await expect(cards.nth(2).getByLabel('Åtgärd')).toHaveValue('Arbetsplatsträff om dokumentation');
  await expect(cards.nth(2).getByLabel('Ansvarig')).toHaveValue('Kim Berg');
  await expect(cards.nth(2).getByLabel('Klart senast')).toHaveValue('2027-02-15');
  await expect(cards.nth(2)).toContainText('Egen åtgärd');
  await expect(proposals.locator('h3')).toHaveText([actionsOf('stod')[1].title]);
  await expect(page.getByText('Avfärdade förslag (1)')).toBeVisible();

  // The CSV parses back to the same actions, Swedish characters intact.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned som CSV (Excel)' }).click()]);
  expect(download.suggestedFilename()).toBe('tillit-plan-2026-11-24.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(csv, { delimiter: ';', bom: true, columns: true });
  const stored = JSON.parse(await storedDocument(page)).rounds[0].plan.actions;
  expect(rows.map((r) => r['Åtgärd'])).toEqual(stored.map((a) => a.title));
  expect(rows.map((r) => r['Ansvarig'])).toEqual(['Enhetschefen', '', 'Kim Berg']);
  expect(rows.map((r) => r['Klart senast'])).toEqual(['', '', '2027-02-15']);
  expect(rows.map((r) => r['Status'])).toEqual(['Pågår', 'Planerad', 'Planerad']);
  expect(rows[0]['Förväntad effekt']).toBe('Mer stöd nära verksamheten');
  expect(rows[0]['Följs upp']).toBe('2027-03-01');
  expect(rows[0]['Varför']).toContain('Stöd fick 2,0');
  expect(rows[1]['Varför']).toContain('Veckorapport till nämnden');

  // Markdown, too.
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned som Markdown' }).click()]);
  const text = readFileSync(await md.path(), 'utf8');
  expect(text).toMatch(/^# Förbättringsplan för Hemtjänsten Farsta\n/);
  expect(text).toContain('| Arbetsplatsträff om dokumentation |');

  // Print: a clean page without navigation, proposals or forms; the plan as a table.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.locator('.proposals')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Lägg till en egen åtgärd' })).toBeHidden();
  await expect(page.locator('table.plan-table tbody tr')).toHaveCount(3);
  await expect(page.locator('.basis')).toBeVisible();
  await expect(page.locator('.basis')).toContainText('Veckorapport till nämnden');
});

test('a removed action asks first', async ({ page }) => {
  await startRound(page);
  await page.goto('/#/plan');
  const add = page.getByRole('region', { name: 'Lägg till en egen åtgärd' });
  await add.getByLabel('Åtgärd').fill('Rensa bland mätningarna');
  await add.getByRole('button', { name: 'Lägg till', exact: true }).click();
  await page.getByRole('button', { name: 'Ta bort åtgärden' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.locator('.action')).toHaveCount(1);
  await page.getByRole('button', { name: 'Ta bort åtgärden' }).click();
  await page.getByRole('button', { name: 'Ja, ta bort' }).click();
  await expect(page.locator('.action')).toHaveCount(0);
  await expect(page.getByText('Planen är tom.')).toBeVisible();
});

test('a dismissed proposal can be brought back', async ({ page }) => {
  await startRound(page);
  for (const s of principles[0].statements) await answer(page, s, 2);
  await page.goto('/#/plan');
  const open = page.locator('.proposals > ul > .proposal');
  const first = await open.first().locator('h3').textContent();
  await page.getByRole('button', { name: `Avfärda ${first}` }).click();
  await expect(open.filter({ hasText: first })).toHaveCount(0);
  await page.getByText('Avfärdade förslag (1)').click();
  await page.getByRole('button', { name: `Ta tillbaka ${first}` }).click();
  await expect(open.first().locator('h3')).toHaveText(first);
  await expect(page.getByText(/Avfärdade förslag/)).toHaveCount(0);
});

test('a proposal to stop doing a task says that what the law requires stays', async ({ page }) => {
  await page.goto('/');
  await seed(page, {
    version: 5,
    settings: { lang: 'sv', min_group: 3 },
    rounds: [{
      id: 'r1', unit: 'Hemtjänsten Farsta', date: '2026-11-24',
      assessment: { participants: [{ id: 'team', name: 'Arbetslaget' }], responses: [] },
      audit: {
        thieves: [{ id: 't1', title: 'Veckosammanställning ingen läser', description: '', category: 'reporting', minutes: 30, occurrences: 1, per: 'week', people: 4, need: 'nothing', beneficiaries: [], removable_by: 'unit', principles: [], remedy: '' }],
        rates: { annual_hours: 1700, monthly_salary: 35000, payroll_percent: 40 },
      },
    }],
    active_round: 'r1',
  });
  await page.goto('/#/plan');
  const proposal = page.locator('.proposal').filter({ hasText: 'Veckosammanställning ingen läser' });
  await expect(proposal).toContainText('Lagar och regler kommer först: dokumentation som lag eller föreskrift kräver ska finnas kvar');
  await expect(proposal).toContainText('Fråga den som har ställt kravet innan ni slutar');
  await proposal.getByRole('button', { name: /^Ta med i planen/ }).click();
  // Taken into the plan, the action keeps the warning in its description, and so in print.
  await expect(page.getByLabel('Beskrivning').first()).toHaveValue(/Lagar och regler kommer först/);
  const [action] = JSON.parse(await storedDocument(page)).rounds[0].plan.actions;
  expect(action.description).toContain('Fråga den som har ställt kravet innan ni slutar');
});

// The anonymity threshold on every page and export: a workshop where fewer people answered than
// the threshold shows no figure derived from their answers anywhere.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.js';
import { seed, STORAGE_KEY, principles } from './helpers.js';

/** Every statement answered `score` by each of `people`, with a note from each. */
function round(id, unit, date, people, score) {
  const answers = Object.fromEntries(principles.flatMap((p) => p.statements.map((s) => [s.id, score])));
  return {
    id, unit, date, workshop: true,
    assessment: {
      participants: Array.from({ length: people }, (_, k) => ({ id: `p${k}`, name: '' })),
      responses: Array.from({ length: people }, (_, k) => ({
        participant: `p${k}`, answers, notes: { [principles[0].id]: `Anteckning från ${id} nummer ${k}` },
      })),
    },
    audit: { thieves: [], rates: { annual_hours: 1700, hourly_cost: 350 } },
    plan: { actions: [], dismissed: [] },
  };
}

/** Unit 7 met in March with three (all 4s) and in October with `few` (all 2s); Unit 8 in
 *  October with `few` too. Any 2,0 — or a 1,0 or 2,0 difference — comes from the few. */
function documentWithFew(few) {
  const october = round('r2', 'Unit 7', '2026-10-01', few, 2);
  // An action taken into the plan when more had answered, with the figures it was proposed with.
  october.plan.actions = [{
    id: 'a1', origin: { from: 'principle', action: 'tillit.dialog-om-mal' }, title: 'Ses oftare', description: '', owner: '', due: '', status: 'planned', effect: '', follow_up: '',
    reasons: [
      { kind: 'weak_principle', principle: principles[0].id, mean: 2.0 },
      { kind: 'low_statements', principle: principles[0].id, statements: [[principles[0].statements[0].id, 2.0]] },
    ],
  }];
  return {
    version: 5,
    settings: { lang: 'sv', min_group: 3 },
    rounds: [
      round('r1', 'Unit 7', '2026-03-01', 3, 4),
      october,
      round('r3', 'Unit 8', '2026-10-02', few, 2),
    ],
    active_round: 'r2',
  };
}

/** No mean, change or total made of the few's answers. */
function expectNoFigureOfTheFew(text) {
  expect(text).not.toMatch(/(?<![\d,.])2[,.]0(?!\d)/);
  expect(text).not.toMatch(/Anteckning från r[23]/);
}

async function pageText(page) {
  return page.locator('main').innerText();
}

for (const few of [1, 2]) {
  test(`with ${few} of at least 3 answered, no page or export shows a figure of their answers`, async ({ page }) => {
    await page.goto('/');
    await seed(page, documentWithFew(few));

    // Start: the earlier rounds' list says "för få svar" for Unit 8, and shows the March total.
    await page.goto('/');
    const unit8 = page.locator('.earlier-rounds li', { hasText: 'Unit 8' });
    await expect(unit8).toContainText('för få svar');
    await expect(page.locator('.earlier-rounds li', { hasText: 'Unit 7' })).toContainText('Totalt 4,0');
    expectNoFigureOfTheFew(await pageText(page));

    // Results: why nothing is shown, and no radar, table, low statements or notes.
    await page.goto('/#/resultat');
    await expect(page.getByTestId('too-few')).toContainText(`${few} deltagare har svarat`);
    await expect(page.getByTestId('too-few')).toContainText('minst 3');
    await expect(page.getByTestId('overall')).toHaveCount(0);
    await expect(page.locator('svg.radar')).toHaveCount(0);
    await expect(page.locator('.score-table')).toHaveCount(0);
    expectNoFigureOfTheFew(await pageText(page));

    // The results CSV: every figure "för få svar".
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned resultatet som CSV (Excel)' }).click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8');
    expect(csv).toContain('för få svar');
    expectNoFigureOfTheFew(csv);

    // Report (and its print): no total, no radar, no team table.
    await page.goto('/#/rapport');
    await expect(page.getByTestId('too-few')).toBeVisible();
    await expect(page.getByTestId('report-overall')).toHaveCount(0);
    await expect(page.locator('svg.radar')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Teamets svar' })).toHaveCount(0);
    expectNoFigureOfTheFew(await pageText(page));
    await page.emulateMedia({ media: 'print' });
    expectNoFigureOfTheFew(await pageText(page));
    await page.emulateMedia({ media: 'screen' });

    // Team view and projector: every statement "för få svar".
    await page.goto('/#/team');
    expectNoFigureOfTheFew(await pageText(page));
    await page.goto('/#/team/visning');
    expectNoFigureOfTheFew(await page.locator('body').innerText());

    // Over time: the October column is empty and says why; the comparison has no change.
    await page.goto('/#/over-tid');
    const lines = page.getByTestId('lines-table');
    await expect(lines.locator('thead th').nth(2)).toContainText('2026-10-01');
    await expect(lines.locator('thead th').nth(2)).toContainText('för få svar');
    await expect(lines.locator('tbody tr').first().locator('td')).toHaveText(['4,0', '–']);
    await expect(page.getByTestId('changes-table').locator('tbody tr').first().locator('td').nth(1)).toHaveText('–');
    // Two units side by side in the second half of 2026: Unit 8 has no figure.
    const units = page.getByTestId('units-table');
    await page.locator('#unit-a').selectOption('Unit 7');
    await page.locator('#unit-b').selectOption('Unit 8');
    await expect(units.locator('tbody tr').first().locator('td')).toHaveText(['–', '–', '–']);
    expectNoFigureOfTheFew(await pageText(page));

    // Plan: no proposal made from their answers, the basis says "för få svar", and the action
    // taken in earlier says nothing of scores, on the page or in the Markdown.
    await page.goto('/#/plan');
    await expect(page.locator('.actions__list').getByLabel('Åtgärd')).toHaveValue('Ses oftare');
    await expect(page.locator('.basis__scores td')).toHaveText(Array(principles.length).fill('för få svar'));
    expectNoFigureOfTheFew(await pageText(page));
    const [md] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned som Markdown' }).click(),
    ]);
    expectNoFigureOfTheFew(readFileSync(await md.path(), 'utf8'));

    // With a third person the figures appear: the rule is the threshold, not the round.
    await seed(page, documentWithFew(3));
    await page.goto('/#/resultat');
    await expect(page.getByTestId('overall')).toHaveText('2,0 / 5');
    // And the action's reasons are told again.
    await page.goto('/#/plan');
    await expect(page.locator('.actions__list')).toContainText('fick 2,0 i medelvärde');
  });
}

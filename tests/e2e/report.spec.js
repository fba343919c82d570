// The report of a round: scores, the team's answers, time thieves and plan on one page that
// prints without the navigation.
import { test, expect } from './helpers.js';
import { seed, STORAGE_KEY, documentWithEverything, expectNoAxeViolations, principles } from './helpers.js';

test('the report holds the whole round and prints clean', async ({ page }) => {
  await page.goto('/');
  await seed(page, documentWithEverything());
  await page.goto('/#/resultat');
  const overall = await page.getByTestId('overall').textContent();
  await page.getByRole('link', { name: 'Rapport att skriva ut' }).click();
  await expect(page).toHaveURL('/#/rapport');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rapport');
  await expect(page.getByText('Unit 7 · 2026-10-01')).toBeVisible();
  await expect(page.getByTestId('report-overall')).toHaveText(overall.replace(' / 5', ''));
  await expect(page.locator('.score-table').first().locator('tbody tr')).toHaveCount(principles.length);
  await expect(page.getByRole('heading', { name: 'Teamets svar' })).toBeVisible();
  await expect(page.getByText('3 deltagare har svarat.')).toBeVisible();
  // 30 min once a week for 3 people: 42,5 weeks × 1,5 h = 63,75 h ≈ 64 h; at 350 kr 22 312,50 kr
  // ≈ 22 000 kr; 7,5 of the 30 minutes needed: 16 734,38 kr lost ≈ 17 000 kr.
  await expect(page.getByTestId('report-thieves').locator('tbody tr')).toHaveText([/Form X\s*64\s*22\s000\s*17\s000\s*Finns kvar\s*Nämnden/]);
  await expect(page.getByTestId('report-plan').locator('tbody tr')).toHaveText([/Item Y\s*Kim\s*2027-01-31\s*Planerad/]);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.locator('svg.radar')).toBeVisible();
  await expect(page.getByTestId('report-plan')).toBeVisible();
});

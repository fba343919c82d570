// The self-assessment end to end: a team answers every statement of every principle, reloads
// midway, uses the back button, and reads scores that match its answers.
import { test, expect } from './helpers.js';
import { principles, startRound, answer, expectAnswered, statement, sv1, storedDocument } from './helpers.js';

/** The answer the test gives to statement k of principle i: 0 is "vet ej", else a score. */
const given = (i, k) => (i * 2 + k * 3) % 6;

function expectedScores() {
  const means = principles.map((p, i) => {
    const scores = p.statements.map((_, k) => given(i, k)).filter((v) => v > 0);
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  });
  const present = means.filter((m) => m !== null);
  const overall = present.reduce((a, b) => a + b, 0) / present.length;
  const total = principles.reduce((n, p) => n + p.statements.length, 0);
  const dontKnow = principles.reduce((n, p, i) => n + p.statements.filter((_, k) => given(i, k) === 0).length, 0);
  return { means, overall, total, dontKnow };
}

test('the start page says what the tool is, that nothing leaves the browser and how long it takes', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
  await expect(page.getByText('Inget lämnar webbläsaren.')).toBeVisible();
  await expect(page.getByText('15–20 minuter.')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  for (const p of principles) {
    await expect(page.getByRole('definition').filter({ hasText: p.guiding }).first()).toBeVisible();
  }
});

test('a team answers everything, reloads midway and gets the scores its answers give', async ({ page }) => {
  test.slow();
  await startRound(page);
  const middle = Math.floor(principles.length / 2);

  for (const [i, p] of principles.entries()) {
    await expect(page).toHaveURL(`/#/princip/${p.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    await expect(page.locator('blockquote.guiding p')).toHaveText(p.guiding);
    await expect(page.getByText(`Steg ${i + 1} av ${principles.length}`)).toBeVisible();
    for (const [k, s] of p.statements.entries()) {
      await answer(page, s, given(i, k));
    }
    await page.getByLabel(`Era anteckningar om ${p.name}`).fill(`Vi pratade om ${p.name.toLowerCase()}.`);

    if (i === middle) {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
      for (const [k, s] of p.statements.entries()) await expectAnswered(page, s, given(i, k));
      await expect(page.getByLabel(`Era anteckningar om ${p.name}`)).toHaveValue(`Vi pratade om ${p.name.toLowerCase()}.`);
      // The browser's back button returns to the previous step, with its answers.
      await page.goBack();
      await expect(page).toHaveURL(`/#/princip/${principles[i - 1].id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(principles[i - 1].name);
      for (const [k, s] of principles[i - 1].statements.entries()) await expectAnswered(page, s, given(i - 1, k));
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    }

    const next = principles[i + 1];
    await page.getByRole('link', { name: next ? `Nästa: ${next.name}` : 'Till resultatet' }).click();
  }

  await expect(page).toHaveURL('/#/resultat');
  const { means, overall, total, dontKnow } = expectedScores();
  const checkResults = async () => {
    await expect(page.getByTestId('overall')).toHaveText(`${sv1(overall)} / 5`);
    await expect(page.getByTestId('answered')).toHaveText(`${total} / ${total}`);
    await expect(page.getByText(`Varav ${dontKnow} ”vet ej”`)).toBeVisible();
    for (const [i, p] of principles.entries()) {
      const row = page.locator(`tr[data-principle="${p.id}"]`);
      await expect(row.locator('td.score')).toHaveText(means[i] === null ? '–' : sv1(means[i]));
      const dk = p.statements.filter((_, k) => given(i, k) === 0).length;
      await expect(row.locator('td').nth(1)).toHaveText(String(p.statements.length - dk));
      await expect(row.locator('td').nth(2)).toHaveText(String(dk));
      await expect(page.locator('.notes')).toContainText(`Vi pratade om ${p.name.toLowerCase()}.`);
    }
    // The radar chart has an axis and a value label per principle.
    await expect(page.locator('svg.radar .radar__axis')).toHaveCount(principles.length);
    await expect(page.locator('svg.radar .radar__dot')).toHaveCount(means.filter((m) => m !== null).length);
    // Every statement rated 1 or 2 is listed for discussion.
    const low = principles.flatMap((p, i) => p.statements.filter((_, k) => [1, 2].includes(given(i, k))));
    await expect(page.locator('.low__list li')).toHaveCount(low.length);
  };
  await checkResults();
  // With everything answered, "back" goes to the last step.
  await page.getByRole('link', { name: 'Tillbaka till frågorna' }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[principles.length - 1].id}`);
  await page.goBack();

  // Closing the tab and coming back: a new page in the same browser sees the same.
  const again = await page.context().newPage();
  await again.goto('/#/resultat');
  const saved = await storedDocument(again);
  expect(JSON.parse(saved).rounds[0].unit).toBe('Hemtjänsten Farsta');
  await page.close();
  const pageAgain = again;
  await expect(pageAgain.getByTestId('overall')).toHaveText(`${sv1(overall)} / 5`);
  await pageAgain.goto('/');
  await expect(pageAgain.getByText(`${total} av ${total} påståenden besvarade.`)).toBeVisible();
});

test('an answer can be taken back, and "vet ej" never counts as a score', async ({ page }) => {
  await startRound(page);
  const [s1, s2] = principles[0].statements;
  await answer(page, s1, 0);
  await answer(page, s2, 2);
  await expect(page.getByText('2 av 5 besvarade')).toBeVisible();
  await statement(page, s2).getByRole('button', { name: 'Ta bort svaret' }).click();
  await expect(statement(page, s2).getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.getByText('1 av 5 besvarade')).toBeVisible();
  await page.goto('/#/resultat');
  await expect(page.getByTestId('overall')).toHaveText('– / 5');
  await expect(page.getByTestId('answered')).toHaveText(`1 / ${principles.reduce((n, p) => n + p.statements.length, 0)}`);
});

test('the step list shows progress and leads to any step', async ({ page }) => {
  await startRound(page);
  for (const s of principles[0].statements) await answer(page, s, 4);
  const steps = page.getByRole('navigation', { name: 'Självskattningens steg' });
  await expect(steps.getByRole('link', { name: `${principles[0].name} (klar)` })).toBeVisible();
  await expect(steps.locator('progress')).toHaveAttribute('value', String(principles[0].statements.length));
  await steps.getByRole('link', { name: principles[4].name }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[4].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // "Självskattning" in the menu continues at the first step with something unanswered.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Självskattning' }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[1].id}`);
});

test('a later round of the same unit shows the change since the previous one', async ({ page }) => {
  const tillit = principles[0];
  await startRound(page, 'Hemtjänsten Farsta', '2026-05-12');
  for (const s of tillit.statements) await answer(page, s, 2);
  await page.goto('/#/resultat');
  await expect(page.getByRole('columnheader', { name: 'Förändring' })).toHaveCount(0);

  await page.goto('/');
  await page.getByRole('button', { name: 'Börja en ny omgång' }).click();
  await page.getByLabel('Enhet eller arbetslag').fill('hemtjänsten farsta ');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  for (const [k, s] of tillit.statements.entries()) await answer(page, s, k === 0 ? 3 : 4);
  await page.goto('/#/resultat');
  await expect(page.getByText('Jämfört med förra omgången för samma enhet, 2026-05-12.')).toBeVisible();
  // Now (3 + 4 × (n − 1)) / n against 2,0 before.
  const n = tillit.statements.length;
  const now = (3 + 4 * (n - 1)) / n;
  const row = page.locator(`tr[data-principle="${tillit.id}"]`);
  await expect(row.locator('td.previous')).toHaveText('2,0');
  await expect(row.locator('td.change')).toHaveText(`+${sv1(now - 2)}`);
  // A principle answered in neither round has no change to show.
  await expect(page.locator(`tr[data-principle="${principles[1].id}"] td.change`)).toHaveText('–');
  await expect(page.locator('svg.radar .radar__previous')).toHaveCount(1);
  await expect(page.locator('svg.radar .radar__legend')).toContainText('Förra omgången');
});

// WCAG 2.1 AA checks with axe on every page, keyboard use of the answer scale, and print.
import { test, expect } from './helpers.js';
import { seed, at, principles, startRound, answer, expectAnswered, expectNoAxeViolations } from './helpers.js';

test('no WCAG 2.1 AA violations on the start, step and results pages', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expectNoAxeViolations(page); // with the field error shown
  await startRound(page);
  await answer(page, principles[0].statements[0], 4);
  await expectNoAxeViolations(page);
  await page.goto('/#/resultat');
  await expectNoAxeViolations(page);
});

test('no WCAG 2.1 AA violations on the time-thief and plan pages', async ({ page }) => {
  await startRound(page);
  for (const s of principles[0].statements) await answer(page, s, 1);
  await page.goto('/#/tidstjuvar');
  await page.getByRole('button', { name: /^Lägg till / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny tidstjuv');
  await expectNoAxeViolations(page);
  await page.getByLabel('Minuter per gång', { exact: true }).fill('-1');
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page); // with errors shown
  await page.getByLabel('Minuter per gång', { exact: true }).fill('30');
  await page.getByRole('group', { name: 'Hur mycket av tiden behövs för nyttan?' }).getByLabel('En del av tiden').check();
  await page.getByLabel('Minuter per gång som nyttan kräver').fill('10');
  await expectNoAxeViolations(page);
  await page.getByRole('group', { name: 'Vem kan ta bort eller ändra den?' }).getByLabel('Nämnden').check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expectNoAxeViolations(page);
  await page.goto('/#/tidstjuvar/vidare');
  await expectNoAxeViolations(page);
  await page.goto('/#/plan');
  await page.getByRole('button', { name: /^Ta med i planen/ }).first().click();
  await expectNoAxeViolations(page);
});

test('the answer scale works with the keyboard', async ({ page }) => {
  await startRound(page);
  const first = principles[0].statements[0];
  await page.getByRole('group', { name: first.text }).getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expectAnswered(page, first, 1);
  await page.keyboard.press('ArrowRight');
  await expectAnswered(page, first, 2);
});

test('printing the results hides navigation and buttons', async ({ page }) => {
  await startRound(page);
  await answer(page, principles[0].statements[0], 4);
  await page.goto('/#/resultat');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.locator('svg.radar')).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

test('no WCAG 2.1 AA violations on any page, in both languages, with a workshop round full of data', async ({ page }) => {
  test.slow();
  const { STORAGE_KEY, documentWithEverything } = await import('./helpers.js');
  for (const lang of ['sv', 'en']) {
    const doc = documentWithEverything();
    doc.settings.lang = lang;
    await page.goto('/');
    await seed(page, doc);
    for (const path of ['/', '/sakerhetskopia', '/deltagare', '/deltagare/ta-emot', '/princip/tillit', '/lamna-svar', '/resultat', '/team', '/team/visning', '/over-tid', '/tidstjuvar', '/tidstjuvar/t1', '/tidstjuvar/vidare', '/plan', '/rapport', '/oversikt', '/finns-inte']) {
      await page.goto(at(path));
      await expect(page.locator('h1')).toBeVisible();
      await expectNoAxeViolations(page);
    }
  }
});

// WCAG 2.1 AA checks with axe on every page, keyboard use of the answer scale, and print.
import { test, expect } from '@playwright/test';
import { principles, startRound, answer, expectAnswered, expectNoAxeViolations } from './helpers.js';

test('no WCAG 2.1 AA violations on the start, step and results pages', async ({ page }) => {
  await page.goto('/');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expectNoAxeViolations(page); // with the field error shown
  await startRound(page);
  await answer(page, principles[0].statements[0], 4);
  await expectNoAxeViolations(page);
  await page.goto('/resultat');
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
  await page.goto('/resultat');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.locator('svg.radar')).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

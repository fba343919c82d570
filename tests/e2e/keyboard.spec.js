// The whole walk with the keyboard alone — self-assessment, time thieves, plan — with the focus
// visible at every stop, and a layout that holds from a 320 px phone to a projector.
import { test, expect } from './helpers.js';
import { at, principles, statement, expectAnswered } from './helpers.js';

/** Presses Tab until `target` has the focus, checking on the way that the focus is visible. */
async function tabTo(page, target, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const [here, outline] = await page.evaluate(() => {
      const el = document.activeElement;
      // Past the last stop the focus leaves the page for a moment: nothing to see there.
      if (!el || el === document.body) return [null, null];
      // A visually hidden control (the answer scale's radios) shows its focus on the option around it.
      const shown = [el, el.parentElement, el.parentElement?.parentElement].find((e) => e && getComputedStyle(e).outlineStyle !== 'none');
      return [el.outerHTML.slice(0, 80), shown ? 'visible' : 'none'];
    });
    if (here) expect(outline, `focus visible on ${here}`).not.toBe('none');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test('a keyboard-only walk: assessment, time thieves and plan', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await tabTo(page, page.getByLabel('Enhet eller arbetslag'));
  await page.keyboard.type('Hemtjänsten Farsta');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/#/princip/${principles[0].id}`);

  for (const [i, p] of principles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(p.name);
    // Each statement: Tab into its scale, Space picks 1, arrows move to the score.
    for (const s of p.statements) {
      await tabTo(page, statement(page, s).getByRole('radio').first());
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
    }
    for (const s of p.statements) await expectAnswered(page, s, 2);
    await tabTo(page, page.getByRole('link', { name: i + 1 < principles.length ? /^Nästa: / : 'Till resultatet' }));
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL('/#/resultat');
  await expect(page.getByTestId('overall')).toHaveText('2,0 / 5');

  await tabTo(page, page.getByRole('link', { name: /Nästa steg: tidstjuvar/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/#/tidstjuvar');
  await tabTo(page, page.getByRole('button', { name: /^Lägg till / }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ny tidstjuv');
  // The example leaves one judgement to the team: how much of the time the benefit needs.
  await tabTo(page, page.getByLabel('Ingen av tiden – nyttan kräver den inte'));
  await page.keyboard.press('Space');
  await expect(page.getByLabel('Ingen av tiden – nyttan kräver den inte')).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Spara' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/#/tidstjuvar');
  await expect(page.locator('.thief')).toHaveCount(1);

  await tabTo(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Plan' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/#/plan');
  await tabTo(page, page.getByRole('button', { name: /^Ta med i planen/ }).first());
  await page.keyboard.press('Enter');
  await expect(page.locator('.action')).toHaveCount(1);
});

test('every page fits a 320 px wide phone without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await page.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten Farsta');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  for (const path of ['/', '/sakerhetskopia', '/deltagare', '/deltagare/ta-emot', '/princip/tillit', '/resultat', '/team', '/team/visning', '/over-tid', '/tidstjuvar', '/tidstjuvar/ny', '/tidstjuvar/vidare', '/plan']) {
    await page.goto(at(path));
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll')).slice(0, 3).map((e) => e.outerHTML.slice(0, 60)));
    expect(overflow, `${path}: ${wide.join(' | ')}`).toBeLessThanOrEqual(0);
  }
});

// The trainer's case: once opened, the app opens and works without any network, at any address.
import { test, expect } from '@playwright/test';
import { principles, answer, expectAnswered } from './helpers.js';

test('after one visit the app opens and works offline, on any page', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
  await page.getByLabel('Enhet eller arbetslag').fill('Utbildningsdagen');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await answer(page, principles[0].statements[0], 3);

  // A page opened directly, not from inside the app.
  await page.goto(`/princip/${principles[0].id}`);
  await expectAnswered(page, principles[0].statements[0], 3);
  await page.goto('/resultat');
  await expect(page.getByTestId('overall')).toHaveText('3,0 / 5');
});

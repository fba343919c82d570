// The start page: starting a round with clear messages at the field, rounds kept over time,
// deleting only after confirmation, switching language, and unknown addresses.
import { test, expect } from './helpers.js';
import { principles, startRound, answer } from './helpers.js';

test('the unit name is required and the message is at the field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  const unit = page.getByLabel('Enhet eller arbetslag');
  await expect(unit).toHaveAttribute('aria-invalid', 'true');
  await expect(unit).toBeFocused();
  await expect(unit).toHaveAccessibleDescription(/Skriv namnet på er enhet eller ert arbetslag\./);
  await expect(page).toHaveURL('/');
  await unit.fill('Elevhälsan');
  await expect(unit).toHaveAttribute('aria-invalid', 'false');
  await page.getByLabel('Datum').fill('');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expect(page.getByText('Ange ett datum')).toBeVisible();
  await expect(page.getByLabel('Datum')).toBeFocused();
});

test('a new round keeps the earlier one, which can be opened again', async ({ page }) => {
  await startRound(page, 'Hemtjänsten Farsta', '2026-05-12');
  await answer(page, principles[0].statements[0], 5);
  await page.goto('/');
  await expect(page.getByText('Hemtjänsten Farsta · 2026-05-12')).toBeVisible();
  await page.getByRole('button', { name: 'Börja en ny omgång' }).click();
  await page.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten Farsta');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[0].id}`);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
  await expect(page.getByText('Hemtjänsten Farsta · 2026-11-24')).toBeVisible();
  const earlier = page.getByRole('region', { name: 'Tidigare omgångar' });
  await expect(earlier.getByText('Hemtjänsten Farsta · 2026-05-12')).toBeVisible();
  await expect(earlier.getByText('Totalt 5,0 · 1 av')).toBeVisible();
  await earlier.getByRole('button', { name: 'Öppna' }).click();
  const total = principles.reduce((n, p) => n + p.statements.length, 0);
  await expect(page.getByText(`1 av ${total} påståenden besvarade.`)).toBeVisible();
});

test('deleting a round asks first, and cancelling keeps it', async ({ page }) => {
  await startRound(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Radera den här omgången' }).click();
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await expect(page.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
  await page.getByRole('button', { name: 'Radera den här omgången' }).click();
  await expect(page.getByText('raderas för gott')).toBeVisible();
  await page.getByRole('button', { name: 'Ja, radera' }).click();
  await expect(page.getByRole('heading', { name: 'Börja en självskattning' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Börja en självskattning' })).toBeVisible();
});

test('the language can be switched to English and the choice is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How trust-based is our workplace?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How trust-based is our workplace?');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
});

test.describe(() => {
  // Only the page's own requests: the service worker would fetch the file for its cache, and
  // answer it from there past the route that refuses it.
  test.use({ serviceWorkers: 'block' });

  test('English is fetched once, when first chosen; Swedish never fetches it', async ({ page }) => {
    const fetched = [];
    page.on('request', (r) => r.url().endsWith('/content-en.json') && fetched.push(r.url()));
    await page.goto('/');
    await page.getByRole('link', { name: 'Tidstjuvar', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(fetched).toEqual([]);

    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Time thieves');
    await expect(page.getByRole('button', { name: 'På svenska' })).not.toHaveAttribute('aria-busy', 'true');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Time thieves');
    expect(fetched).toHaveLength(1);
  });

  test('English that cannot be loaded leaves the page in Swedish, says so in both languages, and a later try works', async ({ page }) => {
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    let refuse = true;
    await page.route(/\/content-en\.json$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.goto('/');
    await page.getByRole('button', { name: 'In English' }).click();
    const notice = page.getByRole('alert');
    await expect(notice).toContainText('The English texts could not be loaded');
    await expect(notice.locator('p[lang="sv"]')).toContainText('De engelska texterna gick inte att hämta');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    // Opened again with English chosen: the app still opens, in Swedish, and says why.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(page.getByRole('alert')).toContainText('The English texts could not be loaded');

    refuse = false;
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How trust-based is our workplace?');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(problems).toEqual([]);
  });

  test('English texts of another version of the app are refused, and the page stays in Swedish', async ({ page }) => {
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.route(/\/content-en\.json$/, async (route) => {
      const bundle = await (await route.fetch()).json();
      delete bundle.ui.nav.results;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify(bundle) });
    });
    await page.goto('/');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.getByRole('alert')).toContainText('The English texts could not be loaded');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(page.getByRole('link', { name: 'Resultat', exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test('an address the app does not have says so', async ({ page }) => {
  await page.goto('/#/finns-inte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await page.goto('/#/princip/finns-inte');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
});

test('a step opened before any round is started points to the start page', async ({ page }) => {
  await page.goto(`/#/princip/${principles[2].id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ingen självskattning är påbörjad');
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page).toHaveURL('/');
});

test('the time thieves and the plan speak English too', async ({ page }) => {
  await startRound(page);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.goto('/#/tidstjuvar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Time thieves');
  await expect(page.getByTestId('total-time')).toHaveText('≈ 0 hours a year = 0.00 full-time posts');
  await page.getByRole('button', { name: /^Add / }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New time thief');
  await page.goto('/#/plan');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Improvement plan');
  await expect(page.getByRole('heading', { name: 'Your plan' })).toBeVisible();
});

test('deep links into a round, before there is one, offer to start one', async ({ page }) => {
  await page.goto('/#/tidstjuvar/ny');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tidstjuvar');
  await expect(page.getByText('Börja en omgång på startsidan först')).toBeVisible();
  await expect(page.getByText('Sidan finns inte')).toHaveCount(0);
  await page.getByRole('main').getByRole('link', { name: 'Till startsidan' }).click();
  await expect(page).toHaveURL('/');
  await page.goto('/#/princip/');
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { name: 'Börja en självskattning' })).toBeVisible();
});

// The builds of the app (src/app.rs, `Pages`; scripts/entries.mjs): the start page and the
// steps start the walk build, every other page the page build that draws it; a page another
// build draws, opened from one, loads that build, and the work goes with it even when it could
// not be saved. The full build draws every page, where the work cannot go from build to build.
import { test, expect, at, STORAGE_KEY, principles, startRound, answer, expectAnswered, storedDocument, newDevicePage } from './helpers.js';

// Requests a service worker makes on its own are not the page's: keep it out of the count.
test.use({ serviceWorkers: 'block' });

/** The wasm files the page fetches, by build: `walk`, a page build's name or `tillit` (the full build). */
function wasmFetched(page) {
  const names = [];
  page.on('request', (r) => {
    const name = r.url().split('/').pop();
    if (name.endsWith('_bg.wasm') && !name.startsWith('scan_worker')) names.push(name.replace(/-[0-9a-f]+_bg\.wasm$/, ''));
  });
  return names;
}

/** The page's style sheets, by name, in the order they apply. */
const styles = (page) => page.evaluate(() => [...document.styleSheets].map((s) => new URL(s.href).pathname.slice(1).replace(/-[0-9a-f]+\.css$/, '')));

const first = principles[0].statements[0];
const results = (page) => page.getByRole('navigation').getByRole('link', { name: 'Resultat' });

test('the start page and a step start the walk build; results, opened from it, the results build with the answers', async ({ page }) => {
  const wasm = wasmFetched(page);
  await startRound(page);
  await answer(page, first, 4);
  expect(wasm).toEqual(['walk']);
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('walk');
  // Only the styles every page needs: the other pages' styles come with their builds.
  expect(await styles(page)).toEqual(['main', 'print']);

  await results(page).click();
  await expect(page).toHaveURL(at('/resultat'));
  await expect(page.getByRole('heading', { level: 1, name: 'Resultat' })).toBeVisible();
  expect(wasm).toEqual(['walk', 'results']);
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('results');
  // In the order written, so that the cascade is the one the styles were written for.
  expect(await styles(page)).toEqual(['main', 'pages', 'print']);
  expect(await page.getByTestId('overall').evaluate((e) => getComputedStyle(e.closest('.summary')).display)).toBe('grid');
  // The plan is drawn by the same build, without loading again…
  await page.getByRole('navigation').getByRole('link', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /plan/i })).toBeVisible();
  expect(wasm).toEqual(['walk', 'results']);
  // …and back at the step, the walk build draws it again, with the answer.
  await page.goBack();
  await page.goBack();
  await expectAnswered(page, first, 4);
  await answer(page, principles[0].statements[1], 2);
  await expectAnswered(page, principles[0].statements[1], 2);
  expect(wasm).toEqual(['walk', 'results', 'walk']);
});

// Every page, opened by its address, and the build that draws it.
const pagesByBuild = [
  ['/deltagare', 'workshop'], ['/team', 'workshop'], ['/team/visning', 'workshop'], ['/deltagare/ta-emot', 'receive'],
  ['/resultat', 'results'], ['/plan', 'results'], ['/rapport', 'results'],
  ['/tidstjuvar', 'thieves'], ['/tidstjuvar/ny', 'thieves'], ['/tidstjuvar/vidare', 'thieves'],
  ['/oversikt', 'overview'], ['/over-tid', 'overview'], ['/sakerhetskopia', 'overview'],
  ['/ingen-sida', 'results'],
];

test('every page outside the walk, opened by its address, starts the one build that draws it, and nothing else', async ({ page }) => {
  await startRound(page);
  await answer(page, first, 4);
  for (const [path, build] of pagesByBuild) {
    await page.goto('about:blank');
    const wasm = wasmFetched(page);
    await page.goto(at(path));
    await expect(page.locator('main h1')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dataset.build), path).toBe(build);
    expect(wasm, path).toEqual([build]);
    await expect(page.getByText('Sidan kunde inte öppnas')).toHaveCount(0);
    page.removeAllListeners('request');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeVisible();
});

test('moving between pages of different builds loads each build once, and the work goes along', async ({ page }) => {
  const wasm = wasmFetched(page);
  await startRound(page);
  await answer(page, first, 4);
  await page.getByRole('navigation').getByRole('link', { name: 'Tidstjuvar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tidstjuvar' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Deltagare' }).click();
  await expect(page).toHaveURL(at('/deltagare'));
  await expect(page.locator('main h1')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Resultat' }).click();
  await expect(page.getByTestId('overall')).toBeVisible();
  expect(wasm).toEqual(['walk', 'thieves', 'workshop', 'results']);
  expect(JSON.parse(await storedDocument(page)).rounds[0].assessment.responses[0].answers[first.id]).toBe(4);
});

test('a build started at a page it does not draw asks for the full build, once, rather than loading again and again', async ({ page }) => {
  // index.html made to choose the results build for the overview (its Content-Security-Policy,
  // which allows its scripts by their hashes, taken out with the change).
  await page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace(/oversikt:\s*["']overview["']/, 'oversikt:"results"');
    await route.fulfill({ response, body: html });
  });
  const wasm = wasmFetched(page);
  await page.goto(at('/oversikt'));
  await expect(page.getByRole('heading', { level: 1, name: 'Översikt för förvaltningen' })).toBeVisible();
  expect(wasm).toEqual(['results', 'tillit']);
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('full');
});

test('a join link starts the walk build', async ({ page }) => {
  const wasm = wasmFetched(page);
  // A link that cannot be read still opens in the walk build, at the start page, saying so.
  await page.goto('/#join=nonsense');
  await expect(page.getByRole('alert')).toContainText('Länken');
  expect(wasm).toEqual(['walk']);
});

test('a join link opened in a tab at a page build\'s page is left to the walk build, which takes it', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan Syd', '2026-11-24');
  const round = JSON.parse(await storedDocument(page)).rounds[0];
  await page.goto(at('/deltagare'));
  const link = await page.getByTestId('join-link').textContent();
  // Another device, at the results in their own build, nothing stored there; the link is then
  // opened in the same tab, so that only the address's fragment changes.
  const other = await newDevicePage(browser, { serviceWorkers: 'block' });
  const wasm = wasmFetched(other);
  await other.goto(at('/resultat'));
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Resultat');
  await other.goto(link);
  await expect(other).toHaveURL(at(`/princip/${principles[0].id}`));
  await answer(other, first, 3);
  expect(wasm).toEqual(['results', 'walk']);
  const joined = JSON.parse(await storedDocument(other));
  expect(joined.active_round).toBe(round.id);
  expect(joined.rounds.map((r) => [r.id, r.unit])).toEqual([[round.id, 'Elevhälsan Syd']]);
  await other.context().close();
});

test('a document an earlier version stored is read by the full build, opened from a step, and the tab stays in it', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const fixture = readFileSync(new URL('../fixtures/v2.json', import.meta.url), 'utf8');
  const stod = principles.find((p) => p.id === 'stod');
  await page.goto('/');
  await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key, value); }, [STORAGE_KEY, fixture]);
  const wasm = wasmFetched(page);
  await page.goto(at(`/princip/${stod.id}`));
  await page.reload();
  // The walk build leaves it to the full build, which migrates it: the answer is there.
  await expectAnswered(page, stod.statements[0], 2);
  expect(wasm).toEqual(['walk', 'tillit']);
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('full');
  // Written in this version at once, the earlier one kept beside it.
  expect(JSON.parse(await storedDocument(page)).version).toBe(5);
  expect(await page.evaluate(() => localStorage.getItem('tillit.document.v2'))).toBe(fixture);
  await answer(page, stod.statements[1], 3);
  // Loaded again in this tab, the full build starts at once…
  await page.reload();
  await expectAnswered(page, stod.statements[1], 3);
  expect(wasm).toEqual(['walk', 'tillit', 'tillit']);
  // …and another tab reads the document in the walk build.
  const other = await page.context().newPage();
  const otherWasm = wasmFetched(other);
  await other.goto(at(`/princip/${stod.id}`));
  await expectAnswered(other, stod.statements[1], 3);
  expect(otherWasm).toEqual(['walk']);
  expect(await other.evaluate(() => document.documentElement.dataset.build)).toBe('walk');
});

test('where the session refuses to note the full build, the walk build leaves what is stored as it was and says so', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const fixture = readFileSync(new URL('../fixtures/v2.json', import.meta.url), 'utf8');
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.sessionStorage) throw new DOMException('Refused.', 'SecurityError');
      return setItem.call(this, key, value);
    };
  });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, fixture]);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Sparade uppgifter kunde inte läsas');
  await expect(page.getByRole('alert')).toContainText('som webbläsaren inte lät den här fliken byta till');
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('walk');
  await page.getByLabel('Enhet eller arbetslag').fill('Enheten');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await answer(page, first, 4);
  expect(await storedDocument(page)).toBe(fixture);
});

test('with local storage full, the answers go to the full build through the session, and stay unsaved there', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  const wasm = wasmFetched(page);
  await startRound(page);
  await answer(page, first, 5);
  await expect(page.getByRole('alert')).toContainText('Det gick inte att spara');
  await results(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultat' })).toBeVisible();
  expect(wasm).toEqual(['walk', 'results']);
  // Still not saved, and said so; the handed-over copy is taken once.
  await expect(page.getByRole('alert')).toContainText('Det gick inte att spara');
  expect(await page.evaluate(() => [localStorage.getItem('tillit.document'), sessionStorage.getItem('tillit.handover')])).toEqual([null, null]);
  await page.goBack();
  await expectAnswered(page, first, 5);
});

test('when the work can be neither saved nor handed over, the walk build stays and says why', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const wasm = wasmFetched(page);
  await startRound(page);
  await answer(page, first, 3);
  await results(page).click();
  await expect(page).toHaveURL(at('/resultat'));
  await expect(page.getByRole('alert').filter({ hasText: 'Sidan kunde inte öppnas' })).toContainText('arbetet i det här fönstret är inte sparat');
  expect(wasm).toEqual(['walk']);
  await page.goBack();
  await expectAnswered(page, first, 3);
});

test('where local storage is refused, the full build starts at the start page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const wasm = wasmFetched(page);
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Webbläsaren sparar inget');
  expect(wasm).toEqual(['tillit']);
});

test('the walk build answers beside a time-thief audit it cannot read and keeps it as it was; the full build says where it is damaged', async ({ page }) => {
  const wasm = wasmFetched(page);
  await startRound(page);
  // A thief's minutes damaged by hand: the walk build does not read the audit.
  const damaged = await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem('tillit.document'));
    doc.rounds[0].audit.thieves = [{ id: 't1', title: 'Blankett', minutes: 'en stund' }];
    localStorage.setItem('tillit.document', JSON.stringify(doc));
    return doc.rounds[0].audit;
  });
  await page.reload();
  await answer(page, first, 4);
  expect(wasm).toEqual(['walk', 'walk']);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const stored = JSON.parse(await storedDocument(page));
  expect(stored.rounds[0].audit).toEqual(damaged);
  expect(stored.rounds[0].assessment.responses[0].answers[first.id]).toBe(4);

  // The results build leaves it to the full build, which reads it, keeps it untouched and
  // names the field.
  await results(page).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Sparade uppgifter kunde inte läsas' });
  await expect(notice).toBeVisible();
  expect(wasm).toEqual(['walk', 'walk', 'results', 'tillit']);
  expect(await page.evaluate(() => document.documentElement.dataset.build)).toBe('full');
  await notice.getByText('Tekniska detaljer').click();
  await expect(notice).toContainText('Fältet rounds[0].audit.thieves[0].minutes saknas eller har ett värde som inte kan läsas.');
  expect(JSON.parse(await storedDocument(page)).rounds[0].audit).toEqual(damaged);
});

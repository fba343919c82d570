// Nothing lost: a really full storage, two tabs on the same work, erasing everything, a crash,
// and unreadable data kept under a recovery key.
import { test, expect } from './helpers.js';
import { principles, startRound, answer, expectAnswered, storedDocument, STORAGE_KEY } from './helpers.js';

const [tillit] = principles;
const t = (k) => tillit.statements[k];

test('when the storage is really full, the last saved state stays and the user is told', async ({ page }) => {
  await startRound(page);
  await answer(page, t(0), 2);
  const saved = await storedDocument(page);
  // Fill what is left of the origin's quota with other data.
  const filled = await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 8; ) {
      try {
        localStorage.setItem(`fill-${i++}`, 'x'.repeat(size));
      } catch {
        size >>= 1;
      }
    }
    return i;
  });
  expect(filled).toBeGreaterThan(1);
  await answer(page, t(1), 5);
  await expect(page.getByRole('alert')).toContainText('Det gick inte att spara');
  await expect(page.getByRole('alert')).toContainText('QuotaExceededError');
  expect(await storedDocument(page)).toBe(saved);
  // The way out: a copy with everything, the unsaved answer too.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned en kopia' }).click()]);
  const { readFileSync } = await import('node:fs');
  const copy = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(copy.rounds[0].assessment.responses[0].answers[t(1).id]).toBe(5);
  // With room again, the next change saves everything and the notice goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('fill-')).forEach((k) => localStorage.removeItem(k)));
  await answer(page, t(2), 3);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds[0].assessment.responses[0].answers).toMatchObject({ [t(0).id]: 2, [t(1).id]: 5, [t(2).id]: 3 });
});

test('two tabs on the same work see each other\'s changes and never write over them', async ({ page, context }) => {
  await startRound(page);
  const other = await context.newPage();
  await other.goto(`/#/princip/${tillit.id}`);
  await answer(page, t(0), 4);
  await expectAnswered(other, t(0), 4);
  await answer(other, t(1), 2);
  await expectAnswered(page, t(1), 2);

  // Something saved that this tab was not told about (as when two tabs save at the same moment):
  // the next change is made to that newer work, not over it. Nothing was changed twice, so
  // there is nothing to tell.
  await page.evaluate((key) => {
    const doc = JSON.parse(localStorage.getItem(key));
    doc.rounds[0].assessment.responses[0].answers['stod.1'] = 1;
    localStorage.setItem(key, JSON.stringify(doc));
    localStorage.setItem('tillit.revision', 'from-elsewhere');
  }, STORAGE_KEY);
  await answer(page, t(2), 5);
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds[0].assessment.responses[0].answers).toMatchObject({ [t(0).id]: 4, [t(1).id]: 2, [t(2).id]: 5, 'stod.1': 1 });
  await expectAnswered(other, t(2), 5);
  await expect(page.getByRole('status').filter({ hasText: 'öppet i en annan flik' })).toHaveCount(0);
});

test('answers given by turns in a visible and a hidden tab are all kept', async ({ page, context }) => {
  await startRound(page);
  // The second tab is in the background: the browser says it is hidden and draws no frames.
  const hidden = await context.newPage();
  await hidden.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
    Object.defineProperty(Document.prototype, 'hidden', { get: () => true });
    window.requestAnimationFrame = () => 0;
  });
  await hidden.goto(`/#/princip/${tillit.id}`);
  const scores = [4, 2, 5, 1, 3];
  for (const [k, score] of scores.entries()) {
    await answer(k % 2 === 0 ? page : hidden, t(k), score);
    await page.waitForTimeout(150);
  }
  await expect.poll(async () => {
    const doc = JSON.parse(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY));
    return scores.map((_, k) => doc.rounds[0].assessment.responses[0].answers[t(k).id]);
  }).toEqual(scores);
  await page.reload();
  for (const [k, score] of scores.entries()) await expectAnswered(page, t(k), score);
});

test('a change not yet written is merged with what another tab saved, and a clash is told', async ({ page }) => {
  await startRound(page);
  await answer(page, t(0), 3);
  // Saved, so that the other tab's copy below starts from it.
  await expect.poll(async () => JSON.parse(await storedDocument(page)).rounds[0].assessment.responses[0]?.answers[t(0).id]).toBe(3);
  // In one task: this tab answers two statements, and before its save another tab stores the
  // first of them differently and a third statement as well.
  await page.evaluate(([key, first, second, third]) => {
    document.getElementById(`${first}-5`).click();
    document.getElementById(`${second}-2`).click();
    const doc = JSON.parse(localStorage.getItem(key));
    Object.assign(doc.rounds[0].assessment.responses[0].answers, { [first]: 1, [third]: 4 });
    localStorage.setItem(key, JSON.stringify(doc));
    localStorage.setItem('tillit.revision', 'from-elsewhere');
  }, [STORAGE_KEY, t(0).id, t(1).id, t(2).id]);
  await expect(page.getByRole('status').filter({ hasText: 'samma sak som här' })).toBeVisible();
  const doc = JSON.parse(await storedDocument(page));
  expect(doc.rounds[0].assessment.responses[0].answers).toMatchObject({ [t(0).id]: 5, [t(1).id]: 2, [t(2).id]: 4 });
  await expectAnswered(page, t(2), 4);
});

test('"erase everything" asks first, then removes all the app stored, in every tab', async ({ page, context }) => {
  await startRound(page);
  await answer(page, t(0), 3);
  const other = await context.newPage();
  await other.goto('/');
  await expect(other.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
  await page.goto('/#/sakerhetskopia');
  await page.getByRole('button', { name: 'Radera allt som Tillit har sparat' }).click();
  expect(await storedDocument(page)).not.toBeNull();
  await page.getByRole('button', { name: 'Ja, radera allt' }).click();
  await expect(page.getByRole('status')).toHaveText('Allt som Tillit hade sparat i den här webbläsaren är raderat.');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('tillit.')))).toEqual([]);
  await expect(other.getByRole('heading', { name: 'Börja en självskattning' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Börja en självskattning' })).toBeVisible();
});

test('a crash in the app is reported and what was saved stays saved', async ({ page }) => {
  await startRound(page);
  await answer(page, t(0), 4);
  const saved = await storedDocument(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/?sjalvtest=krasch');
  const alert = page.getByRole('alert').filter({ hasText: 'Något gick fel i Tillit' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Det som var sparat innan dess finns kvar');
  expect(errors.length).toBeGreaterThan(0);
  expect(await storedDocument(page)).toBe(saved);
  await alert.getByRole('link', { name: 'Ladda om sidan' }).click();
  await page.goto(`/#/princip/${tillit.id}`);
  await expectAnswered(page, t(0), 4);
});

test('unreadable data is also kept under a recovery key until the user decides', async ({ page }) => {
  await page.goto('/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 4, "rounds": [{"id"'), STORAGE_KEY);
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Sparade uppgifter kunde inte läsas');
  expect(await page.evaluate(() => localStorage.getItem('tillit.recovery'))).toBe('{"version": 4, "rounds": [{"id"');
  await page.getByRole('button', { name: 'Radera dem och börja om' }).click();
  await page.getByRole('button', { name: 'Ja, radera' }).click();
  expect(await page.evaluate(() => localStorage.getItem('tillit.recovery'))).toBeNull();
});

test('whatever is stored, the app starts: every older version is migrated, anything else kept aside', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  for (const version of [1, 2, 3, 4]) {
    const fixture = readFileSync(new URL(`../fixtures/v${version}.json`, import.meta.url), 'utf8');
    await page.goto('/');
    await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key, value); }, [STORAGE_KEY, fixture]);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Pågående självskattning' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.goto(`/#/princip/${tillit.id}`);
    await answer(page, t(4), 1);
    const doc = JSON.parse(await storedDocument(page));
    expect(doc.version).toBe(5);
    expect(await page.evaluate((v) => localStorage.getItem(`tillit.document.v${v}`), version)).toBe(fixture);
  }
  for (const other of ['[1, 2, 3]', '"hej"', '{"theme": "dark"}', '<html></html>', '']) {
    await page.goto('/');
    await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key, value); }, [STORAGE_KEY, other]);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
    await expect(page.getByRole('alert')).toContainText('Sparade uppgifter kunde inte läsas');
    expect(await page.evaluate(() => localStorage.getItem('tillit.recovery'))).toBe(other);
    expect(await storedDocument(page)).toBe(other);
  }
});

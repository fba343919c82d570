// A phone held upright (360 × 640): no page scrolls sideways, whatever the team typed — long
// Swedish words, a pasted address, a title of ten thousand letters without a space.
import { test, expect } from './helpers.js';
import { seed, at, STORAGE_KEY, documentWithEverything, principles } from './helpers.js';

test.use({ viewport: { width: 360, height: 640 } });

const long = {
  word: 'Avvikelserapporteringsverksamhetssystemet',
  address: 'https://intranat.example.se/verksamhetssystemet/avvikelserapportering/blankett?id=12345&typ=lex-sarah',
  endless: 'x'.repeat(10000),
};

function documentWithLongTitles() {
  const doc = documentWithEverything();
  for (const round of doc.rounds) {
    round.unit = `Enheten ${long.word}`;
    const [thief] = round.audit.thieves;
    round.audit.thieves = [
      { ...thief, id: 't1', title: long.word, description: long.address, remedy: long.endless },
      { ...thief, id: 't2', title: long.address },
      { ...thief, id: 't3', title: long.endless },
    ];
    const [action] = round.plan.actions;
    round.plan.actions = [
      { ...action, id: 'a1', title: long.address, description: long.endless, owner: long.word },
      { ...action, id: 'a2', title: long.endless },
    ];
    round.assessment.responses[0].notes = { [principles[0].id]: long.address + ' ' + long.endless };
  }
  return doc;
}

const pages = ['/', '/sakerhetskopia', '/deltagare', '/deltagare/ta-emot', `/princip/${principles[0].id}`, '/resultat', '/team', '/team/visning', '/over-tid',
  '/tidstjuvar', '/tidstjuvar/t1', '/tidstjuvar/ny', '/tidstjuvar/vidare', '/plan', '/rapport', '/oversikt', '/finns-inte'];

test('no page is wider than a 360 px phone, with long titles everywhere', async ({ page }) => {
  await page.goto('/');
  await seed(page, documentWithLongTitles());
  for (const path of pages) {
    await page.goto(at(path));
    await expect(page.locator('main h1')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect({ path, width }).toEqual({ path, width: 360 });
  }
});

test('on a phone the walk is one-handed: the scale fits, back and next stay within reach', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[0].id}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  const next = page.getByRole('link', { name: new RegExp(`^Nästa`) });
  // Without scrolling, and after scrolling halfway down, "next" is on the screen's lower part.
  for (const y of [0, 600]) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    const box = await next.boundingBox();
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    expect(box.y).toBeGreaterThan(640 / 2);
  }
  // Every answer of the first statement is on the screen's width.
  const options = page.locator('.scale__option').first().locator('..').locator('.scale__option');
  for (const box of await options.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
  }
  await expect(page.locator('.progress')).toBeVisible();
});

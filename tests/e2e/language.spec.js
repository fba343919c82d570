// Two languages all the way: on every page, in English no Swedish is left and in Swedish no
// English, except what the team typed and quotations marked with their own language.
import { test, expect } from './helpers.js';
import { seed, at, STORAGE_KEY, documentWithEverything } from './helpers.js';

const pages = ['/', '/sakerhetskopia', '/deltagare', '/deltagare/ta-emot', '/princip/tillit', '/resultat', '/team', '/team/visning', '/over-tid', '/tidstjuvar', '/tidstjuvar/ny', '/tidstjuvar/t1', '/tidstjuvar/vidare', '/plan', '/finns-inte'];
const typed = ['Unit 7', 'Form X', 'Item Y', 'Kim', 'Tillit'];

/** The page's visible text without what the team typed and without parts marked as `other` language. */
async function text(page, other) {
  return page.evaluate(([other, typed]) => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll(`[lang="${other}"], script, style, noscript, #loading`).forEach((e) => e.remove());
    body.querySelectorAll('input, textarea').forEach((e) => e.remove());
    let t = body.innerText || body.textContent;
    for (const s of typed) t = t.split(s).join(' ');
    return t;
  }, [other, typed]);
}

// Whole words only, with letters beyond ASCII counted as letters (so "of" is not found in "oförändrad").
const words = (list, flags) => new RegExp(`(?<!\\p{L})(${list.join('|')})(?!\\p{L})`, flags);
const swedish = new RegExp(`[åäöÅÄÖ]|${words(['och', 'att', 'som', 'för', 'inte', 'med', 'det', 'är', 'av', 'på', 'till', 'ett', 'vi', 'ni', 'eller', 'har', 'kan'], 'u').source}`, 'gu');
const english = words(['the', 'and', 'of', 'to', 'with', 'is', 'are', 'you', 'your', 'for', 'what', 'this', 'that', 'from', 'no'], 'giu');

for (const [lang, other, pattern] of [['en', 'sv', swedish], ['sv', 'en', english]]) {
  test(`every page in ${lang === 'en' ? 'English has no Swedish' : 'Swedish has no English'} left`, async ({ page }) => {
    test.slow();
    await page.goto('/');
    const doc = documentWithEverything();
    doc.settings.lang = lang;
    await seed(page, doc);
    const found = {};
    for (const path of pages) {
      await page.goto(at(path));
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const left = [...new Set((await text(page, other)).match(pattern) ?? [])];
      if (left.length) found[path] = left;
    }
    expect(found).toEqual({});
  });
}

for (const [lang, other, pattern] of [['en', 'sv', swedish], ['sv', 'en', english]]) {
  test(`error messages in ${lang === 'en' ? 'English have no Swedish' : 'Swedish have no English'}`, async ({ page }) => {
    const doc = documentWithEverything();
    doc.settings.lang = lang;
    await seed(page, doc);
    await page.goto(at('/sakerhetskopia'));
    const input = page.locator('#import-file');
    const found = {};
    const check = async (name, content) => {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(page.getByRole('alert')).toBeVisible();
      const left = [...new Set((await text(page, other)).match(pattern) ?? [])];
      if (left.length) found[name] = left;
    };
    await check('cut.json', '{"rounds": [');
    await check('wrong.json', '{"version": 4, "rounds": [{"id": 7}]}');
    await check('newer.json', '{"version": 40}');
    await check('other.json', '{"name": "x"}');
    // A response file read into the workshop that is not one.
    await page.goto(at('/deltagare/ta-emot'));
    const responses = page.locator('#response-files');
    await responses.setInputFiles({ name: 'svar.json', mimeType: 'application/json', buffer: Buffer.from('{"kind": "tillit-response", "version": 1, "answers": {"x": 9}}') });
    await expect(page.locator('.import-report__error')).toContainText('svar.json');
    const left = [...new Set((await text(page, other)).match(pattern) ?? [])];
    if (left.length) found['svar.json'] = left;
    expect(found).toEqual({});
  });
}

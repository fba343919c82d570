// Shared steps of the browser tests: the content as the app ships it, and the moves a team makes.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { draws } from '../../scripts/entries.mjs';

export const content = JSON.parse(readFileSync(new URL('../../content/sv/principles.json', import.meta.url)));
export const principles = content.principles;
export const STORAGE_KEY = 'tillit.document';

/** The address of a page of the app: the page is in the fragment (`/#/resultat`), the start
 *  page is the bare address. */
export const at = (path) => (path === '/' ? '/' : `/#${path}`);

/** Puts `doc` in local storage as if the app had saved it, and opens the app on it. (Going to
 *  another page of the app only changes the fragment and does not load it again.) */
export async function seed(page, doc) {
  if (!page.url().startsWith('http')) await page.goto('/');
  await page.evaluate(([key, doc]) => localStorage.setItem(key, JSON.stringify(doc)), [STORAGE_KEY, doc]);
  // Each time until the app has drawn: a document the walk build leaves to the full build
  // loads the page once more (src/app/state.rs, `Store::load`), and nothing may cut across.
  const drawn = () => expect(page.locator('[data-first-screen]')).toHaveCount(0);
  await page.goto('/');
  await drawn();
  await page.reload();
  await drawn();
}

/** The browser's "now" in every test: the tests never depend on the day they run. Only the
 *  date is fixed (Date and Date.now); timers and animation frames run as usual. */
export const NOW = new Date('2026-11-24T10:00:00');
export const TODAY = '2026-11-24';


/** `page.goto` as typing the address: going to a page another build draws (from the walk to
 *  results, from results to the overview) changes only the fragment, and the app then loads the
 *  page again to start that build (src/app.rs, `Pages`); this waits for that load, so that
 *  nothing runs on the page that goes. */
function gotoThroughBuilds(page) {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const target = new URL(url, page.url().startsWith('http') ? page.url() : 'http://x/');
    const here = page.url().startsWith('http') ? new URL(page.url()) : null;
    const sameDocument = here && here.origin === target.origin && here.pathname === target.pathname && here.search === target.search;
    // A page being loaded again (one build giving a stored document to another) has no build
    // to ask yet: it is no build's.
    const build = sameDocument && (await page.evaluate(() => document.documentElement.dataset.build).catch(() => null));
    if (build && target.hash !== here.hash && !draws(build, target.hash)) {
      const [, response] = await Promise.all([page.waitForEvent('load'), goto(url, options)]);
      return response;
    }
    return goto(url, options);
  };
  return page;
}

/** Playwright's `test` with the browser's clock fixed at `NOW` in every context, and `goto`
 *  that waits for the page's build where the address leaves the build the page is in. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await context.clock.setFixedTime(NOW);
    await use(context);
  },
  page: async ({ page }, use) => {
    await use(gotoThroughBuilds(page));
  },
});
export { expect };

/** A page in a new context of its own (a second device), with the clock fixed like the rest. */
export async function newDevicePage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  await context.clock.setFixedTime(NOW);
  return gotoThroughBuilds(await context.newPage());
}

export const SCALE = ['Vet ej', '1 Stämmer inte alls', '2 Stämmer dåligt', '3 Stämmer delvis', '4 Stämmer ganska bra', '5 Stämmer helt'];

/** Swedish one-decimal formatting, rounding half up as the app does. */
export const sv1 = (x) => (Math.round(x * 10) / 10).toFixed(1).replace('.', ',');

export async function startRound(page, unit = 'Hemtjänsten Farsta', date = '2026-11-24') {
  await page.goto('/');
  await page.getByLabel('Enhet eller arbetslag').fill(unit);
  await page.getByLabel('Datum').fill(date);
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await expect(page).toHaveURL(`/#/princip/${principles[0].id}`);
}

/** The radio group of one statement. */
export function statement(page, s) {
  return page.getByRole('group', { name: s.text });
}

/** Answers `s` with `value`: 0 = "vet ej", 1–5 = the score. */
export async function answer(page, s, value) {
  await statement(page, s).getByRole('radio', { name: SCALE[value], exact: true }).check();
}

export async function expectAnswered(page, s, value) {
  await expect(statement(page, s).getByRole('radio', { name: SCALE[value], exact: true })).toBeChecked();
}

/** What is in local storage, once the app has written the last change: it writes after the
 *  frame that shows a change, so this waits for the next frame and what is queued after it. */
export async function storedDocument(page) {
  return page.evaluate(async (key) => {
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return localStorage.getItem(key);
  }, STORAGE_KEY);
}

export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' | ')})`);
  expect(summary).toEqual([]);
}

/** A unit with two rounds: a workshop of three with answers everywhere, a time thief and an action. */
export function documentWithEverything() {
  const answers = (k) => Object.fromEntries(principles.flatMap((p, i) => p.statements.map((s, j) => [s.id, 1 + ((i + j + k) % 5)])));
  const round = (id, date, people) => ({
    id, unit: 'Unit 7', date, workshop: people > 1,
    assessment: {
      participants: Array.from({ length: people }, (_, k) => ({ id: `p${k}`, name: '' })),
      responses: Array.from({ length: people }, (_, k) => ({ participant: `p${k}`, answers: answers(k), notes: {} })),
    },
    audit: {
      thieves: [{ id: 't1', title: 'Form X', description: '', category: 'reporting', minutes: 30, occurrences: 1, per: 'week', people: 3, need: { minutes: 7.5 }, beneficiaries: ['management'], removable_by: 'board', principles: ['stod'], remedy: '' }],
      rates: { annual_hours: 1700, hourly_cost: 350 },
    },
    plan: { actions: [{ id: 'a1', origin: null, reasons: [], title: 'Item Y', description: '', owner: 'Kim', due: '2027-01-31', status: 'planned', effect: '', follow_up: '' }], dismissed: [] },
  });
  return { version: 5, settings: { lang: 'sv', min_group: 3 }, rounds: [round('r1', '2026-03-01', 3), round('r2', '2026-10-01', 3)], active_round: 'r2' };
}


// The first screen painted before the wasm has loaded: the app's header and the start page's
// heading, lead and facts, in Swedish, written from content/sv/ui.json in the markup the app
// renders (src/app.rs, src/views/start.rs), so that the app takes it over without a shift; and
// for the first step of a round just started (what a new round and a joining phone open), the
// top of that step: its progress, heading, guiding principle and explanation, from
// content/sv/principles.json in the markup of src/views/step.rs and src/components/progress.rs.
// Its links go by the fragment, so that one followed before the app runs opens that page; its
// language switch waits, disabled, for the app.
// Every element carries `data-first-screen`; the app removes them in the same frame as it
// draws its own (src/app.rs, `start`). A small inline script, run before the first paint,
// leaves only the header and a loading line when the address is another page than the start
// page or that step, and only a loading line when the stored language is English (whose content
// it then starts to fetch at once).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** A text of `content/<lang>/ui.json` by its path, `nav.start`. */
export const text = (lang, path) => {
  const ui = JSON.parse(readFileSync(join(root, `content/${lang}/ui.json`), 'utf8'));
  const value = path.split('.').reduce((node, key) => node?.[key], ui);
  if (typeof value !== 'string') throw new Error(`first-screen: no text at ui.${path} in ${lang}`);
  return value;
};

const principles = JSON.parse(readFileSync(join(root, 'content/sv/principles.json'), 'utf8')).principles;
/** The address of the first step. */
const firstStep = `#/princip/${principles[0].id}`;
/** A text with its values filled in: `{{ name }}` in ui.json. */
const fill = (text, values) => text.replace(/\{\{ (\w+) \}\}/g, (_, name) => String(values[name]));

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The script in the head, run before anything is painted (and before the styles have
 *  loaded): chooses the first screen by the address and what is stored, as
 *  `<html data-first>`, which the styles follow (style/main.css): `start`, `step`, `english`
 *  (only a loading line, and the English content fetched at once) or `other` (the header and a
 *  loading line). */
export const choose = `(() => {
  const hash = location.hash;
  let raw = '';
  try { raw = localStorage.getItem('tillit.document') || ''; } catch (e) {}
  let first = hash === '' || hash === '#' || hash === '#/' ? 'start' : 'other';
  if (/"lang":"en"/.test(raw.slice(0, 200))) {
    first = 'english';
    // The English content, fetched beside the wasm rather than after it (src/app/content.rs);
    // the single file carries it inside.
    if (location.protocol !== 'file:') {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.href = 'content-en.json';
      link.crossOrigin = 'anonymous';
      document.head.appendChild(link);
    }
  } else if (hash === ${JSON.stringify(firstStep)} || hash === ${JSON.stringify(`${firstStep}/`)}) {
    // The first step, drawn as the app draws it for a round just started and answered by the
    // team together (no answers, nobody's turn, one participant: \`Round::is_workshop\` is
    // false). A document too large to read before the first paint is left to the app.
    try {
      const doc = raw.length < 200000 ? JSON.parse(raw) : null;
      const round = doc && doc.rounds.find((r) => r.id === doc.active_round);
      const a = round && round.assessment;
      if (a && !round.workshop && !round.answering && a.participants.length <= 1
        && a.responses.every((r) => Object.keys(r.answers || {}).length === 0)) first = 'step';
    } catch (e) {}
  }
  document.documentElement.dataset.first = first;
})();`;

/** The script after the first screen: takes out what the choice does not show, and marks the
 *  page the header's navigation is at, so that what is read aloud is what is seen. */
export const script = `(() => {
  const first = document.documentElement.dataset.first;
  if (first !== 'start') document.getElementById('first-screen-start').remove();
  const step = document.getElementById('first-screen-step');
  if (first === 'step') step.hidden = false;
  else step.remove();
  const current = { start: '#/', step: '#/princip' }[first];
  if (current) document.querySelector(\`.nav a[href="\${current}"]\`).setAttribute('aria-current', 'page');
  const loading = document.getElementById('loading');
  if (first === 'english') {
    document.querySelectorAll('[data-first-screen]:not(main)').forEach((e) => e.remove());
    loading.textContent = ${JSON.stringify(text('en', 'app.loading'))};
  }
  if (!current) loading.hidden = false;
})();`;

const hash = (code) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
/** The two scripts' hashes, for a Content-Security-Policy. */
export const scriptHashes = `${hash(choose)} ${hash(script)}`;

/** The first screen's markup, from the Swedish interface texts. */
export function markup() {
  const t = (path) => escape(text('sv', path));
  const links = [
    ['/', 'nav.start'],
    ['/deltagare', 'nav.workshop'],
    ['/princip', 'nav.assessment'],
    ['/resultat', 'nav.results'],
    ['/team', 'nav.team'],
    ['/over-tid', 'nav.over_time'],
    ['/oversikt', 'overview.nav'],
    ['/tidstjuvar', 'nav.thieves'],
    ['/plan', 'nav.plan'],
  ]
    .map(([path, key]) => `<li><a href="#${path}">${t(key)}</a></li>`)
    .join('');
  const facts = ['time', 'steps', 'private']
    .map((f) => `<li><strong>${t(`start.fact_${f}_title`)}</strong> ${t(`start.fact_${f}`)}</li>`)
    .join('');
  const p = principles[0];
  const total = principles.length;
  const expected = principles.reduce((n, q) => n + q.statements.length, 0);
  const steps = principles
    .map((q, i) => `<li${i === 0 ? ' class="current"' : ''}><a href="#/princip/${q.id}"${i === 0 ? ' aria-current="step"' : ''}><span class="steps__number" aria-hidden="true">${i + 1}</span><span class="steps__name">${escape(q.name)}</span></a></li>`)
    .join('');
  const step = `<section class="page page--step" id="first-screen-step" hidden><nav class="progress" aria-label="${t('progress.label')}"><p class="progress__step">${escape(fill(text('sv', 'progress.step'), { current: 1, total }))}</p><label class="progress__bar"><span>${escape(fill(text('sv', 'progress.answered'), { answered: 0, expected }))}</span><progress max="${expected}" value="0"></progress></label><ol class="steps">${steps}</ol></nav><p class="eyebrow">${escape(fill(text('sv', 'step.eyebrow'), { current: 1, total }))}</p><h1 tabindex="-1">${escape(p.name)}</h1><blockquote class="guiding"><p>${escape(p.guiding)}</p><footer>${t('step.guiding_source')}</footer></blockquote><p class="explanation">${escape(p.explanation)}</p></section>`;
  return `<a class="skip-link" href="#main" data-first-screen>${t('nav.skip')}</a>
    <header class="site-header" data-first-screen><div class="site-header__inner"><a class="brand" href="#/"><span class="brand__name">Tillit</span><span class="brand__tagline">${t('app.tagline')}</span></a><nav aria-label="${t('nav.label')}"><ul class="nav">${links}</ul></nav><button class="lang-switch" type="button" lang="${t('lang_switch.lang')}" disabled>${t('lang_switch.label')}</button></div></header>
    <main id="main" tabindex="-1" data-first-screen>
      <p id="loading" class="loading" hidden>${t('app.loading')}</p>
      <section class="page page--start" id="first-screen-start"><h1 tabindex="-1">${t('start.title')}</h1><p class="lead">${t('start.lead')}</p><ul class="facts">${facts}</ul></section>
      ${step}
    </main>
    <script>${script}</script>`;
}

/** `html` (an index.html) with the choice of first screen in its head and its loading line
 *  replaced by the first screen. */
export function withFirstScreen(html) {
  const loading = /<p id="loading" class="loading">[^<]*<\/p>/;
  if (!loading.test(html)) throw new Error('first-screen: index.html has no loading line to replace');
  if (!html.includes('<title>Tillit</title>')) throw new Error('first-screen: index.html has no title to put the choice after');
  return html.replace('<title>Tillit</title>', `<title>Tillit</title>\n    <script>${choose}</script>`).replace(loading, markup());
}

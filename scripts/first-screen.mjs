// The first screen painted before the wasm has loaded: the app's header and the start page's
// heading, lead and facts, in Swedish, written from content/sv/ui.json in the markup the app
// renders (src/app.rs, src/views/start.rs), so that the app takes it over without a shift.
// Its links go by the fragment, so that one followed before the app runs opens that page; its
// language switch waits, disabled, for the app.
// Every element carries `data-first-screen`; the app removes them in the same frame as it
// draws its own (src/app.rs, `start`). A small inline script, run before the first paint,
// leaves only the header and a loading line when the address is another page than the start
// page, and only a loading line when the stored language is English (whose content it then
// starts to fetch at once).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** A text of `content/<lang>/ui.json` by its path, `nav.start`. */
const text = (lang, path) => {
  const ui = JSON.parse(readFileSync(join(root, `content/${lang}/ui.json`), 'utf8'));
  const value = path.split('.').reduce((node, key) => node?.[key], ui);
  if (typeof value !== 'string') throw new Error(`first-screen: no text at ui.${path} in ${lang}`);
  return value;
};

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The script that fits the first screen to the address and the stored language. */
export const script = `(() => {
  const start = location.hash === '' || location.hash === '#' || location.hash === '#/';
  let english = false;
  try { english = /"lang":"en"/.test((localStorage.getItem('tillit.document') || '').slice(0, 200)); } catch (e) {}
  const page = document.getElementById('first-screen-start');
  if (english) {
    document.querySelectorAll('[data-first-screen]:not(main)').forEach((e) => e.remove());
    document.getElementById('loading').textContent = ${JSON.stringify(text('en', 'app.loading'))};
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
  }
  if (!start || english) {
    page.remove();
    document.getElementById('loading').hidden = false;
    document.querySelectorAll('[data-first-screen] [aria-current]').forEach((e) => e.removeAttribute('aria-current'));
  }
})();`;

export const scriptHash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

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
    .map(([path, key]) => `<li><a href="#${path}"${path === '/' ? ' aria-current="page"' : ''}>${t(key)}</a></li>`)
    .join('');
  const facts = ['time', 'steps', 'private']
    .map((f) => `<li><strong>${t(`start.fact_${f}_title`)}</strong> ${t(`start.fact_${f}`)}</li>`)
    .join('');
  return `<a class="skip-link" href="#main" data-first-screen>${t('nav.skip')}</a>
    <header class="site-header" data-first-screen><div class="site-header__inner"><a class="brand" href="#/"><span class="brand__name">Tillit</span><span class="brand__tagline">${t('app.tagline')}</span></a><nav aria-label="${t('nav.label')}"><ul class="nav">${links}</ul></nav><button class="lang-switch" type="button" lang="${t('lang_switch.lang')}" disabled>${t('lang_switch.label')}</button></div></header>
    <main id="main" tabindex="-1" data-first-screen>
      <p id="loading" class="loading" hidden>${t('app.loading')}</p>
      <section class="page page--start" id="first-screen-start"><h1 tabindex="-1">${t('start.title')}</h1><p class="lead">${t('start.lead')}</p><ul class="facts">${facts}</ul></section>
    </main>
    <script>${script}</script>`;
}

/** `html` (an index.html) with its loading line replaced by the first screen. */
export function withFirstScreen(html) {
  const loading = /<p id="loading" class="loading">[^<]*<\/p>/;
  if (!loading.test(html)) throw new Error('first-screen: index.html has no loading line to replace');
  return html.replace(loading, markup());
}

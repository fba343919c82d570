// The content of one language in one file, as the browser app reads it when that language is
// chosen (`Content::install` in src/domain/content.rs): `{"principles": …, "thieves": …,
// "actions": …, "ui": …}`, each the whole of its data file, without the spaces (`ui` gives
// the interface texts of `domain::ui`). The app carries Swedish in its wasm; English is
// `content-en.json` beside index.html (written by the service-worker hook, which keeps it
// offline with the other files) or, in the single file, inlined.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** The bundle of `lang` as JSON text. */
export function bundle(lang) {
  const file = (name) => JSON.parse(readFileSync(join(root, 'content', lang, `${name}.json`), 'utf8'));
  return JSON.stringify({
    principles: file('principles'),
    thieves: file('thieves'),
    actions: file('actions'),
    ui: file('ui'),
  });
}

/** The languages fetched when chosen, and the file each is in. */
export const fetched = [['en', 'content-en.json']];

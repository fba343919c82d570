// Joining from one's own phone: the facilitator shows a QR code; a phone that opens its link
// lands in that round, answers, and hands the answers back with nothing typed about the round.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.js';
import { principles, startRound, answer, expectAnswered, storedDocument, newDevicePage, expectNoAxeViolations } from './helpers.js';

const [tillit] = principles;

test('a phone joins the round from the code on the facilitator\'s screen and hands its answers back', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan Syd', '2026-11-24');
  const round = JSON.parse(await storedDocument(page)).rounds[0];
  await page.goto('/#/deltagare');
  const join = page.getByTestId('join');
  await expect(join.getByRole('img', { name: 'QR-kod för att gå med i omgången Elevhälsan Syd · 2026-11-24' })).toBeVisible();
  const link = await join.getByTestId('join-link').textContent();
  expect(link.startsWith(new URL('/#join=1.', page.url()).href)).toBe(true);
  expect(link).toContain(round.id);
  await expectNoAxeViolations(page);

  // The phone: opens the link, and is in the round at its first step, nothing asked.
  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 } });
  await phone.goto(link);
  await expect(phone).toHaveURL(`/#/princip/${tillit.id}`);
  await answer(phone, tillit.statements[0], 2);
  await answer(phone, tillit.statements[1], 5);
  const onPhone = JSON.parse(await storedDocument(phone));
  expect(onPhone.rounds.map((r) => [r.id, r.unit, r.date])).toEqual([[round.id, 'Elevhälsan Syd', '2026-11-24']]);
  expect(onPhone.active_round).toBe(round.id);
  // The same link again (a second scan, into the app already open) opens the same round,
  // answers kept.
  const crashed = [];
  phone.on('pageerror', (e) => crashed.push(e.message));
  await phone.goto('/');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
  await phone.goto(link);
  await expect(phone).toHaveURL(`/#/princip/${tillit.id}`);
  await expectAnswered(phone, tillit.statements[0], 2);
  expect(JSON.parse(await storedDocument(phone)).rounds).toHaveLength(1);
  expect(crashed).toEqual([]);

  // Deltagare leads a device that has answers to where they are handed in.
  await phone.goto('/#/deltagare');
  await phone.getByRole('link', { name: 'Lämna svar från den här enheten' }).click();
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Lämna dina svar');
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    phone.getByRole('button', { name: 'Spara mina svar som fil' }).click(),
  ]);
  const file = await download.path();
  expect(JSON.parse(readFileSync(file, 'utf8')).id).toMatch(new RegExp(`^${round.id}\\.`));

  // Back on the facilitator's laptop, where answers are taken in: the file belongs to this
  // round, so no question is asked.
  await page.getByRole('link', { name: 'Ta emot svar →' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ta emot svar');
  await page.getByLabel('Läs in svarsfiler').setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Det här finns i filerna' });
  await expect(preview.getByRole('listitem')).toHaveText(['Deltagare 1: ny deltagare.']);
  await expect(preview.getByRole('button', { name: 'Läs in i omgången' })).toBeVisible();
  await preview.getByRole('button', { name: 'Läs in i omgången' }).click();
  const answers = JSON.parse(await storedDocument(page)).rounds[0].assessment.responses.map((r) => r.answers);
  expect(answers).toContainEqual({ [tillit.statements[0].id]: 2, [tillit.statements[1].id]: 5 });
});

test('a damaged join link says so and opens the start page', async ({ page }) => {
  await page.goto('/#join=1.r-1.Enheten');
  await expect(page.getByRole('alert')).toContainText('Länken till omgången kunde inte användas');
  await expect(page.getByRole('alert')).toContainText('ofullständig eller skadad');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hur tillitsbaserad är vår arbetsplats?');
  expect(await storedDocument(page)).toBeNull();
});

test('a phone shows its answers as a code, and the facilitator reads it in once', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan Syd', '2026-11-24');
  await page.goto('/#/deltagare');
  const link = await page.getByTestId('join-link').textContent();

  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 } });
  await phone.goto(link);
  await answer(phone, tillit.statements[0], 4);
  await answer(phone, tillit.statements[1], 0);
  await phone.goto('/#/lamna-svar');
  await phone.getByRole('button', { name: 'Visa mina svar som kod' }).click();
  const mine = phone.getByTestId('my-code');
  await expect(mine.getByRole('img', { name: 'Dina svar som QR-kod' })).toBeVisible();
  await expect(mine).toContainText('dina svar på 2 av påståendena men inte dina anteckningar');
  const code = await mine.getByTestId('my-code-text').textContent();
  expect(code).toMatch(/^[A-Z2-7]{40,80}$/);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
  // With a long note, the person chooses: the note makes the code too long for a camera.
  await phone.goto(`/#/princip/${tillit.id}`);
  await phone.getByRole('textbox').first().fill('Vi behöver mer tid för varandra. '.repeat(12));
  await phone.goto('/#/lamna-svar');
  await phone.getByRole('button', { name: 'Visa mina svar som kod' }).click();
  await expect(mine).toContainText('dina svar på 2 av påståendena men inte dina anteckningar');
  await mine.getByLabel('Ta med mina anteckningar i koden').check();
  await expect(mine).toContainText('dina svar på 2 av påståendena och dina anteckningar');
  await expect(mine.getByText('för lång för att läsas med kamera')).toBeVisible();
  await expect(mine.getByRole('img')).toHaveCount(0);
  await mine.getByLabel('Ta med mina anteckningar i koden').uncheck();
  await expect(mine.getByRole('img', { name: 'Dina svar som QR-kod' })).toBeVisible();

  // The facilitator pastes it twice (shown twice), and a damaged one.
  await page.goto('/#/deltagare/ta-emot');
  const damaged = `${code.slice(0, 20)}${code[20] === 'A' ? 'B' : 'A'}${code.slice(21)}`;
  await page.getByLabel('Klistra in svarskoder').fill(`${code}\n${damaged}\n${code}`);
  await page.getByRole('button', { name: 'Läs koderna' }).click();
  const preview = page.getByRole('region', { name: 'Det här finns i filerna' });
  await expect(preview.locator('.import-report__error')).toHaveText(/Kod 2.*skadad/);
  await preview.getByRole('button', { name: 'Läs in i omgången' }).click();
  const round = JSON.parse(await storedDocument(page)).rounds[0];
  const answered = round.assessment.responses.filter((r) => Object.keys(r.answers).length > 0);
  expect(answered.map((r) => r.answers)).toEqual([{ [tillit.statements[0].id]: 4, [tillit.statements[1].id]: 'dont_know' }]);
});

test('a phone that joined walks every step and hands its answers in without loading any other build', async ({ page, browser }) => {
  await startRound(page, 'Elevhälsan Syd', '2026-11-24');
  // A round started on this laptop ends at the results.
  await page.goto(`/#/princip/${principles.at(-1).id}`);
  await expect(page.getByRole('navigation', { name: 'Byt steg' }).getByRole('link', { name: 'Till resultatet →' })).toHaveAttribute('href', /resultat$/);
  await page.goto('/#/deltagare');
  const link = await page.getByTestId('join-link').textContent();

  // Requests a service worker makes on its own are not the page's: kept out of the count.
  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 }, serviceWorkers: 'block' });
  const wasm = [];
  phone.on('request', (r) => {
    const name = r.url().split('/').pop();
    if (name.endsWith('.wasm')) wasm.push(name.replace(/-[0-9a-f]+_bg\.wasm$/, ''));
  });
  await phone.goto(link);
  for (const [i, principle] of principles.entries()) {
    await expect(phone).toHaveURL(`/#/princip/${principle.id}`);
    await answer(phone, principle.statements[0], (i % 5) + 1);
    const next = i + 1 < principles.length ? `Nästa: ${principles[i + 1].name} →` : 'Lämna dina svar →';
    await phone.getByRole('navigation', { name: 'Byt steg' }).getByRole('link', { name: next }).click();
  }
  await expect(phone).toHaveURL('/#/lamna-svar');
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Lämna dina svar');
  const total = principles.reduce((n, p) => n + p.statements.length, 0);
  await expect(phone.getByTestId('hand-in-answered')).toHaveText(`Du har svarat på ${principles.length} av ${total} påståenden.`);
  await phone.getByRole('button', { name: 'Visa mina svar som kod' }).click();
  await expect(phone.getByRole('img', { name: 'Dina svar som QR-kod' })).toBeVisible();
  await expectNoAxeViolations(phone);
  const [download] = await Promise.all([phone.waitForEvent('download'), phone.getByRole('button', { name: 'Spara mina svar som fil' }).click()]);
  expect(wasm).toEqual(['walk']);
  expect(await phone.evaluate(() => document.documentElement.dataset.build)).toBe('walk');

  // Back on the facilitator's laptop: the file is the phone's answers to this round.
  await page.goto('/#/deltagare/ta-emot');
  await page.getByLabel('Läs in svarsfiler').setInputFiles(await download.path());
  await page.getByRole('region', { name: 'Det här finns i filerna' }).getByRole('button', { name: 'Läs in i omgången' }).click();
  const answers = JSON.parse(await storedDocument(page)).rounds[0].assessment.responses.map((r) => r.answers);
  expect(answers).toContainEqual(Object.fromEntries(principles.map((p, i) => [p.statements[0].id, (i % 5) + 1])));

  // The way back to the steps.
  await phone.getByRole('link', { name: 'Tillbaka till påståendena' }).click();
  await expectAnswered(phone, principles[0].statements[0], 1);
});

test('the hand-in page without a round says how to join', async ({ page }) => {
  await page.goto('/#/lamna-svar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lämna dina svar');
  await expect(page.getByText('Här finns ingen omgång att lämna svar från')).toBeVisible();
});

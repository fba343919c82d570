// The facilitator reads answer codes with the laptop's camera. The camera is a canvas the test
// draws the app's own QR codes on (in place of getUserMedia), and the browser's BarcodeDetector
// is removed, so the codes are read by the scanner's worker and its wasm.
import { readFileSync } from 'node:fs';
import { test, expect } from './helpers.js';
import { principles, startRound, storedDocument, newDevicePage, seed, expectNoAxeViolations } from './helpers.js';

const damaged = readFileSync(new URL('../fixtures/damaged-answer-code.svg', import.meta.url), 'utf8');

/** In place of the camera: a 640 × 480 canvas, grey, with the code last shown in its middle. */
function fakeCamera() {
  delete window.BarcodeDetector;
  const canvas = document.createElement('canvas');
  canvas.width = 640;
  canvas.height = 480;
  const context = canvas.getContext('2d');
  let code = null;
  const paint = () => {
    context.fillStyle = '#808080';
    context.fillRect(0, 0, 640, 480);
    if (code) context.drawImage(code, 220, 140, 200, 200);
  };
  setInterval(paint, 50);
  window.__streams = [];
  window.__showCode = (svg) =>
    new Promise((done) => {
      const image = new Image();
      image.onload = () => {
        code = image;
        paint();
        done();
      };
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    });
  navigator.mediaDevices.getUserMedia = async () => {
    const stream = canvas.captureStream(20);
    window.__streams.push(stream);
    return stream;
  };
}

/** Whether every camera stream the app was given has been stopped. */
const released = (page) => page.evaluate(() => window.__streams.length > 0 && window.__streams.every((s) => s.getTracks().every((t) => t.readyState === 'ended')));

/** A phone in round `roundId` whose one participant has answered; its code as the app draws it. */
async function codeOf(phone, roundId, who, score, notes = {}) {
  const answers = Object.fromEntries(principles.flatMap((p) => p.statements.map((s, i) => [s.id, 1 + ((i + score) % 5)])));
  const round = {
    id: roundId, unit: 'Hemtjänsten Farsta', date: '2026-11-24', workshop: false,
    assessment: { participants: [{ id: who, name: '' }], responses: [{ participant: who, answers, notes }] },
    audit: { thieves: [], rates: { annual_hours: 1700, hourly_cost: 350 } },
    plan: { actions: [], dismissed: [] },
  };
  await seed(phone, { version: 4, settings: { lang: 'sv', min_group: 3 }, rounds: [round], active_round: roundId });
  await phone.goto('/#/lamna-svar');
  await phone.getByRole('button', { name: 'Visa mina svar som kod' }).click();
  const qr = phone.getByTestId('my-code').getByRole('img', { name: 'Dina svar som QR-kod' });
  return qr.evaluate((svg) => new XMLSerializer().serializeToString(svg));
}

const serialized = (img) => img.evaluate((svg) => new XMLSerializer().serializeToString(svg));

test('the camera reads five participants\' codes once each and says what it did with the rest', async ({ page, browser }) => {
  await page.addInitScript(fakeCamera);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  const roundId = JSON.parse(await storedDocument(page)).rounds[0].id;

  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 } });
  const codes = [];
  for (let k = 1; k <= 5; k += 1) codes.push(await codeOf(phone, roundId, `p-phone-${k}`, k));
  const otherRound = await codeOf(phone, 'r-another', 'p-phone-9', 2);

  await page.goto('/#/deltagare/ta-emot');
  // The decoder is fetched only when the scanner opens.
  expect(requested.filter((p) => p.includes('scan_worker'))).toEqual([]);
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  const scanner = page.getByRole('region', { name: 'Läs svar med kameran' });
  const count = scanner.getByTestId('scan-count');
  const newest = scanner.getByTestId('scan-log').getByRole('listitem').first();
  await expect(count).toHaveText('0 svar lästa');
  await expect(scanner.getByLabel('Kamerans bild, spegelvänd')).toBeVisible();
  await expectNoAxeViolations(page);

  const show = (svg) => page.evaluate((svg) => window.__showCode(svg), svg);
  await show(codes[0]);
  await expect(count).toHaveText('1 svar läst');
  await expect(newest).toHaveText('Deltagare 1: svaren är lästa.');
  await expect(newest).toHaveClass(/scanner__entry--new/);
  await show(codes[1]);
  await expect(count).toHaveText('2 svar lästa');
  await show(codes[2]);
  await expect(count).toHaveText('3 svar lästa');
  // Shown again: counted once.
  await show(codes[1]);
  await expect(newest).toHaveText('Deltagare 2: redan läst, ingenting ändrades.');
  await show(otherRound);
  await expect(newest).toHaveText('En kod lästes inte in: koden hör till en annan omgång än den här. Ingenting ändrades.');
  await show(damaged);
  await expect(newest).toHaveText(/En kod lästes inte in: koden är ofullständig eller skadad/);
  await show(codes[3]);
  await expect(count).toHaveText('4 svar lästa');
  await show(codes[4]);
  await expect(count).toHaveText('5 svar lästa');
  await expect(scanner.getByTestId('scan-log').getByRole('listitem')).toHaveCount(8);
  // Read by the worker, not by the browser.
  expect(requested).toContain('/scan_worker_bg.wasm');

  await scanner.getByRole('button', { name: 'Stäng kameran' }).click();
  await expect(scanner).toHaveCount(0);
  expect(await released(page)).toBe(true);

  const round = JSON.parse(await storedDocument(page)).rounds[0];
  expect(round.assessment.responses.filter((r) => Object.keys(r.answers).length > 0)).toHaveLength(5);
  await expect(page.getByTestId('receive-answered')).toHaveText('Deltagare som har svarat i omgången: 5.');
  await page.goto('/#/deltagare');
  await expect(page.locator('.participants__item')).toHaveCount(5);
  await page.goto('/#/team');
  await expect(page.getByText('5 deltagare har svarat.')).toBeVisible();
});

test('the camera is released when the page hides', async ({ page }) => {
  await page.addInitScript(fakeCamera);
  await startRound(page);
  await page.goto('/#/deltagare/ta-emot');
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  await expect(page.getByLabel('Kamerans bild, spegelvänd')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__streams.length)).toBe(1);
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  });
  await expect(page.getByRole('region', { name: 'Läs svar med kameran' })).toHaveCount(0);
  expect(await released(page)).toBe(true);
});

test('a refused camera says how to allow it and points to the text codes and files', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.BarcodeDetector;
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
  });
  await startRound(page);
  await page.goto('/#/deltagare/ta-emot');
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  const alert = page.getByRole('region', { name: 'Läs svar med kameran' }).getByRole('alert');
  await expect(alert).toContainText('Webbläsaren fick inte använda kameran. Tillåt kameran för den här sidan');
  await expect(alert).toContainText('klistra in svarskoderna som text eller läsa in svarsfilerna');
  await expect(page.getByLabel('Kamerans bild, spegelvänd')).toBeHidden();
  await expectNoAxeViolations(page);
});

test('a code too long for one QR code is shown in parts that the camera joins in any order', async ({ page, browser }) => {
  await page.addInitScript(fakeCamera);
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  const roundId = JSON.parse(await storedDocument(page)).rounds[0].id;

  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 } });
  const note = 'Vi behöver mer tid för varandra, och att få pröva nya arbetssätt. '.repeat(6);
  await codeOf(phone, roundId, 'p-long', 3, { [principles[0].id]: note });
  const mine = phone.getByTestId('my-code');
  await mine.getByLabel('Ta med mina anteckningar i koden').check();
  await expect(mine.getByText('för lång för att läsas med kamera som en enda kod')).toBeVisible();
  await mine.getByRole('button', { name: 'Visa som 3 koder i följd' }).click();
  const parts = [];
  for (let k = 1; k <= 3; k += 1) {
    await expect(mine.getByRole('heading', { name: `Del ${k} av 3` })).toBeVisible();
    parts.push(await serialized(mine.getByRole('img', { name: `Dina svar som QR-kod, del ${k} av 3` })));
    if (k < 3) await mine.getByRole('button', { name: 'Nästa del' }).click();
  }
  await expect(mine.getByRole('button', { name: 'Nästa del' })).toBeDisabled();

  await page.goto('/#/deltagare/ta-emot');
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  const scanner = page.getByRole('region', { name: 'Läs svar med kameran' });
  const newest = scanner.getByTestId('scan-log').getByRole('listitem').first();
  const show = (svg) => page.evaluate((svg) => window.__showCode(svg), svg);
  await show(parts[1]);
  await expect(newest).toHaveText('Del 2 av 3 är läst, 1 av 3 delar hittills. Visa nästa del.');
  await show(parts[0]);
  await expect(newest).toHaveText('Del 1 av 3 är läst, 2 av 3 delar hittills. Visa nästa del.');
  await expect(scanner.getByTestId('scan-count')).toHaveText('0 svar lästa');
  await show(parts[2]);
  await expect(scanner.getByTestId('scan-count')).toHaveText('1 svar läst');
  await expect(newest).toHaveText('Deltagare 1: svaren är lästa.');
  const round = JSON.parse(await storedDocument(page)).rounds[0];
  const read = round.assessment.responses.filter((r) => Object.keys(r.answers).length > 0);
  expect(read.map((r) => r.notes[principles[0].id])).toEqual([note]);
});

test('from the single file, without a QR decoder in the browser, the scanner says it needs the web address', async ({ page }) => {
  await page.addInitScript(fakeCamera);
  const file = new URL('../../dist-single/tillit.html', import.meta.url);
  await page.goto(file.href);
  await page.getByLabel('Enhet eller arbetslag').fill('Hemtjänsten Farsta');
  await page.getByLabel('Datum').fill('2026-11-24');
  await page.getByRole('button', { name: 'Börja självskattningen' }).click();
  await page.goto(`${file.href}#/deltagare/ta-emot`);
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  const alert = page.getByRole('region', { name: 'Läs svar med kameran' }).getByRole('alert');
  await expect(alert).toContainText('Öppna Tillit från webbadressen för att läsa med kameran');
  await expect(alert).toContainText('klistra in svarskoderna som text');
  // The camera was never opened.
  expect(await page.evaluate(() => window.__streams.length)).toBe(0);
});

test('offline the scanner still reads: the service worker keeps the worker and its wasm', async ({ page, context, browser }) => {
  await page.addInitScript(fakeCamera);
  await startRound(page, 'Hemtjänsten Farsta', '2026-11-24');
  const roundId = JSON.parse(await storedDocument(page)).rounds[0].id;
  const phone = await newDevicePage(browser, { viewport: { width: 360, height: 640 } });
  const code = await codeOf(phone, roundId, 'p-offline', 4);

  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await context.setOffline(true);
  await page.goto('/#/deltagare/ta-emot');
  await page.reload();
  await page.getByRole('button', { name: 'Läs svar med kameran' }).click();
  await page.evaluate((svg) => window.__showCode(svg), code);
  await expect(page.getByTestId('scan-count')).toHaveText('1 svar läst');
});

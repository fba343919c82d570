// The README's pictures of a workshop with phones: the facilitator's screen with the join code,
// a phone showing its answers as a code, and the scanner that has read it. Run against a release
// build: `trunk build --release && node scripts/screens.mjs` writes docs/workshop-*.png.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const port = 4199;
const base = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['sirv', 'dist', '--single', '--port', String(port), '--host', '127.0.0.1', '--quiet'], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 1500));
const principles = JSON.parse(readFileSync(new URL('../content/sv/principles.json', import.meta.url))).principles;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

const round = (id, responses) => ({
  id, unit: 'Hemtjänsten Farsta', date: '2026-11-24', workshop: true,
  assessment: { participants: responses.map((r) => ({ id: r.participant, name: '' })), responses },
});
const answers = (k) => Object.fromEntries(principles.flatMap((p) => p.statements.map((s, i) => [s.id, 1 + ((i + k) % 5)])));
async function open(page, doc, path) {
  await page.goto(`${base}/`);
  await page.evaluate((d) => localStorage.setItem('tillit.document', JSON.stringify(d)), doc);
  await page.reload();
  await page.goto(`${base}/#${path}`);
}

try {
  // 1. The facilitator's screen: the round's join code for the phones.
  const laptop = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await open(laptop, { version: 5, settings: { lang: 'sv', min_group: 3 }, rounds: [round('r-farsta', [{ participant: 'team', answers: {}, notes: {} }])], active_round: 'r-farsta' }, '/deltagare');
  await laptop.getByTestId('join').screenshot({ path: 'docs/workshop-1-join.png' });

  // 2. A phone that has answered: its answers as a code to show the facilitator.
  const phone = await browser.newPage({ viewport: { width: 360, height: 640 }, locale: 'sv-SE', deviceScaleFactor: 2 });
  await open(phone, { version: 5, settings: { lang: 'sv', min_group: 3 }, rounds: [{ ...round('r-farsta', [{ participant: 'p-phone', answers: answers(2), notes: {} }]), workshop: false }], active_round: 'r-farsta' }, '/lamna-svar');
  await phone.getByRole('button', { name: 'Visa mina svar som kod' }).click();
  await phone.getByTestId('my-code').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: 'docs/workshop-2-phone.png' });
  const code = await phone.getByTestId('my-code').getByRole('img', { name: 'Dina svar som QR-kod' }).evaluate((svg) => new XMLSerializer().serializeToString(svg));

  // 3. The facilitator's scanner, with the phone's code held up to a (simulated) camera.
  const scanning = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  await scanning.addInitScript((svg) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext('2d');
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    setInterval(() => {
      context.fillStyle = '#6b7480';
      context.fillRect(0, 0, 640, 480);
      if (image.complete) context.drawImage(image, 200, 120, 240, 240);
    }, 50);
    navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(20);
  }, code);
  await open(scanning, { version: 5, settings: { lang: 'sv', min_group: 3 }, rounds: [round('r-farsta', [{ participant: 'team', answers: {}, notes: {} }])], active_round: 'r-farsta' }, '/deltagare/ta-emot');
  await scanning.getByRole('button', { name: 'Läs svar med kameran' }).click();
  const scanner = scanning.getByRole('region', { name: 'Läs svar med kameran' });
  await scanner.getByTestId('scan-count').filter({ hasText: '1' }).waitFor({ timeout: 30_000 });
  await scanner.screenshot({ path: 'docs/workshop-3-scanner.png' });
  console.log('wrote docs/workshop-1-join.png, docs/workshop-2-phone.png, docs/workshop-3-scanner.png');
} finally {
  await browser.close();
  server.kill();
}

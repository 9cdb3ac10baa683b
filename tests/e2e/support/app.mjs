// app.mjs — what every browser test shares: Debian's Chromium driven by
// playwright-core, the built app served locally, and the test API
// (window.setright, see tests/README.md). Tests act only through real mouse
// and keyboard events at the rectangles items() reports.
import { chromium } from 'playwright-core';
import test from 'node:test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../../scripts/static-server.mjs';

export const sourceDir = process.env.SETRIGHT_SOURCE_DIR ?? path.resolve(import.meta.dirname, '../../..');
export const buildDir = process.env.SETRIGHT_BUILD_DIR ?? path.join(sourceDir, 'build');
export const artifactsDir = process.env.SETRIGHT_ARTIFACTS ?? path.join(buildDir, 'test-artifacts');

const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // WebGL2 without a GPU, through SwiftShader.
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
];

// `userDataDir`: a profile to launch on and keep (a relaunch after a crash);
// by default a fresh one, removed on close().
export async function launchBrowser(extraFlags = [], contextOptions = {}, { userDataDir: keptDir } = {}) {
  const userDataDir = keptDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'setright-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.SETRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags],
    viewport: { width: 1280, height: 800 },
    ...contextOptions,
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close();
      if (!keptDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
    // SIGKILL to the browser process, as a crash or a power cut: nothing it
    // has not yet written to disk survives. Its renderers follow it.
    async kill() {
      const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
      const browser = processes.filter((line) => line.includes(`--user-data-dir=${userDataDir}`) && !line.includes('--type='));
      if (browser.length === 0) throw new Error(`no browser process runs on ${userDataDir}`);
      for (const line of browser) process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
      await context.close().catch(() => {}); // playwright notices the browser gone
    },
  };
}

export async function serveWebBundle() {
  return startServer(path.join(buildDir, 'web'));
}

// The web bundle served and a fresh browser (its context made with
// `contextOptions`): `body(context, url)` with the app's URL in English; both
// are closed afterwards, whatever happens.
export async function withBrowser(body, contextOptions = {}) {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], contextOptions);
  try {
    await body(browser.context, `${url}?lang=en`);
  } finally {
    await browser.close();
    server.close();
  }
}

// One server and one browser for every test of a file: `shared.context` and
// `shared.url` are there from the first test on; both close after the last.
export function sharedBrowser() {
  const shared = {};
  test.before(async () => {
    ({ server: shared.server, url: shared.url } = await serveWebBundle());
    shared.browser = await launchBrowser();
    shared.context = shared.browser.context;
  });
  test.after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}

// Opens the app and watches what a test must assert on: console errors and
// any request that leaves the page's origin.
export async function openApp(context, url, { waitReady = true } = {}) {
  const page = await context.newPage();
  const consoleErrors = [];
  const foreignRequests = [];
  const origin = new URL(url).origin;
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    const target = request.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return;
    if (new URL(target).origin !== origin) foreignRequests.push(target);
  });
  await page.goto(url);
  if (waitReady) {
    // The first frame, or the page's own account of why there is none.
    const outcome = await page.evaluate(() => Promise.race([
      window.setright.ready.then(() => 'ready'),
      new Promise((resolve) => setTimeout(() => resolve('timeout'), 30000)),
      new Promise((resolve) => {
        const problem = document.getElementById('problem');
        new MutationObserver(() => { if (!problem.hidden) resolve(`problem: ${problem.textContent}`); })
          .observe(problem, { attributes: true, childList: true });
      }),
    ]));
    if (outcome !== 'ready') throw new Error(`the app did not draw its first frame (${outcome}); console errors: ${consoleErrors.join(' | ')}`);
  }
  return { page, consoleErrors, foreignRequests };
}

export const items = (page) => page.evaluate(() => window.setright.items());
export const state = (page) => page.evaluate(() => window.setright.state());

export async function findItem(page, id, { timeout = 5000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const item = (await items(page)).find((candidate) => candidate.id === id);
    if (item) return item;
    if (Date.now() > deadline) throw new Error(`no item with id "${id}" drawn within ${timeout} ms`);
    await page.waitForTimeout(30);
  }
}

// Points at the item, lets a frame or two see the pointer resting there, then
// presses: as a person does. (ImGui items that allow overlap, such as tabs,
// take a press only after a frame of hover; an instant move-and-click misses.)
// A table row spans every column and other items (combos, buttons) sit on
// it, so a row is pressed on its first cell's text, as a person would.
// An item that moved while the pointer rested (a layout still settling in
// the first frames: ImGui sizes some windows from the frame before) is aimed
// at again where it is now, as an eye would follow it. Aimed only once the
// app has handled every key typed before (ImGui takes one a frame): the line
// a committed date adds above the tabs moves them after the last key.
export async function clickItem(page, id) {
  await page.evaluate(() => window.setright.settled());
  let { rect, kind } = await findItem(page, id);
  let frames = await page.evaluate(() => window.setright.frameStats().frames);
  for (let aim = 0; aim < 4; ++aim) {
    const x = kind === 'row' ? rect.x + Math.min(rect.w / 2, 12) : rect.x + rect.w / 2;
    await page.mouse.move(x, rect.y + rect.h / 2);
    // The pointer may already be there (no event, no frame): wait at most a moment.
    const now = await afterFrames(page, id, frames + 2, 250);
    if (!now.item) break; // gone while the pointer moved: press where it was, as a person would
    frames = now.frames;
    const moved = now.item.rect;
    if (moved.x === rect.x && moved.y === rect.y && moved.w === rect.w && moved.h === rect.h) break;
    rect = moved;
  }
  await page.mouse.down();
  await page.mouse.up();
  // Done when the app has drawn what the press did: the next step reads the
  // page as it is after it (a deal's tabs, not the previous deal's).
  await page.evaluate(() => window.setright.settled());
}

// Waits in the page, one round trip, until `frames` frames have been drawn
// (at most `ms`); gives the count then and item `id` as that frame drew it.
function afterFrames(page, id, frames, ms) {
  return page.evaluate(({ id, frames, ms }) => new Promise((resolve) => {
    const deadline = performance.now() + ms;
    const look = () => {
      const now = window.setright.frameStats().frames;
      if (now >= frames || performance.now() > deadline) resolve({ frames: now, item: window.setright.items().find((item) => item.id === id) });
      else requestAnimationFrame(look);
    };
    look();
  }), { id, frames, ms });
}

// Scrolls the content under (x, y) with the mouse wheel, as a person looking
// for it would, until the item is drawn; returns it.
export async function scrollTo(page, id, { x = 700, y = 500, step = 200, times = 30 } = {}) {
  for (let i = 0; i < times; ++i) {
    const item = (await items(page)).find((candidate) => candidate.id === id);
    if (item) return item;
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(50);
  }
  return findItem(page, id);
}

// Clicks a text field, replaces what it holds with `text` as typed keys, and
// presses Enter (which commits dates and adds items from "new …" fields).
export async function typeInto(page, id, text, { enter = true } = {}) {
  await clickItem(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  if (enter) await page.keyboard.press('Enter');
  await page.evaluate(() => window.setright.settled()); // every key handled: ImGui takes them a frame apiece
}

// Clicks a tab and waits until it is the open one (items() marks it selected).
// A tab that is not the deal's (a buyer's CLV, a Study not started) waits
// under "More" at the end of the row: opened from there, it joins the row.
// On a phone the row is a strip that scrolls sideways: the wheel brings the
// tab, or More, into view first, as a finger would.
export async function openTab(page, id) {
  const wanted = (list) => list.filter((item) => item.id === id || item.id === 'tab_more');
  let drawn = await items(page);
  for (let i = 0; i < 20 && wanted(drawn).length === 0; ++i) {
    const strip = drawn.find((item) => item.kind === 'tab');
    if (!strip) break;
    await page.mouse.move(strip.rect.x + strip.rect.w / 2, strip.rect.y + strip.rect.h / 2);
    await page.mouse.wheel(120, 0);
    await page.waitForTimeout(80);
    drawn = await items(page);
  }
  if (!drawn.some((item) => item.id === id) && drawn.some((item) => item.id === 'tab_more')) await clickItem(page, 'tab_more');
  await clickItem(page, id);
  await waitFor(page, (tab) => window.setright.items().find((i) => i.id === tab)?.selected, (open) => open,
    { what: `tab ${id} open`, arg: id });
}

// Polls `probe` in the page until `accept` says yes.
// `arg` is passed to `probe` (it runs in the page and sees no test variables).
export async function waitFor(page, probe, accept, { timeout = 5000, what = 'condition', arg } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await page.evaluate(probe, arg);
    if (accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(last)}`);
    await page.waitForTimeout(30);
  }
}

// Adds the SMS vendor case from its template (a promise overdue since 2019,
// must-haves only claimed) and returns its deal as state() has it.
export async function addSmsCase(page) {
  const before = await page.evaluate(() => window.setright.state().deals.length);
  await clickItem(page, 'new_from_template');
  await clickItem(page, 'template:sms-vendor-case');
  const deals = await waitFor(page, () => window.setright.state().deals, (list) => list.length === before + 1, { what: 'the case deal' });
  return deals.at(-1);
}

export async function saveScreenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Drops files on the page. There is no OS drag and drop in a headless browser:
// the drop event the browser would send carries the files in a DataTransfer.
export async function dropFiles(page, files) {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    // `text`, or `base64` for a binary file (a workbook).
    const body = (file) => (file.base64 !== undefined ? Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0)) : file.text);
    for (const file of list) data.items.add(new File([body(file)], file.name, { type: file.type ?? 'application/json' }));
    return data;
  }, files);
  await page.dispatchEvent('#canvas', 'drop', { dataTransfer: transfer });
}

// Holds every request matching `pattern` until the returned release() is
// called: a slow network, on cue.
export async function holdRequests(context, pattern) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(pattern, async (route) => { await held; await route.continue(); });
  return release;
}

// Cuts the context off every network: offline, and each request that is not
// file:, data: or blob: refused. Returns the list of refused URLs, filled as they come.
export async function refuseNetwork(context) {
  const refused = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  await context.setOffline(true);
  return refused;
}

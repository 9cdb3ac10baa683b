// touch_scroll.test.mjs — on a phone, a finger dragged over a list scrolls it
// and it coasts on after the finger lifts (src/app/ui/touch_scroll.cpp); a
// drag that starts on a row does not select it, a tap still does. Touches are
// the browser's own touch events, sent through the DevTools protocol as a
// touch screen sends them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, findItem, items, waitFor, saveScreenshot } from './support/app.mjs';
import { bigDeal, seedStorage, workspaceOf } from './support/big_deal.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

const touch = (client, type, points) =>
  client.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y]) => ({ x, y, id: 1, radiusX: 4, radiusY: 4, force: 1 })) });

// A finger down and up on the spot, as a tap.
async function tap(page, client, x, y) {
  await touch(client, 'touchStart', [[x, y]]);
  await page.waitForTimeout(80);
  await touch(client, 'touchEnd', []);
  await page.waitForTimeout(80);
}

async function tapItem(page, client, id) {
  const { rect, kind } = await findItem(page, id);
  await tap(page, client, kind === 'row' ? rect.x + Math.min(rect.w / 2, 12) : rect.x + rect.w / 2, rect.y + rect.h / 2);
}

// A finger down at (x, y), moved by dy in `steps` moves (each sent once the
// page took the last, and `stepMs` after it), lifted at once after the last
// (a flick) or after `hold` ms still.
async function drag(page, client, x, y, dy, { dx = 0, steps = 10, stepMs = 16, hold = 0 } = {}) {
  await touch(client, 'touchStart', [[x, y]]);
  await page.waitForTimeout(50);
  for (let i = 1; i <= steps; ++i) {
    await touch(client, 'touchMove', [[x + (dx * i) / steps, y + (dy * i) / steps]]);
    if (stepMs) await page.waitForTimeout(stepMs);
  }
  if (hold) await page.waitForTimeout(hold);
  await touch(client, 'touchEnd', []);
}

const requirementRows = async (page) =>
  (await items(page)).filter((item) => item.kind === 'row' && item.id.startsWith('requirement:'));
// How far the list is scrolled, in px: where row r-0 would be above the
// row r-n shown, less where r-n is (the first row drawn may be cut by the header).
async function listOffset(page) {
  const rows = await requirementRows(page);
  // The deal's header (title, perspective, as-of date) and the tab strip
  // scroll with the list on a phone: two rows show under them at first.
  assert.ok(rows.length >= 2, `requirement rows drawn (${rows.length})`);
  const pitch = rows.length >= 3 ? rows[2].rect.y - rows[1].rect.y : rows[1].rect.y - rows[0].rect.y;
  const row = rows[1];
  return Number(row.id.split('-')[1]) * pitch - row.rect.y;
}

test('a finger drags the requirements list, it coasts after release, and a tap still selects', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], PHONE);
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ requirements: 200, questions: 0, touches: 0, studyRequests: 0, id: 'touch' })));
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    const client = await page.context().newCDPSession(page);
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the page has a touch screen');

    // On a phone the deals list is a screen of its own: a tap on the deal opens it.
    await tapItem(page, client, 'deal_row:touch');
    // A drag that starts on a button does not press it, even lifted on it.
    const questions = await findItem(page, 'tab_questions');
    await drag(page, client, questions.rect.x + questions.rect.w / 2 - 15, questions.rect.y + questions.rect.h / 2, 0, { dx: 30, steps: 4, stepMs: 20 });
    await page.waitForTimeout(300);
    assert.ok((await findItem(page, 'tab_overview')).selected, 'a drag from the Questions tab did not open it');
    await tapItem(page, client, 'tab_requirements');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'tab_requirements')?.selected, Boolean,
      { what: 'the requirements tab open by a tap' });
    // The finger lifted, nothing stays lit as if pressed (the tab strip scrolled the next tab under it before).
    await page.evaluate(() => window.setright.settled());
    assert.deepEqual((await items(page)).filter((i) => i.hovered).map((i) => i.id), [], 'nothing hovered after a tap');
    await findItem(page, 'requirement:r-0');

    const rows = await requirementRows(page);
    const first = rows[1];
    const x = first.rect.x + Math.min(first.rect.w / 2, 12);
    const before = await listOffset(page);

    // A slow drag, held still before lifting: the list follows the finger and stops with it.
    await drag(page, client, x, 700, -200, { steps: 10, stepMs: 30, hold: 1000 });
    await page.waitForTimeout(300);
    const dragged = await listOffset(page);
    console.log(`slow drag of 200 px: the list moved ${(dragged - before).toFixed(1)} px`);
    assert.ok(dragged - before > 150 && dragged - before < 220, `the list follows the finger (${dragged - before} px for 200)`);
    const after = await requirementRows(page);
    assert.ok(!after.some((row) => row.selected), 'a drag that started on a row did not select it');
    assert.equal(await listOffset(page), dragged, 'a finger that stopped does not coast');

    // A flick: the list moves on after the finger lifts, then stops.
    const start = await listOffset(page);
    // (Under SwiftShader at 3 device pixels a CSS px, a frame takes ~150 ms and
    // Chromium hands the page touch moves once a frame: each move is a frame.)
    await drag(page, client, x, 780, -400, { steps: 4, stepMs: 0 });
    const atRelease = await listOffset(page);
    await page.waitForTimeout(500);
    const coasted = await listOffset(page);
    await page.waitForTimeout(1500);
    const stopped = await listOffset(page);
    await page.waitForTimeout(300);
    console.log(`flick of 400 px: ${(atRelease - start).toFixed(1)} px at release, ${(coasted - start).toFixed(1)} px 500 ms later, ` +
      `${(stopped - start).toFixed(1)} px at rest`);
    assert.ok(coasted > atRelease, `the list moves on after release (${atRelease - start} then ${coasted - start})`);
    assert.ok(stopped >= coasted, 'in the same direction');
    assert.ok(stopped - atRelease > 20, `it coasts a good way (${stopped - atRelease} px)`);
    assert.equal(await listOffset(page), stopped, 'and comes to rest');
    await saveScreenshot(page, 'touch-scroll-phone');

    // A tap on a row opens it, as before (on a phone, as a screen of its own).
    const target = (await requirementRows(page))[1];
    await tapItem(page, client, target.id);
    await findItem(page, 'requirements_back');
    assert.equal((await requirementRows(page)).length, 0, `${target.id} opened by a tap`);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

// narrow_tabs.test.mjs — the Questions, Timeline, Vendors and Fit & decision
// tabs on a phone (390×844, touch), in Russian (long words): each opened by a
// real tap, every control a finger-sized target on the page, the tab's main
// item as wide as the screen (stacked, not a column squeezed to a few
// letters), and a question or a touch opened as a screen of its own with a
// way back. A screenshot per tab lands in the artifacts directory.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  serveWebBundle, launchBrowser, openApp, clickItem, findItem, items, openTab, waitFor, saveScreenshot,
} from './support/app.mjs';

const WIDTH = 390;
const HEIGHT = 844;
const PHONE = { viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const TARGETS = new Set(['button', 'combo', 'input', 'checkbox']);

// Items report only their visible part: one cut by the app's bar above the
// scrolled deal or the status line below it is not wholly on the screen.
const whole = (list) => list.filter((i) => i.rect.y > 70 && i.rect.y + i.rect.h < HEIGHT - 100);

// Everything on the page, every control at least 44×44 CSS px.
async function assertFingerSized(page, where) {
  const list = await items(page);
  const outside = list.filter((i) => i.rect.x < -0.5 || i.rect.x + i.rect.w > WIDTH + 0.5);
  assert.deepEqual(outside.map((i) => `${i.id} ${JSON.stringify(i.rect)}`), [], `${where}: items off the ${WIDTH}-px page`);
  // Judged on each whole item (items() reports the part not scrolled away): layoutProblems() does that.
  const small = (await page.evaluate(() => window.setright.layoutProblems()))
    .filter((p) => p.problem === 'too_small' && TARGETS.has(p.kind));
  assert.deepEqual(small.map((p) => `${p.id} ${p.detail}`), [], `${where}: controls smaller than 44×44`);
  return list;
}

// Checks the first screen of the tab, then one screen further down.
async function assertTab(page, tab) {
  await assertFingerSized(page, tab);
  await page.mouse.move(WIDTH / 2, HEIGHT / 2);
  await page.mouse.wheel(0, HEIGHT * 0.7);
  await page.waitForTimeout(200);
  await assertFingerSized(page, `${tab}, scrolled`);
  await page.mouse.wheel(0, -20000);
  await page.waitForTimeout(200);
}

// The first item whose id starts with `prefix`, once drawn.
const first = async (page, prefix) => (await waitFor(page, (p) => window.setright.items().filter((i) => i.id.startsWith(p)),
  (found) => found.length >= 1, { what: `an item ${prefix}…`, arg: prefix }))[0];

// Scrolls the tab down (a finger's swipe, as the wheel) until an item whose
// id starts with `prefix` is drawn wholly on the screen.
async function scrollTo(page, prefix) {
  await page.mouse.move(WIDTH / 2, HEIGHT / 2);
  for (let step = 0; step < 30; ++step) {
    const found = whole(await items(page)).find((i) => i.id.startsWith(prefix));
    if (found) return found;
    await page.mouse.wheel(0, 300);
    await page.waitForTimeout(100);
  }
  throw new Error(`no item ${prefix}… came into view`);
}

// Taps a stacked row, finds the item's own screen (back button and detail),
// and goes back to the list.
async function openAndGoBack(page, row, back, detail) {
  await clickItem(page, row.id);
  await findItem(page, back);
  const field = await findItem(page, detail);
  // A date field shares its line with its calendar button.
  const calendar = (await items(page)).find((i) => i.id === `${detail}:calendar`);
  const width = field.rect.w + (calendar?.rect.w ?? 0);
  assert.ok(width > 300, `${detail} is ${width} px wide: the detail has the whole width`);
  assert.equal((await items(page)).filter((i) => i.id === row.id).length, 0, 'the list gives way to the item');
  await assertFingerSized(page, back);
  await clickItem(page, back);
  await findItem(page, row.id);
}

test('questions, timeline, vendors and fit & decision on a phone in Russian: stacked, finger-sized, on the page', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], PHONE);
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ru`);
    await clickItem(page, 'welcome_buyer');
    await findItem(page, 'verdict');

    await openTab(page, 'tab_questions');
    const question = await first(page, 'question:');
    assert.ok(question.rect.w > 300, `a question row is ${question.rect.w} px wide`);
    await findItem(page, 'new_question');
    await assertTab(page, 'questions');
    await saveScreenshot(page, 'narrow-questions-ru-390');
    await openAndGoBack(page, question, 'questions_back', 'question_text');

    // The buyer's deal has no touches yet: a new one opens as a screen of its own.
    await openTab(page, 'tab_timeline');
    await assertFingerSized(page, 'timeline, empty');
    await clickItem(page, 'add_touch');
    await findItem(page, 'timeline_back');
    await findItem(page, 'touch_when');
    await clickItem(page, 'timeline_back');
    const touch = await first(page, 'touch:');
    assert.ok(touch.rect.w > 300, `a touch row is ${touch.rect.w} px wide`);
    await assertTab(page, 'timeline');
    await saveScreenshot(page, 'narrow-timeline-ru-390');
    await openAndGoBack(page, touch, 'timeline_back', 'touch_when');

    await openTab(page, 'tab_vendors');
    await first(page, 'vendor_name:');
    await assertTab(page, 'vendors');
    await saveScreenshot(page, 'narrow-vendors-ru-390');
    const role = await scrollTo(page, 'person_role:');
    assert.ok(role.rect.w > 300, `a person's role is ${role.rect.w} px wide`);
    await assertFingerSized(page, 'vendors, people');
    const coverage = await scrollTo(page, 'coverage_row:');
    assert.ok(coverage.rect.w > 300, `a vendor's coverage is ${coverage.rect.w} px wide`);
    await assertFingerSized(page, 'vendors, comparison');
    await saveScreenshot(page, 'narrow-vendors-comparison-ru-390');
    await page.mouse.wheel(0, -20000);

    await openTab(page, 'tab_fit_decision');
    const notes = await first(page, 'option_notes:');
    assert.ok(notes.rect.w > 300, `an option's notes are ${notes.rect.w} px wide`);
    await assertTab(page, 'fit_decision');
    await saveScreenshot(page, 'narrow-fit-ru-390');

    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

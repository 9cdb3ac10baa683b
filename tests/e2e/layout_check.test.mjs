// layout_check.test.mjs — window.setright.layoutProblems() in the real build
// (src/app/logic/layout_check.hpp): each problem names its item and rule;
// rows of the requirements list and the deal's title cut by a phone-narrow
// page are reported as cut text while tabs, which end their text with "…",
// are not; "New deal" on
// a roomy page is neither off the page, nor under another item, nor cut; a
// touch screen asks for 44 px targets. It prints how many problems of each
// kind an English deal from a template has at 390×844 and 1280×800, and does
// not judge them: the layout is being redesigned.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, openTab, waitFor, saveScreenshot } from './support/app.mjs';

const KINDS = ['too_small', 'outside_viewport', 'overlaps', 'text_cut'];
const layoutProblems = (page) => page.evaluate(() => window.setright.layoutProblems());
const frames = (page) => page.evaluate(() => window.setright.frameStats().frames);

// A few frames drawn at a new page size (the app sleeps when idle: a move of the mouse wakes it).
async function resize(page, width, height) {
  await page.setViewportSize({ width, height });
  const before = await frames(page);
  await page.mouse.move(width - 2, height - 2);
  await waitFor(page, () => window.setright.frameStats().frames, (n) => n >= before + 4, { what: `frames at ${width}×${height}` });
  await page.waitForTimeout(200);
}

function counts(problems) {
  const out = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const problem of problems) out[problem.problem] += 1;
  return out;
}

test('layoutProblems() reports cut text and small targets by item, and no tab, which ends its text with "…"', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    // The shape of an answer.
    const empty = await layoutProblems(page);
    assert.ok(Array.isArray(empty));
    for (const problem of empty) {
      assert.deepEqual(Object.keys(problem).sort(), ['detail', 'id', 'kind', 'label', 'problem', 'rect']);
      assert.ok(KINDS.includes(problem.problem), problem.problem);
    }
    // On a roomy page "New deal" is on the page, alone and whole.
    const newDeal = empty.filter((problem) => problem.id === 'new_deal');
    console.log(`new_deal at 1280×800: ${JSON.stringify(newDeal.map((problem) => `${problem.problem} (${problem.detail})`))}`);
    assert.deepEqual(newDeal.filter((problem) => problem.problem !== 'too_small'), [], 'new_deal is neither off the page, under another item, nor cut');
    // Its size is judged against 24 px (a mouse).
    for (const problem of empty.filter((p) => p.problem === 'too_small')) assert.match(problem.detail, /at least 24 x 24$/);

    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:buyer-saas-evaluation');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a deal from a template' });
    await openTab(page, 'tab_overview');
    const overview = await layoutProblems(page);
    console.log(`1280×800, overview of an English template deal: ${JSON.stringify(counts(overview))}`);
    assert.deepEqual(overview.filter((problem) => problem.id === 'deal_title' && problem.problem === 'text_cut'), [], 'the title fits');
    await openTab(page, 'tab_requirements');
    const roomy = await layoutProblems(page);
    const rows = (await page.evaluate(() => window.setright.items())).filter((item) => item.kind === 'row' && item.id.startsWith('requirement:'));
    assert.ok(rows.length > 0, 'requirement rows drawn');
    const wholeRows = rows.filter((row) => !roomy.some((problem) => problem.id === row.id && problem.problem === 'text_cut'));
    assert.ok(wholeRows.length > 0, 'at 1280×800 some requirement rows show their whole text');
    console.log(`1280×800, requirements of an English template deal: ${JSON.stringify(counts(roomy))}`);

    // Narrow as a phone: the rows that were whole are cut, and said to be;
    // tabs end their text with an ellipsis and are not.
    await resize(page, 390, 844);
    const narrow = await layoutProblems(page);
    console.log(`390×844, requirements of an English template deal: ${JSON.stringify(counts(narrow))}`);
    await saveScreenshot(page, 'layout-check-390');
    const cutRows = narrow.filter((problem) => problem.problem === 'text_cut' && wholeRows.some((row) => row.id === problem.id));
    assert.ok(cutRows.length > 0, `rows whole at 1280 px are cut at 390 px: ${JSON.stringify(narrow.filter((p) => p.kind === 'row'))}`);
    for (const problem of cutRows) {
      assert.equal(problem.kind, 'row');
      const [, wide, room] = /^text ([\d.]+) px wide in (-?[\d.]+) px$/.exec(problem.detail);
      assert.ok(Number(wide) > Number(room), problem.detail);
    }
    const tabs = (await page.evaluate(() => window.setright.items())).filter((item) => item.kind === 'tab');
    assert.ok(tabs.length > 0, 'tabs drawn');
    assert.deepEqual(narrow.filter((problem) => problem.kind === 'tab' && problem.problem === 'text_cut'), [], 'tabs draw an ellipsis');

    // The deal's title is cut in its field too.
    const title = narrow.find((problem) => problem.id === 'deal_title' && problem.problem === 'text_cut');
    assert.ok(title, 'the title is cut at 390 px');
    assert.equal(title.kind, 'input');
    await openTab(page, 'tab_overview');
    console.log(`390×844, overview of an English template deal: ${JSON.stringify(counts(await layoutProblems(page)))}`);

    // Back to roomy: the rows are whole again.
    await resize(page, 1280, 800);
    await openTab(page, 'tab_requirements');
    const again = await layoutProblems(page);
    assert.deepEqual(again.filter((problem) => problem.problem === 'text_cut' && cutRows.some((row) => row.id === problem.id)), []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('on a touch screen targets need 44 px', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true });
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches));
    const problems = await layoutProblems(page);
    const small = problems.filter((problem) => problem.problem === 'too_small');
    assert.ok(small.length > 0);
    for (const problem of small) assert.match(problem.detail, /at least 44 x 44$/);
    const newDeal = await findItem(page, 'new_deal');
    assert.ok(newDeal.rect.h < 44);
    assert.ok(small.some((problem) => problem.id === 'new_deal'), 'new_deal is smaller than a finger needs');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

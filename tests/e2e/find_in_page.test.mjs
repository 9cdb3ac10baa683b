// find_in_page.test.mjs — the browser's find reaches rows a long table has
// scrolled out of view (logic/find_index.hpp): their words sit in the page's
// find index over the table, and when find lands on one the table scrolls
// to it. window.find() stands in for Ctrl+F, which a test cannot press: it
// selects the words found, and the page scrolls a selection's row into view.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, openTab, items, findItem, waitFor, saveScreenshot } from './support/app.mjs';
import { bigDeal, seedStorage, workspaceOf } from './support/big_deal.mjs';

// On the open tab: `row` is not drawn, find-in-page finds `words` in the
// index, and the row is drawn on screen after it.
async function findsRowOutOfView(page, { tab, words, row }, shot) {
  await openTab(page, tab);
  assert.ok(!(await items(page)).some((item) => item.id === row), `${row} is out of view before the search`);
  // The index holds every row's words (the page's own find needs nothing more).
  await waitFor(page, (w) => [...document.querySelectorAll('.find-index-row')].some((el) => el.textContent.includes(w)),
    (found) => found, { what: `the find index to hold "${words}"`, arg: words });
  assert.equal(await page.evaluate((w) => { getSelection().removeAllRanges(); return window.find(w); }, words), true);
  const found = await findItem(page, row, { timeout: 5000 });
  const { height } = page.viewportSize();
  assert.ok(found.rect.h > 0 && found.rect.y > 0 && found.rect.y + found.rect.h <= height, `${row} is on screen after find (${JSON.stringify(found.rect)})`);
  await saveScreenshot(page, shot);
}

test('find-in-page finds a requirement and a question scrolled out of view, and the table scrolls to each', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ requirements: 2000, questions: 2000, touches: 20, studyRequests: 0 })));
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'deal_row:big');
    const cases = [
      { tab: 'tab_requirements', words: 'Requirement number 1500 about', row: 'requirement:r-1500' },
      { tab: 'tab_questions', words: 'Question 1700: does it', row: 'question:q-1700' },
    ];
    for (const found of cases) await findsRowOutOfView(page, found, `find-in-page-${found.tab.slice(4)}`);
    // The index's words are as wide as the app draws the same words (its
    // type sized by the em, Dear ImGui's by the line): a match is painted over them.
    const widths = await page.evaluate(() => {
      const drawn = window.setright.items().find((item) => item.id === 'storage_status');
      const span = document.createElement('span');
      span.textContent = drawn.label;
      document.querySelector('.find-index-row').append(span);
      const width = span.getBoundingClientRect().width;
      span.remove();
      return { drawn: drawn.rect.w, indexed: width };
    });
    assert.ok(Math.abs(widths.indexed - widths.drawn) <= widths.drawn * 0.06, `index words ${widths.indexed} px wide, drawn ${widths.drawn} px`);
    // Scrolled by the wheel, the table is followed by its index: a row's words
    // sit over the row, where find-in-page paints its match.
    await openTab(page, 'tab_requirements');
    const { width, height } = page.viewportSize();
    await page.mouse.move(width * 0.6, height * 0.7);
    for (let i = 0; i < 5; ++i) await page.mouse.wheel(0, 700);
    const aligned = await waitFor(page, () => {
      const drawn = window.setright.items().filter((item) => /^requirement:r-\d+$/.test(item.id) && item.rect.h > 0);
      const row = drawn[Math.floor(drawn.length / 2)];
      if (!row) return null;
      const words = `Requirement number ${row.id.slice('requirement:r-'.length)} about`;
      const indexed = [...document.querySelectorAll('.find-index-row')].find((el) => el.textContent.includes(words));
      return { id: row.id, drawnTop: row.rect.y, indexedTop: indexed ? indexed.getBoundingClientRect().top : null };
    }, (seen) => seen && seen.id !== 'requirement:r-1500' && seen.indexedTop !== null && Math.abs(seen.indexedTop - seen.drawnTop) <= 3,
    { what: 'the find index to follow the table the wheel scrolled' });
    assert.ok(aligned.drawnTop > 0 && aligned.drawnTop < height, JSON.stringify(aligned));
    // A row on screen is found once, in the accessibility tree: not a second time in the index over it.
    const onScreen = `Requirement number ${aligned.id.slice('requirement:r-'.length)} about`;
    const matches = await page.evaluate((w) => {
      getSelection().removeAllRanges();
      let found = 0;
      while (found < 5 && window.find(w, false, false, false)) ++found;
      return found;
    }, onScreen);
    assert.equal(matches, 1, `"${onScreen}" found ${matches} times`);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('on a phone, find-in-page reaches a requirement and a question far down the stacked lists, and the tab scrolls to each', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ requirements: 600, questions: 600, touches: 20, studyRequests: 0 })));
    const cases = [
      { tab: 'tab_requirements', words: 'Requirement number 450 about', row: 'requirement:r-450' },
      { tab: 'tab_questions', words: 'Question 520: does it', row: 'question:q-520' },
    ];
    // A page each: the tab strip scrolls away with the list.
    for (const found of cases) {
      const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
      await clickItem(page, 'deal_row:big');
      await findsRowOutOfView(page, found, `find-in-page-phone-${found.tab.slice(4)}`);
      assert.deepEqual(consoleErrors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

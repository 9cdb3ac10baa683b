// accessibility.test.mjs — the page's accessibility tree mirrors the canvas
// (src/platform/web/accessibility_web.cpp): an element per item drawn, in
// the roles a screen reader expects, activated by a screen reader's click or
// by Enter on it; the page's language and title follow the app; notices are
// announced; every element lies on its item; and an idle app changes no DOM at all.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  sharedBrowser, launchBrowser, serveWebBundle, openApp, openTab, items, state, clickItem, waitFor, saveScreenshot,
} from './support/app.mjs';
import { bigDeal, seedStorage, workspaceOf } from './support/big_deal.mjs';

const shared = sharedBrowser();

// The mirror element of the item with this id.
const mirrored = (page, id) => page.locator(`#a11y [data-id="${id}"]`);

// Three animation frames: what passes between a focus moving and the next key a person presses.
const nextFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));

async function itemLabel(page, id) {
  const found = (await items(page)).find((item) => item.id === id);
  assert.ok(found, `item ${id} is drawn`);
  return found.label;
}

async function mirrorMatchesItems(page) {
  await waitFor(page, () => {
    const drawn = window.setright.items().map((item) => item.id).sort();
    // Plain text (headings, lines of words) has elements without an id: it is no item.
    const mirror = [...document.querySelectorAll('#a11y [data-key]')].map((el) => el.dataset.id).filter((id) => id !== '').sort();
    return JSON.stringify(drawn) === JSON.stringify(mirror) ? drawn.length : -1;
  }, (n) => n > 0, { what: 'the accessibility tree to hold one element per item drawn' });
}

// Every item's element lies where the item is drawn, within 1 CSS px (places
// are whole pixels): a screen reader's highlight, find-in-page's match and a
// click on the element land on the item. Gives the items that do not.
async function mirrorAlignedWithItems(page) {
  return waitFor(page, () => window.setright.items().filter((item) => {
    const near = (a, b) => Math.abs(a - b) <= 1;
    return ![...document.querySelectorAll(`#a11y [data-id="${CSS.escape(item.id)}"]`)].some((el) => {
      const box = el.getBoundingClientRect();
      return near(box.x, item.rect.x) && near(box.y, item.rect.y) && near(box.width, item.rect.w) && near(box.height, item.rect.h);
    });
  }).map((item) => `${item.id} ${JSON.stringify(item.rect)}`), (astray) => astray.length === 0,
  { what: 'every element of the tree within 1 CSS px of its item' });
}

test('every item drawn has its element, in its role, and a screen reader click activates it', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await mirrorMatchesItems(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.title(), 'Setright');
  // Landmarks: the deals list is navigation, named; the welcome (later the deal) is main; the menus are in neither.
  assert.equal(await page.getByRole('main').count(), 1, 'one main landmark');
  const dealsList = page.getByRole('navigation', { name: 'Deals' });
  assert.equal(await dealsList.getByRole('button', { name: await itemLabel(page, 'new_deal'), exact: true }).count(), 1, 'New deal is in the deals list');
  assert.equal(await page.getByRole('main').locator('[data-id="new_deal"]').count(), 0, 'and not in the main landmark');
  assert.equal(await page.locator('#a11y [role=main] [data-id="menu_file"], #a11y [role=navigation] [data-id="menu_file"]').count(), 0,
    'the menu bar is in no landmark');
  // The menus are a menubar's items, each opening a menu.
  const menubar = page.getByRole('menubar');
  assert.equal(await menubar.count(), 1, 'one menubar');
  assert.deepEqual(await menubar.getByRole('menuitem').evaluateAll((els) => els.map((el) => [el.dataset.id, el.getAttribute('aria-haspopup')])),
    [['menu_file', 'menu'], ['menu_edit', 'menu'], ['menu_language', 'menu'], ['menu_view', 'menu']]);

  // "New deal", found by its role and name as a screen reader finds it, clicked as one clicks.
  const newDeal = page.getByRole('button', { name: await itemLabel(page, 'new_deal'), exact: true });
  await newDeal.dispatchEvent('click');
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'the deal the click made' });
  const deal = (await state(page)).deals[0];
  await mirrorMatchesItems(page);
  await mirrorAlignedWithItems(page);

  // The deal's tabs are a tablist with one selected tab; choosing another moves the selection.
  const selectedTab = page.getByRole('tab', { selected: true });
  assert.equal(await selectedTab.count(), 1, 'one tab is selected');
  const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
  assert.ok((await tabs.count()) >= 3, 'the deal has its tabs in a tablist');
  const second = tabs.nth(1);
  const secondName = await second.textContent();
  await second.dispatchEvent('click');
  await waitFor(page, () => document.querySelector('#a11y [role=tab][aria-selected=true]')?.textContent, (name) => name === secondName,
    { what: `the tab ${secondName} to be selected` });

  // The title is a text field holding the deal's title; the page's title names the deal.
  const titleField = page.getByRole('textbox', { name: await itemLabel(page, 'deal_title') });
  assert.equal(await titleField.inputValue(), deal.title);
  await waitFor(page, () => document.title, (title) => title.startsWith(`${deal.title || 'Untitled deal'} — `), { what: 'the page title to name the deal' });

  // Enter on a focused element activates its item once, not once by the page and once by the app.
  await page.locator(`#a11y [data-id="new_deal"]`).focus();
  await nextFrames(page); // a person's key comes a frame or more after the focus moved
  await page.keyboard.press('Enter');
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === 2, { what: 'Enter to make a second deal' });
  await page.waitForTimeout(500);
  assert.equal((await state(page)).deals.length, 2, 'one Enter made one deal');
  await saveScreenshot(page, 'accessibility-focus-ring');

  // Keyboard focus both ways. Tab from the page enters the tree; the arrows go to ImGui, whose
  // keyboard navigation moves, and the page's focus follows it to the element of the item it is on.
  const focusedId = () => page.evaluate(() => document.activeElement?.closest?.('#a11y [data-key]')?.dataset.id ?? null);
  // The first Tab from the page reaches the skip link, shown; Enter on it takes the focus to the deal's open tab.
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  assert.deepEqual(await page.evaluate(() => [document.activeElement?.id, document.activeElement?.textContent]),
    ['skip-to-deal', 'Skip to the deal'], 'the first Tab reaches the skip link');
  await saveScreenshot(page, 'accessibility-skip-link');
  const dealsBefore = (await state(page)).deals.length;
  await page.keyboard.press('Enter');
  await waitFor(page, () => document.activeElement?.getAttribute('aria-selected'), (selected) => selected === 'true',
    { what: 'Enter on the skip link to focus the open tab of the deal' });
  const first = await focusedId();
  assert.ok(first?.startsWith('tab_'), `the skip link reaches the deal (${first})`);
  assert.equal((await state(page)).deals.length, dealsBefore, 'the Enter only followed the link');
  await page.keyboard.press('Tab');
  const secondFocused = await focusedId();
  assert.ok(secondFocused && secondFocused !== first, `a second Tab moves on (${first} -> ${secondFocused})`);
  await page.locator('#a11y [role=tab]').first().focus();
  const onTab = await focusedId();
  await nextFrames(page); // a person presses the next key a frame or more later: by then ImGui's focus is on the tab too
  await page.keyboard.press('ArrowRight');
  await waitFor(page, () => document.activeElement?.closest?.('#a11y [data-key]')?.dataset.id ?? null, (id) => id && id !== onTab,
    { what: 'the focus to follow ImGui from one tab to the next' });

  // States: a menu says whether it is open; a date field holding text that is no date says it is invalid.
  const attribute = (id, name) => page.evaluate(([id, name]) => document.querySelector(`#a11y [data-id="${id}"]`)?.getAttribute(name), [id, name]);
  assert.equal(await attribute('menu_file', 'aria-expanded'), 'false');
  await clickItem(page, 'menu_file');
  await waitFor(page, () => document.querySelector('#a11y [data-id="menu_file"]')?.getAttribute('aria-expanded'), (v) => v === 'true',
    { what: 'the File menu said to be open' });
  await page.keyboard.press('Escape');
  await waitFor(page, () => document.querySelector('#a11y [data-id="menu_file"]')?.getAttribute('aria-expanded'), (v) => v === 'false',
    { what: 'the File menu said to be closed' });
  assert.equal(await attribute('as_of_date', 'aria-invalid'), null);
  await clickItem(page, 'as_of_date');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('not a date');
  await page.keyboard.press('Enter');
  await waitFor(page, () => document.querySelector('#a11y [data-id="as_of_date"]')?.getAttribute('aria-invalid'), (v) => v === 'true',
    { what: 'the as-of field said to hold no date' });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('an idle app changes no DOM; a notice is announced politely, in the UI language', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=nb`);
  await clickItem(page, 'new_deal');
  await mirrorMatchesItems(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  await page.waitForTimeout(1500); // the autosave and the settling frames
  const mutations = await page.evaluate(() => new Promise((resolve) => {
    let count = 0;
    const observer = new MutationObserver((records) => { count += records.length; });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    setTimeout(() => { observer.disconnect(); resolve(count); }, 3000);
  }));
  assert.equal(mutations, 0, 'no DOM change in 3 idle seconds');

  // Exporting the deal downloads it and says so; a screen reader hears the same words.
  await clickItem(page, 'menu_file');
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'file_export_deal')]);
  assert.ok(download.suggestedFilename().endsWith('.json'));
  const said = await waitFor(page, () => document.querySelector('.a11y-announce[aria-live=polite]')?.textContent, (text) => !!text,
    { what: 'the export to be announced' });
  assert.ok(said.includes(download.suggestedFilename()), `the announcement names the file: ${said}`);
  assert.ok(!said.startsWith('file.'), `the announcement is words, not a key: ${said}`);
  assert.ok(said.startsWith('Lagret'), `the announcement is in Norwegian: ${said}`);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('Korean: the page says it is Korean, and elements carry Korean names', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ko`);
  await mirrorMatchesItems(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  const name = await itemLabel(page, 'new_deal');
  assert.match(name, /[\uac00-\ud7a3]/, 'the label is Korean');
  assert.equal(await page.getByRole('button', { name, exact: true }).count(), 1);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('F1 lists the keyboard shortcuts in a dialog a screen reader can read; its Close button closes it', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ru`);
  await mirrorMatchesItems(page);
  await page.keyboard.press('F1');
  await waitFor(page, () => window.setright.items().some((item) => item.id === 'shortcuts_close'), (open) => open, { what: 'the shortcuts list' });
  const dialog = page.getByRole('dialog');
  await waitFor(page, () => document.querySelector('#a11y [role=dialog] [role=heading]')?.textContent, (text) => text === 'Сочетания клавиш',
    { what: 'the dialog to be headed in Russian' });
  assert.ok(await dialog.getByText('Ctrl+Shift+Z').count() >= 1, 'the keys are there as text');
  assert.ok(await dialog.getByText('Отменить: сначала набранное в открытом поле, затем последнее изменение').count() >= 1, 'and what they do, in Russian');
  assert.deepEqual(await page.evaluate(() => window.setright.missingGlyphs()), 0);
  await saveScreenshot(page, 'accessibility-shortcuts-ru');
  await page.getByRole('button', { name: await itemLabel(page, 'shortcuts_close'), exact: true }).dispatchEvent('click');
  await waitFor(page, () => window.setright.items().some((item) => item.id === 'shortcuts_close'), (open) => !open, { what: 'the list to close' });
  await waitFor(page, () => document.querySelectorAll('#a11y [role=dialog]').length, (n) => n === 0, { what: 'the dialog to leave the tree' });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('a dialog is named by its words; a modal one takes a keyboard user in and gives the focus back; Delete\'s asks with Keep focused', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await mirrorMatchesItems(page);
  // On the tree, as a screen reader or Tab puts a user: F1 opens the shortcuts, a modal dialog.
  await mirrored(page, 'new_deal').focus();
  await nextFrames(page);
  await page.keyboard.press('F1');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await waitFor(page, () => document.querySelector('#a11y [role=dialog][aria-modal=true]') !== null, Boolean, { what: 'a modal dialog' });
  assert.equal(await shortcuts.count(), 1, 'named by its heading');
  assert.ok(await shortcuts.evaluate((box) => box.contains(document.activeElement)), 'the focus is in the dialog');
  await nextFrames(page);
  await page.keyboard.press('Escape');
  await waitFor(page, () => document.querySelectorAll('#a11y [role=dialog]').length, (n) => n === 0, { what: 'the dialog to close' });
  await waitFor(page, () => document.activeElement?.dataset.id, (id) => id === 'new_deal', { what: 'the focus back on New deal' });

  // Delete…'s question is a dialog (not modal: a click elsewhere dismisses it) named by the question;
  // opened by keyboard, its focus is on Keep, so a second Enter keeps the deal.
  const before = await page.evaluate(() => window.setright.state().deals.length);
  await clickItem(page, 'new_deal');
  const deals = await waitFor(page, () => window.setright.state().deals, (list) => list.length === before + 1, { what: 'a new deal' });
  await mirrored(page, `deal_delete:${deals.at(-1).id}`).focus();
  await nextFrames(page); // a person's key comes a frame or more after the focus moved
  await page.keyboard.press('Enter');
  const question = page.getByRole('dialog', { name: /^Delete this deal\?/ });
  await waitFor(page, () => document.querySelectorAll('#a11y [role=dialog]').length, (n) => n === 1, { what: 'the question' });
  assert.equal(await question.count(), 1, 'named by its question');
  assert.equal(await question.getAttribute('aria-modal'), null);
  await waitFor(page, () => document.activeElement?.dataset.id, (id) => id === 'deal_delete_no', { what: 'the focus on Keep' });
  await page.keyboard.press('Enter');
  await waitFor(page, () => document.querySelectorAll('#a11y [role=dialog]').length, (n) => n === 0, { what: 'the question to close' });
  assert.equal(await page.evaluate(() => window.setright.state().deals.length), before + 1, 'the deal kept');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

// The requirements table's grid as a screen reader meets it: its name and
// row count, whether it holds only rows of cells, and the row each drawn
// requirement sits in.
const requirementsGrid = (page) => page.evaluate(() => {
  const grid = [...document.querySelectorAll('#a11y [role=grid]')].find((g) => g.getAttribute('aria-label') === 'Requirements');
  if (!grid) return null;
  const rows = [...grid.children];
  const cells = rows.flatMap((row) => [...row.children]);
  const rowOf = {};
  for (const el of grid.querySelectorAll('[data-id^="requirement:"]')) rowOf[el.dataset.id] = Number(el.closest('[role=row]').getAttribute('aria-rowindex'));
  return {
    rowCount: Number(grid.getAttribute('aria-rowcount')),
    notRows: rows.filter((row) => row.getAttribute('role') !== 'row').length,
    notCells: cells.filter((cell) => !['gridcell', 'columnheader'].includes(cell.getAttribute('role'))).length,
    outsideCells: [...grid.querySelectorAll('[data-key]')].filter((el) => !['gridcell', 'columnheader'].includes(el.parentElement.getAttribute('role'))).length,
    rowIndexes: rows.map((row) => Number(row.getAttribute('aria-rowindex'))),
    headers: [...(rows[0]?.children ?? [])].map((cell) => [cell.getAttribute('role'), cell.textContent]),
    rowOf,
  };
});

test('a data table is a grid of rows of cells, counted with the rows scrolled away; its rows follow a scroll and a sort', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ requirements: 300, questions: 5, touches: 5, studyRequests: 0 })));
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'deal_row:big');
    await openTab(page, 'tab_requirements');
    let grid = await waitFor(page, () => document.querySelector('#a11y [role=grid][aria-label=Requirements]')?.getAttribute('aria-rowcount'),
      (rows) => rows === '301', { what: 'the requirements grid, its 300 rows and the header counted' });
    grid = await requirementsGrid(page);
    assert.deepEqual([grid.notRows, grid.notCells, grid.outsideCells], [0, 0, 0], 'a grid holds rows, rows hold cells, every element is in a cell');
    assert.deepEqual(grid.headers.slice(0, 3), [['columnheader', 'Requirement'], ['columnheader', 'Category'], ['columnheader', 'Priority']]);
    assert.equal(grid.rowOf['requirement:r-0'], 2, 'the first requirement is in the row after the header');
    assert.equal(grid.rowOf['requirement:r-3'], 5);
    // A screen reader's way in: the row, then the cell, by role; the combo in it is named by its column, not by the category before it.
    const row = page.getByRole('grid', { name: 'Requirements' }).getByRole('row').filter({ has: page.locator('[data-id="requirement:r-3"]') });
    assert.equal(await row.count(), 1);
    assert.equal(await row.getByRole('gridcell').getByRole('button', { name: 'Priority: Must' }).count(), 1, 'the priority combo is named by its column');

    // Scrolled far down, rows keep their places in the whole table; the header is still row 1.
    const { width, height } = page.viewportSize();
    await page.mouse.move(width * 0.6, height * 0.7);
    for (let i = 0; i < 8; ++i) await page.mouse.wheel(0, 700);
    await waitFor(page, () => window.setright.items().filter((item) => /^requirement:r-\d+$/.test(item.id)).map((item) => item.id),
      (ids) => ids.length > 0 && !ids.includes('requirement:r-0'), { what: 'the first requirement scrolled away' });
    await page.evaluate(() => window.setright.settled());
    grid = await requirementsGrid(page);
    const far = Object.entries(grid.rowOf).filter(([id]) => Number(id.slice('requirement:r-'.length)) > 100);
    assert.ok(far.length > 0, 'requirements past the hundredth are on screen');
    for (const [id, rowIndex] of far) assert.equal(rowIndex, Number(id.slice('requirement:r-'.length)) + 2, `${id} in its row of the whole table`);
    assert.equal(grid.rowCount, 301);
    assert.equal(grid.rowIndexes[0], 1, 'the header row stays first');
    assert.deepEqual(grid.rowIndexes, [...grid.rowIndexes].sort((a, b) => a - b), 'rows in the order of the table');
    // Scrolled a little, most rows stay on screen: every element lies on its item, the frozen header row included.
    await page.mouse.wheel(0, 120);
    await page.evaluate(() => window.setright.settled());
    assert.deepEqual(await mirrorAlignedWithItems(page), []);

    // Sorted by the text ("…number 0", "…number 1", "…number 10", …): rows move with their requirements.
    await page.mouse.wheel(0, -100000);
    await clickItem(page, 'sort_text');
    grid = await waitFor(page, () => {
      const el = document.querySelector('#a11y [data-id="requirement:r-10"]');
      return el && Number(el.closest('[role=row]')?.getAttribute('aria-rowindex'));
    }, (rowIndex) => rowIndex === 4, { what: 'requirement 10 in the third row of requirements once sorted' });
    grid = await requirementsGrid(page);
    assert.deepEqual([grid.notRows, grid.notCells, grid.outsideCells], [0, 0, 0]);
    assert.deepEqual(grid.rowIndexes, [...new Set(grid.rowIndexes)].sort((a, b) => a - b), 'one row per index, in order');
    assert.equal(grid.rowOf['requirement:r-100'], 5);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

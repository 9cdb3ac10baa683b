// view_state.test.mjs — what the user selected, filtered or half-typed stays
// with its deal (issue #14). Two deals from the same template share item ids
// (`r-gorgias` is in both), which is what once carried a selection, a filter
// and drafts from one deal into the other. Real clicks and typing; fields are
// read through items()' `value`, the selection through `selected`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, clickItem, findItem, openTab, typeInto, waitFor, saveScreenshot } from './support/app.mjs';

const TEMPLATE = 'sms-vendor-case';
const FILTER = 'integration'; // 3 of the template's 5 requirements, r-gorgias among them
const REQUIREMENT_DRAFT = 'Delivery report for every message';
const QUESTION_DRAFT = 'Who owns the sending number?';

const valueOf = async (page, id) => (await findItem(page, id)).value;
const rows = async (page, prefix) => (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith(prefix));
const selectedRows = async (page, prefix) => (await rows(page, prefix)).filter((i) => i.selected).map((i) => i.id);

// Waits until the field shows `text` (typing lands over a frame or two).
const untilValue = (page, id, text) => waitFor(page, (field) => window.setright.items().find((i) => i.id === field)?.value,
  (value) => value === text, { what: `${id} to hold "${text}"`, arg: id });

async function openDeal(page, id) {
  await clickItem(page, `deal_row:${id}`);
  await waitFor(page, (row) => window.setright.items().find((i) => i.id === row)?.selected, Boolean,
    { what: `deal ${id} open`, arg: `deal_row:${id}` });
}

test('a selection, a filter and drafts stay with their deal, and come back with it', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    for (const n of [1, 2]) {
      await clickItem(page, 'new_from_template');
      await clickItem(page, `template:${TEMPLATE}`);
      await waitFor(page, () => window.setright.state().deals.length, (count) => count === n, { what: `deal ${n}` });
    }
    const [a, b] = (await page.evaluate(() => window.setright.state().deals)).map((d) => d.id);
    const total = (await page.evaluate(() => window.setright.state().deals[0].requirements.length));

    // Deal A: a question half written, a requirement selected, the list filtered, a requirement half written.
    await openDeal(page, a);
    await openTab(page, 'tab_questions');
    await typeInto(page, 'new_question', QUESTION_DRAFT, { enter: false });
    await untilValue(page, 'new_question', QUESTION_DRAFT);
    await openTab(page, 'tab_requirements');
    await clickItem(page, 'requirement:r-gorgias');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'requirement:r-gorgias')?.selected, Boolean,
      { what: 'r-gorgias selected' });
    await typeInto(page, 'requirement_filter', FILTER, { enter: false });
    await untilValue(page, 'requirement_filter', FILTER);
    await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('requirement:')).length, (n) => n === 3,
      { what: 'the list filtered' });
    await typeInto(page, 'new_requirement', REQUIREMENT_DRAFT, { enter: false });
    await untilValue(page, 'new_requirement', REQUIREMENT_DRAFT);
    await saveScreenshot(page, 'view-state-deal-a');

    // Deal B: nothing of it.
    await openDeal(page, b);
    await openTab(page, 'tab_requirements');
    assert.equal(await valueOf(page, 'requirement_filter'), '', "A's filter is not in B's filter box");
    assert.equal(await valueOf(page, 'new_requirement'), '', "A's draft is not in B's new-requirement field");
    assert.equal((await rows(page, 'requirement:')).length, total, "B's list is not filtered");
    assert.deepEqual(await selectedRows(page, 'requirement:'), [], 'nothing is selected in B');
    await saveScreenshot(page, 'view-state-deal-b');
    await openTab(page, 'tab_questions');
    assert.equal(await valueOf(page, 'new_question'), '', "A's question draft is not in B");

    // Back to A: all of it again.
    await openDeal(page, a);
    await openTab(page, 'tab_requirements');
    assert.equal(await valueOf(page, 'requirement_filter'), FILTER);
    assert.equal(await valueOf(page, 'new_requirement'), REQUIREMENT_DRAFT);
    assert.equal((await rows(page, 'requirement:')).length, 3, "A's list is still filtered");
    assert.deepEqual(await selectedRows(page, 'requirement:'), ['requirement:r-gorgias']);
    await saveScreenshot(page, 'view-state-back-to-a');
    await openTab(page, 'tab_questions');
    assert.equal(await valueOf(page, 'new_question'), QUESTION_DRAFT);

    // Drafts are view state: nothing was added to either deal.
    const deals = await page.evaluate(() => window.setright.state().deals);
    assert.deepEqual(deals.map((d) => d.requirements.length), [total, total]);
    assert.ok(deals.every((d) => !d.questions.some((q) => q.text === QUESTION_DRAFT)));
    assert.deepEqual(consoleErrors, []);
  });
});

// tracker.test.mjs — a deal built from nothing through real clicks and typing:
// a vendor, a must-have it only claims, a question on it, a promise; then the
// as-of date moved past the promise shows the overdue flag and blocker, a
// question tabled again on another day raises its flag, undo and redo take
// and give back one step, "answered" clears it, headers sort the tracker,
// and a reload finds everything.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, serveWebBundle, openApp, clickItem, findItem, openTab, saveScreenshot, state, typeInto, waitFor,
} from './support/app.mjs';

const hasItem = (page, id) => page.evaluate((wanted) => window.setright.items().some((i) => i.id === wanted), id);
const deal = async (page) => (await state(page)).deals[0];
const untilDeal = (page, accept, what) =>
  waitFor(page, () => window.setright.state().deals[0], accept, { what });

async function choose(page, combo, option) {
  await clickItem(page, combo);
  await clickItem(page, option);
}

async function overviewShows(page, id, shown) {
  await openTab(page, 'tab_overview');
  await waitFor(page, (wanted) => window.setright.items().some((i) => i.id === wanted), (s) => s === shown,
    { what: `${id} ${shown ? 'shown' : 'gone'}`, arg: id });
}

test('requirement, question, promise, overdue, tabled again, undo, answered, sort, reload', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'new_deal');
    await untilDeal(page, Boolean, 'a blank deal');
    await typeInto(page, 'as_of_date', '2026-03-02');
    await findItem(page, 'as_of_today');
    // A blank deal judges nothing: never a green READY, and it says what to add.
    const blank = (await findItem(page, 'verdict')).label;
    assert.match(blank, /^Nothing to judge yet: add the vendors/, 'an empty deal is not ready to sign');

    await openTab(page, 'tab_vendors');
    await typeInto(page, 'new_vendor', 'Acme SMS');
    const withVendor = await untilDeal(page, (d) => d.vendors?.length === 1, 'the vendor');
    assert.equal(withVendor.primary_vendor, withVendor.vendors[0].id, 'the first vendor is the one judged');
    await openTab(page, 'tab_overview');
    assert.match((await findItem(page, 'verdict')).label, /^Nothing to judge yet for Acme SMS: mark the requirements/, 'no must-have yet');

    await openTab(page, 'tab_requirements');
    await typeInto(page, 'new_requirement', 'Delivery report for every message');
    await untilDeal(page, (d) => d.requirements?.length === 1, 'the requirement');
    await choose(page, 'priority:r-1', 'priority:r-1:0'); // must
    await choose(page, 'claim:r-1', 'claim:r-1:1');       // claimed
    const claimed = await untilDeal(page, (d) => d.requirements[0].claims?.[0]?.status === 'claimed', 'the claim');
    assert.equal(claimed.requirements[0].priority, 'must');
    await saveScreenshot(page, 'tracker-requirements');

    await openTab(page, 'tab_questions');
    await typeInto(page, 'new_question', 'Can we get a delivery report per message, in writing?');
    await untilDeal(page, (d) => d.questions?.length === 1, 'the question');
    await choose(page, 'question_requirement', 'question_requirement:r-1');
    const asked = await untilDeal(page, (d) => d.questions[0].requirement === 'r-1', 'the link');
    assert.equal(asked.questions[0].asked_at, '2026-03-02', 'asked at the as-of date');

    await clickItem(page, 'promise:q-1');
    await typeInto(page, 'promise_date', '2026-03-06', { enter: false });
    await typeInto(page, 'promise_whom', 'Anna', { enter: false });
    await clickItem(page, 'promise_ok');
    const promised = await untilDeal(page, (d) => d.questions[0].status === 'promised', 'the promise');
    assert.equal(promised.questions[0].promised_by, '2026-03-06');
    assert.equal(promised.questions[0].promised_by_whom, 'Anna');

    await overviewShows(page, 'flag:must_have_only_claimed:r-1', true);
    assert.equal(await hasItem(page, 'flag:promised_answer_overdue:q-1'), false, 'not overdue on the 2nd');

    await typeInto(page, 'as_of_date', '2026-03-09');
    await overviewShows(page, 'flag:promised_answer_overdue:q-1', true);
    const blockers = (await page.evaluate(() => window.setright.items()))
      .filter((i) => i.id.startsWith('blocker:')).map((i) => i.label).join('\n');
    assert.match(blockers, /promised by 6 Mar 2026; 3 days later it is still not answered/,
      `a blocker says the promise is overdue:\n${blockers}`);
    assert.match((await findItem(page, 'verdict')).label, /not ready/i);
    await saveScreenshot(page, 'tracker-overdue');

    await openTab(page, 'tab_questions');
    await clickItem(page, 'tabled:q-1');
    await untilDeal(page, (d) => d.questions[0].history.length === 2, 'the tabled event');
    await overviewShows(page, 'flag:question_tabled_again:q-1', true);

    await page.keyboard.press('Control+Z');
    await untilDeal(page, (d) => d.questions[0].history.length === 1, 'undo');
    await overviewShows(page, 'flag:question_tabled_again:q-1', false);
    await page.keyboard.press('Control+Shift+Z');
    await untilDeal(page, (d) => d.questions[0].history.length === 2, 'redo');

    await openTab(page, 'tab_questions');
    await clickItem(page, 'answered:q-1');
    const answered = await untilDeal(page, (d) => d.questions[0].status === 'answered', 'answered');
    assert.equal(answered.questions[0].answered_at, '2026-03-09');
    assert.equal(await hasItem(page, 'answered:q-1'), false, 'no more actions on an answered question');
    await overviewShows(page, 'flag:promised_answer_overdue:q-1', false);

    // Two more, then sort by the question text both ways.
    await openTab(page, 'tab_questions');
    await typeInto(page, 'new_question', 'Zero-downtime upgrades?');
    await typeInto(page, 'new_question', 'API rate limits?');
    await untilDeal(page, (d) => d.questions.length === 3, 'three questions');
    const order = async () => (await page.evaluate(() => window.setright.items()))
      .filter((i) => i.id.startsWith('question:')).sort((a, b) => a.rect.y - b.rect.y).map((i) => i.id);
    await clickItem(page, 'sort_text');
    await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('question:'))
      .sort((a, b) => a.rect.y - b.rect.y).map((i) => i.id).join(), (o) => o === 'question:q-3,question:q-1,question:q-2',
    { what: 'A to Z' });
    await clickItem(page, 'sort_text');
    await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('question:'))
      .sort((a, b) => a.rect.y - b.rect.y).map((i) => i.id).join(), (o) => o === 'question:q-2,question:q-1,question:q-3',
    { what: 'Z to A' });
    assert.deepEqual(await order(), ['question:q-2', 'question:q-1', 'question:q-3']);
    await clickItem(page, 'question:q-1');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'question:q-1').selected, Boolean,
      { what: 'q-1 selected' });
    await saveScreenshot(page, 'tracker-questions');

    const before = await deal(page);
    await page.waitForTimeout(1200); // saved within a second
    await page.reload();
    await page.evaluate(() => window.setright.ready);
    await untilDeal(page, Boolean, 'the deal after reload');
    assert.deepEqual(await deal(page), before, 'everything is there after a reload');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

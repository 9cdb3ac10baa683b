// perspective.test.mjs — a deal shows the tabs and words of its perspective:
// a buyer's deal has no seller wording and keeps customer lifetime value under
// "More"; the perspective is switched beside the title and undone like any
// edit; the deal's vendors are offered as the decision without retyping them;
// a template's guidance (the deal's notes) heads the Overview until hidden,
// and stays hidden for that deal after a reload.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, openApp, clickItem, findItem, items, openTab, saveScreenshot, typeInto, waitFor, sharedBrowser,
} from './support/app.mjs';

const deal = (page, accept = Boolean, what = 'the deal') => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
const has = async (page, id) => (await items(page)).some((i) => i.id === id);
const SELLER_WORDS = /Say early what the product does not do|what the customer brings/;

async function buyerDeal(page) {
  await clickItem(page, 'new_from_template');
  await clickItem(page, 'template:buyer-saas-evaluation');
  return deal(page);
}

const shared = sharedBrowser();

test('a buyer\'s deal: buyer words, CLV under More, the perspective switched and undone', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  const evaluation = await buyerDeal(page);
  assert.equal(evaluation.perspective, 'buyer');
  for (const id of ['tab_overview', 'tab_requirements', 'tab_questions', 'tab_timeline', 'tab_vendors', 'tab_fit_decision', 'tab_more'])
    await findItem(page, id);
  for (const id of ['tab_relationship', 'tab_study', 'tab_case']) assert.ok(!(await has(page, id)), `${id} waits under More`);
  const row = (await items(page)).filter((i) => i.kind === 'tab').map((i) => i.id);
  assert.equal(row.at(-1), 'tab_more', 'More ends the row');

  await openTab(page, 'tab_fit_decision');
  assert.match((await findItem(page, 'fit_why')).label, /what each vendor says its product does not do/);
  await clickItem(page, 'tab_more');
  await findItem(page, 'tab_study');
  await clickItem(page, 'tab_relationship');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'tab_relationship')?.selected, Boolean, { what: 'CLV open' });
  assert.match((await findItem(page, 'clv_intro')).label, /vendor's arithmetic/);
  // A new deal has no steps after signing: the checklist says what goes there, not "0 of 0 done".
  const checklist = await page.evaluate(() => document.getElementById('a11y')?.textContent ?? '');
  assert.match(checklist, /No steps yet\. List what must happen after signing/);
  assert.doesNotMatch(checklist, /0 of 0 done/);
  const labels = (await items(page)).map((i) => i.label).join('\n');
  assert.doesNotMatch(labels, SELLER_WORDS);
  await saveScreenshot(page, 'perspective-buyer-clv-1280');

  // Seen by the rep instead: the relationship tab joins the row, the words change; undo brings the buyer back.
  await openTab(page, 'tab_fit_decision');
  await clickItem(page, 'deal_perspective');
  await clickItem(page, 'deal_perspective:1');
  await deal(page, (d) => d.perspective === 'rep', 'seen by the rep');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'fit_why')?.label ?? '', (l) => /Say early/.test(l),
    { what: 'the rep\'s words' });
  assert.ok(await has(page, 'tab_relationship'), 'a rep\'s deal shows CLV in the row');
  await page.keyboard.press('Control+Z');
  await deal(page, (d) => d.perspective === 'buyer', 'undo');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'tab_relationship'), (shown) => !shown, { what: 'CLV under More again' });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('the deal\'s vendors are offered as the decision, without typing them again', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await buyerDeal(page);
  await openTab(page, 'tab_vendors');
  await typeInto(page, 'new_vendor', 'Initech');
  const withThird = await deal(page, (d) => d.vendors.length === 3, 'the third vendor');
  const initech = withThird.vendors.find((v) => v.name === 'Initech');
  await openTab(page, 'tab_fit_decision');
  await clickItem(page, 'decision_option');
  const offered = await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('decision_option:')).map((i) => i.label),
    (list) => list.length > 0, { what: 'the choices' });
  assert.ok(offered.includes('Initech'), `offered: ${offered.join(', ')}`);
  await saveScreenshot(page, 'perspective-decision-vendors-1280');
  await clickItem(page, `decision_option:vendor:${initech.id}`);
  const decided = await deal(page, (d) => d.decision?.option, 'the decision');
  const option = decided.options.find((o) => o.id === decided.decision.option);
  assert.equal(option.vendor, initech.id);
  assert.equal(option.title, 'Initech');
  assert.equal(decided.options.length, withThird.options.length + 1);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('a template\'s notes head the Overview, hidden per deal and remembered', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  const evaluation = await buyerDeal(page);
  const notes = await findItem(page, 'overview_notes');
  assert.equal(notes.label, evaluation.notes);
  const verdict = await findItem(page, 'verdict'); // wide: the notes head the pane beside the verdict, at its height
  assert.ok(notes.rect.y < verdict.rect.y + verdict.rect.h, 'at the top, beside the verdict');
  await saveScreenshot(page, 'perspective-overview-notes-1280');
  await clickItem(page, 'overview_notes_hide');
  await findItem(page, 'overview_notes_show');
  assert.ok(!(await has(page, 'overview_notes')));
  await page.close();

  const again = await openApp(shared.context, `${shared.url}?lang=en`);
  await clickItem(again.page, `deal_row:${evaluation.id}`);
  await findItem(again.page, 'overview_notes_show');
  assert.ok(!(await has(again.page, 'overview_notes')), 'still hidden after a reload');
  await clickItem(again.page, 'overview_notes_show');
  await findItem(again.page, 'overview_notes');
  assert.deepEqual([...consoleErrors, ...again.consoleErrors], []);
  await again.page.close();
});

test('on a phone: the notes, the row of tabs with More, the perspective', async () => {
  const phone = await launchBrowser([], { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const { page, consoleErrors } = await openApp(phone.context, `${shared.url}?lang=nb`);
    await clickItem(page, 'welcome_buyer');
    await findItem(page, 'overview_notes');
    await findItem(page, 'deal_perspective');
    await saveScreenshot(page, 'perspective-overview-notes-390');
    // The strip of tabs scrolls sideways (a finger drags it; here the wheel does) to More at its end.
    for (let i = 0; i < 20 && !(await has(page, 'tab_more')); ++i) {
      const strip = (await items(page)).find((item) => item.kind === 'tab');
      await page.mouse.move(strip.rect.x + strip.rect.w / 2, strip.rect.y + strip.rect.h / 2);
      await page.mouse.wheel(120, 0);
      await page.waitForTimeout(80);
    }
    assert.ok(!(await has(page, 'tab_relationship')), 'CLV under More on a phone too');
    await clickItem(page, 'tab_more');
    await findItem(page, 'tab_relationship');
    await saveScreenshot(page, 'perspective-more-390');
    await page.keyboard.press('Escape');
    await openTab(page, 'tab_fit_decision');
    await findItem(page, 'fit_why');
    await saveScreenshot(page, 'perspective-fit-390');
    assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id} ${p.detail}`), []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await phone.close();
  }
});

// tabs.test.mjs — the Timeline, Vendors, Fit & decision and Relationship tabs
// through real clicks and typing on the built-in templates: each shows what
// it is for and each edit lands in the workspace (and can be undone).
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, clickItem, findItem, items, openTab, saveScreenshot, scrollTo, typeInto, waitFor, sharedBrowser,
} from './support/app.mjs';

const deal = (page) => waitFor(page, () => window.setright.state().deals.at(-1), Boolean, { what: 'the deal' });
const untilDeal = (page, accept, what) => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
const ids = async (page, prefix) => (await page.evaluate(() => window.setright.items()))
  .filter((i) => i.id.startsWith(prefix)).map((i) => i.id);

// The tests share one browser profile, so earlier tests' deals are there too:
// wait for one more deal than before, not just for any.
async function fromTemplate(page, name) {
  const before = await page.evaluate(() => window.setright.state().deals.length);
  await clickItem(page, 'new_from_template');
  await clickItem(page, `template:${name}`);
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === before + 1, { what: `the deal from ${name}` });
  return deal(page);
}

const shared = sharedBrowser();

test('timeline: touches on the axis with the waits, a new touch with an offer', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  const sms = await fromTemplate(page, 'sms-vendor-case');
  await openTab(page, 'tab_timeline');
  assert.match((await findItem(page, 'responsiveness')).label, /^5 requests to SMS vendor · first reply: median 25\.0 d/);
  // Touches too close to tell apart share one mark: touch_mark:<id>,<id>,…
  const marked = (await ids(page, 'touch_mark:')).flatMap((id) => id.slice('touch_mark:'.length).split(','));
  assert.deepEqual(marked.sort(), sms.timeline.map((t) => t.id).sort(), 'every touch on the axis');
  await saveScreenshot(page, 'tab-timeline');

  await clickItem(page, 'add_touch');
  const added = await untilDeal(page, (d) => d.timeline.length === sms.timeline.length + 1, 'the new touch');
  const touch = added.timeline.at(-1);
  await findItem(page, `touch_mark:${touch.id}`);
  await clickItem(page, 'touch_has_offer');
  await typeInto(page, 'offer_terms', '50% off forever if signed before 31 Dec', { enter: false });
  await typeInto(page, 'offer_expires', '2030-12-31');
  const offered = await untilDeal(page, (d) => d.timeline.at(-1).offer?.expires === '2030-12-31', 'the offer');
  assert.equal(offered.timeline.at(-1).offer.terms, '50% off forever if signed before 31 Dec');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('vendors: the weighted comparison, a new vendor, the judged vendor switched', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=nb`);
  const evaluation = await fromTemplate(page, 'buyer-saas-evaluation');
  await openTab(page, 'tab_vendors');
  assert.equal((await ids(page, 'coverage_row:')).length, 2);
  await saveScreenshot(page, 'tab-vendors');
  const other = evaluation.vendors.find((v) => v.id !== evaluation.primary_vendor);
  await clickItem(page, `primary_vendor:${other.id}`);
  await untilDeal(page, (d) => d.primary_vendor === other.id, 'the judged vendor');
  await openTab(page, 'tab_overview');
  assert.ok((await findItem(page, 'verdict')).label.endsWith(other.name), 'the overview judges the chosen vendor');
  assert.ok(!(await items(page)).some((i) => i.id === `judge_vendor:${other.id}`), 'side by side, the chosen one is the one judged');
  await page.keyboard.press('Control+Z');
  await untilDeal(page, (d) => d.primary_vendor === evaluation.primary_vendor, 'undo');

  await openTab(page, 'tab_vendors');
  await typeInto(page, 'new_vendor', 'Tredje AS');
  await untilDeal(page, (d) => d.vendors.length === 3, 'the new vendor');
  await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('coverage_row:')).length, (n) => n === 3,
    { what: 'three vendors compared' });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('fit & decision: no decision is offered when missing, the decision is recorded', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ko`);
  await fromTemplate(page, 'buyer-saas-evaluation');
  await openTab(page, 'tab_fit_decision');
  const withOptions = await deal(page);
  const noDecision = withOptions.options.find((o) => o.no_decision);
  await clickItem(page, `delete_option:${noDecision.id}`);
  await findItem(page, 'add_no_decision');
  await clickItem(page, 'add_no_decision');
  const restored = await untilDeal(page, (d) => d.options.some((o) => o.no_decision), 'no decision back');
  const keep = restored.options.find((o) => o.no_decision);
  await clickItem(page, 'decision_option');
  await clickItem(page, `decision_option:${keep.id}`);
  await untilDeal(page, (d) => d.decision?.option === keep.id, 'the decision');
  await typeInto(page, 'new_fit', '온프레미스 설치는 지원하지 않습니다');
  await untilDeal(page, (d) => d.not_a_fit?.some((f) => f.text === '온프레미스 설치는 지원하지 않습니다'), 'the Korean statement');
  assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
  await saveScreenshot(page, 'tab-fit-decision');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('relationship: CLV with its formulas follows the inputs; the post-sale checklist', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  const after = await fromTemplate(page, 'after-signature');
  await openTab(page, 'tab_relationship');
  const before = (await findItem(page, 'clv_value')).label;
  assert.match(before, /^CLV = .* × .* = /);
  await findItem(page, 'clv_margin_formula');
  await findItem(page, 'clv_plus_five');
  await saveScreenshot(page, 'tab-relationship');

  await typeInto(page, 'clv_revenue', '100000');
  await untilDeal(page, (d) => d.clv.revenue_per_period === 100000, 'the revenue');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'clv_value').label, (l) => l !== before,
    { what: 'CLV to follow' });

  const first = after.post_sale[0];
  await clickItem(page, `post_sale_done:${first.id}`);
  await untilDeal(page, (d) => d.post_sale[0].done !== first.done, 'the step ticked');
  await scrollTo(page, 'new_post_sale', { x: 1000 });
  await typeInto(page, 'new_post_sale', 'Quarterly check-in with the sponsor');
  await untilDeal(page, (d) => d.post_sale.length === after.post_sale.length + 1, 'the new step');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

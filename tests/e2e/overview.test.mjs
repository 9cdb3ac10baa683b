// overview.test.mjs — the Overview leads to what it names: a click on a
// blocker opens its must-have on the Requirements tab, a next question that
// question, each selected and in view (a filter that would hide it is
// cleared). Red flags lead the same way (open_subject, tested in
// tests/app/test_view_state.cpp); the buyer's template starts with none.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, clickItem, findItem, items, openTab, typeInto, waitFor } from './support/app.mjs';

const selectedRow = (page, prefix) =>
  waitFor(page, (p) => window.setright.items().find((i) => i.id.startsWith(p) && i.selected)?.id, Boolean,
    { what: `a selected ${prefix} row`, arg: prefix });
const tabOpens = (page, tab) =>
  waitFor(page, (t) => window.setright.items().find((i) => i.id === t)?.selected, Boolean, { what: `${tab} open`, arg: tab });

test('a click on a blocker or a next question opens what it is about', () => withBrowser(async (context, url) => {
  const { page, consoleErrors } = await openApp(context, url);
  await clickItem(page, 'welcome_buyer');

  // A filter on the Requirements tab that hides every row: the blocker's must-have is shown all the same.
  await openTab(page, 'tab_requirements');
  await typeInto(page, 'requirement_filter', 'no requirement says this', { enter: false });
  await openTab(page, 'tab_overview');
  const blocker = await findItem(page, 'blocker:0');
  await clickItem(page, 'blocker:0');
  await tabOpens(page, 'tab_requirements');
  const row = await selectedRow(page, 'requirement:');
  assert.ok(blocker.label.includes((await findItem(page, row)).label.replace(/…$/, '').slice(0, 20)),
    `the blocker "${blocker.label}" is about the selected requirement ${row}`);

  await openTab(page, 'tab_overview');
  const question = (await items(page)).find((i) => i.id.startsWith('next_question:'));
  assert.ok(question, 'the buyer template lists next questions');
  await clickItem(page, question.id);
  await tabOpens(page, 'tab_questions');
  assert.equal(await selectedRow(page, 'question:'), `question:${question.id.slice('next_question:'.length)}`);
  assert.deepEqual(consoleErrors, []);
}));

test('two vendors side by side on the Overview: each one’s verdict and coverage, and a click judges the other', () => withBrowser(async (context, url) => {
  const { page, consoleErrors } = await openApp(context, url);
  await clickItem(page, 'welcome_buyer');
  assert.match((await findItem(page, 'verdict')).label, /Vendor A$/);
  for (const vendor of ['v-a', 'v-b']) {
    assert.equal((await findItem(page, `standing:${vendor}`)).label.replace(/^\S+\s+/, ''), 'Not ready: 4 blockers');
    assert.equal((await findItem(page, `standing_coverage:${vendor}`)).label, '0% weighted coverage · 0 of 4 must-haves verified');
  }
  assert.ok(!(await items(page)).some((i) => i.id === 'judge_vendor:v-a'), 'the judged vendor has no button to judge it');
  await clickItem(page, 'judge_vendor:v-b');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'verdict')?.label, (l) => /Vendor B$/.test(l),
    { what: 'the verdict about Vendor B' });
  await findItem(page, 'judge_vendor:v-a');
  assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id}`), []);
  assert.deepEqual(consoleErrors, []);
}));

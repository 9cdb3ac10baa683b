// journeys.test.mjs — journeys that must work the first time (issue #16):
// Enter in a "new …" field adds the item and leaves the field ready for the
// next one, typed from the keyboard alone; dates are read as people write
// them, and text that is not a date stays in its field, marked, with a line
// saying what works, while the stored date stays as it was.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, clickItem, findItem, openTab, saveScreenshot, state, typeInto, waitFor, sharedBrowser,
} from './support/app.mjs';

const lastDeal = (page, accept, what) => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
const item = (page, id) => page.evaluate((wanted) => window.setright.items().find((i) => i.id === wanted), id);
const labelOf = async (page, id) => (await findItem(page, id)).label;

async function newDeal(page) {
  const before = (await state(page)).deals.length;
  await clickItem(page, 'new_deal');
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === before + 1, { what: 'a new deal' });
}

// Keys only: each name typed and Enter pressed, the field never clicked again.
async function typeEach(page, names) {
  for (const name of names) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
}

// The Overview's "as of …" line once it says `wanted`.
const asOfSays = (page, wanted) => waitFor(page, () => window.setright.items().find((i) => i.id === 'verdict_as_of')?.label,
  (label) => label === wanted, { what: `the verdict judged ${wanted}` });

const shared = sharedBrowser();

test('Enter adds an item and the field stays ready for the next: vendors, requirements', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await newDeal(page);

  await openTab(page, 'tab_vendors');
  await clickItem(page, 'new_vendor');
  await typeEach(page, ['Northwind CRM', 'Contoso Sales Cloud']);
  const vendors = await lastDeal(page, (d) => d.vendors?.length === 2, 'two vendors');
  assert.deepEqual(vendors.vendors.map((v) => v.name), ['Northwind CRM', 'Contoso Sales Cloud']);
  assert.equal((await item(page, 'new_vendor')).value, '', 'the field is empty for a third');

  await openTab(page, 'tab_requirements');
  await clickItem(page, 'new_requirement');
  await typeEach(page, ['Single sign-on', 'Export to CSV']);
  const requirements = await lastDeal(page, (d) => d.requirements?.length === 2, 'two requirements');
  assert.deepEqual(requirements.requirements.map((r) => r.text), ['Single sign-on', 'Export to CSV']);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('lines pasted into an add field are one item each, undone in one step', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await shared.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newDeal(page);
  await openTab(page, 'tab_requirements');
  await clickItem(page, 'new_requirement');
  await page.keyboard.type('Single sign-on');
  await page.keyboard.press('Enter');
  // A column copied from a spreadsheet: Windows line ends, a blank line, a trailing break.
  await page.evaluate(() => navigator.clipboard.writeText('Two-way sync\r\nAudit log\r\n\r\n  Mobile app \r\n'));
  const cdp = await page.context().newCDPSession(page);
  const ctrlV = { key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 2 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...ctrlV, commands: ['paste'] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...ctrlV });
  const pasted = await lastDeal(page, (d) => d.requirements?.length === 4, 'four requirements');
  assert.deepEqual(pasted.requirements.map((r) => r.text), ['Single sign-on', 'Two-way sync', 'Audit log', 'Mobile app']);
  assert.equal((await item(page, 'new_requirement')).value, '', 'the field is empty, ready for more');

  // One undo takes the whole paste back; the requirement typed before it stays.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Z');
  const undone = await lastDeal(page, (d) => d.requirements?.length === 1, 'the paste undone');
  assert.deepEqual(undone.requirements.map((r) => r.text), ['Single sign-on']);
  assert.deepEqual(consoleErrors, []);
});

test('Ctrl+Z in an open add field: typing is undone in the field first, then the item added', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await newDeal(page);
  await openTab(page, 'tab_requirements');
  await clickItem(page, 'new_requirement');
  await typeEach(page, ['Single sign-on', 'Audit log']);
  await lastDeal(page, (d) => d.requirements?.length === 2, 'two requirements');
  const field = () => waitFor(page, () => window.setright.items().find((i) => i.id === 'new_requirement')?.value, () => true);

  // Typed, not yet added: the field's own undo takes the last letter back, nothing else.
  await page.keyboard.type('Mob');
  await page.keyboard.press('Control+Z');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'new_requirement')?.value, (v) => v !== 'Mob',
    { what: 'the typing undone in the field' });
  assert.equal((await state(page)).deals.at(-1).requirements.length, 2, 'no requirement taken back while the field has typing to undo');
  // Back to empty: the next Ctrl+Z is the app's, with the field still open.
  for (let i = 0; i < 3 && (await field()) !== ''; ++i) await page.keyboard.press('Control+Z');
  assert.equal(await field(), '');
  await page.keyboard.press('Control+Z');
  const undone = await lastDeal(page, (d) => d.requirements?.length === 1, 'the last requirement added taken back');
  assert.deepEqual(undone.requirements.map((r) => r.text), ['Single sign-on']);
  assert.equal(await field(), '', 'the field does not get the added text back');
  await page.keyboard.press('Control+Shift+Z');
  await lastDeal(page, (d) => d.requirements?.length === 2, 'the requirement redone');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('a requirement\'s owner shows and takes a person\'s name, stored as their id; its notes take several lines', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await newDeal(page);
  await openTab(page, 'tab_vendors');
  await clickItem(page, 'new_person');
  await typeEach(page, ['Ingrid Thorsen', '김민준']);
  const people = (await lastDeal(page, (d) => d.people?.length === 2, 'two people')).people;
  await openTab(page, 'tab_requirements');
  await clickItem(page, 'new_requirement');
  await typeEach(page, ['Single sign-on']);
  await findItem(page, 'requirement_owner');

  await typeInto(page, 'requirement_owner', 'Ingrid Thorsen');
  await lastDeal(page, (d) => d.requirements[0].owner === people[0].id, 'the owner stored as the person\'s id');
  assert.equal((await item(page, 'requirement_owner')).value, 'Ingrid Thorsen', 'the field shows the name, not the id');

  // Picked from the list of the deal's people.
  await clickItem(page, 'requirement_owner:people');
  await clickItem(page, `requirement_owner:${people[1].id}`);
  await lastDeal(page, (d) => d.requirements[0].owner === people[1].id, 'the owner picked from the list');
  // The pick lands in the model mid-frame, after the field was drawn: the next frame shows it.
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'requirement_owner')?.value, (v) => v === '김민준',
    { what: 'the picked name in the field' });
  await saveScreenshot(page, 'journeys-requirement-owner');

  // Someone not in the deal stays as typed.
  await typeInto(page, 'requirement_owner', 'Legal team');
  await lastDeal(page, (d) => d.requirements[0].owner === 'Legal team', 'a name typed that is nobody in the deal');

  // Notes: a few lines in the buyer's own words, kept as typed.
  await typeInto(page, 'requirement_notes', 'Ask IT first', { enter: false });
  await page.keyboard.press('Enter');
  await page.keyboard.type('then legal (법무)');
  await lastDeal(page, (d) => d.requirements[0].notes === 'Ask IT first\nthen legal (법무)', 'the notes stored');
  assert.deepEqual(consoleErrors, []);
});

test('the as-of date: named months, text that is not a date kept and marked, left by Tab', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await newDeal(page);
  await typeInto(page, 'as_of_date', '15 Dec 2026');
  await asOfSays(page, 'as of 15 Dec 2026');
  assert.equal(await item(page, 'as_of_date:unread'), undefined, 'a date that reads says nothing');

  await typeInto(page, 'as_of_date', '15 Dez 2026');
  const said = await labelOf(page, 'as_of_date:unread');
  assert.match(said, /^“15 Dez 2026” is not a date; try \d{1,2} [A-Z][a-z]{2} \d{4} or \d{4}-\d\d-\d\d$/);
  assert.equal((await item(page, 'as_of_date')).value, '15 Dez 2026', 'the typed text stays in the field');
  assert.equal(await labelOf(page, 'verdict_as_of'), 'as of 15 Dec 2026', 'the date stays as it was');
  assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id} ${p.detail}`), []);
  await saveScreenshot(page, 'journeys-date-not-read');

  // Fixed, and left with Tab rather than Enter.
  await clickItem(page, 'as_of_date');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Dec 16, 2026');
  await page.keyboard.press('Tab');
  await asOfSays(page, 'as of 16 Dec 2026');
  assert.equal(await item(page, 'as_of_date:unread'), undefined, 'the line goes once the date reads');
  assert.equal((await item(page, 'as_of_date')).value, '16 Dec 2026');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('a calendar is one click away from every date field: a month moved, a day picked', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=nb`);
  await newDeal(page);
  await clickItem(page, 'as_of_date:calendar');
  const month = await labelOf(page, 'as_of_date:month');
  assert.match(month, /^[a-zæøå]+ \d{4}$/, `a Norwegian month: ${month}`);
  await saveScreenshot(page, 'journeys-date-picker-nb');
  assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id} ${p.detail}`), []);
  await clickItem(page, 'as_of_date:next_month');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'as_of_date:month')?.label, (l) => l !== month,
    { what: 'the next month shown' });
  const days = (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith('as_of_date:day:'));
  assert.equal(days.length, 42, 'six weeks');
  const fifteenth = days.find((d) => d.id.endsWith('-15'));
  await clickItem(page, fifteenth.id);
  const picked = fifteenth.id.slice('as_of_date:day:'.length);
  const [y, m, d] = picked.split('-');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'as_of_date')?.value, (v) => v === `${d}.${m}.${y}`,
    { what: `the as-of date ${picked}` });
  assert.ok(!(await page.evaluate(() => window.setright.items())).some((i) => i.id.startsWith('as_of_date:day:')), 'the calendar closed');
  assert.deepEqual(consoleErrors, []);
});

test('a stored date is not touched while its field holds text that is not a date; emptied, it is none', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await newDeal(page);
  await openTab(page, 'tab_requirements');
  await typeInto(page, 'new_requirement', 'Audit log');
  await lastDeal(page, (d) => d.requirements?.length === 1, 'the requirement');
  await typeInto(page, 'requirement_due', '28 February 2027');
  await lastDeal(page, (d) => d.requirements[0].due === '2027-02-28', 'the due date');

  await typeInto(page, 'requirement_due', '31 Feb 2027');
  assert.match(await labelOf(page, 'requirement_due:unread'), /^“31 Feb 2027” is not a date/);
  await page.waitForTimeout(300);
  assert.equal((await state(page)).deals.at(-1).requirements[0].due, '2027-02-28', 'nothing stored changes');
  assert.equal((await item(page, 'requirement_due')).value, '31 Feb 2027');

  await clickItem(page, 'requirement_due');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await lastDeal(page, (d) => d.requirements[0].due === undefined, 'no due date');
  assert.equal(await item(page, 'requirement_due:unread'), undefined);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('each language reads its own way of writing a date, and what it shows', async () => {
  const cases = [
    { lang: 'ko', typed: '2026년 12월 17일', shown: '기준일 2026. 12. 17.', again: '2026. 12. 18.', shownAgain: '기준일 2026. 12. 18.' },
    { lang: 'nb', typed: '15. des. 2026', shown: 'per 15.12.2026', again: '16/12/2026', shownAgain: 'per 16.12.2026' },
    { lang: 'ru', typed: '16 декабря 2026', shown: 'на 16.12.2026', again: '17 дек. 2026', shownAgain: 'на 17.12.2026' },
    { lang: 'en', typed: '2026/12/19', shown: 'as of 19 Dec 2026', again: '20 december 2026', shownAgain: 'as of 20 Dec 2026' },
  ];
  for (const { lang, typed, shown, again, shownAgain } of cases) {
    const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=${lang}`);
    await newDeal(page);
    await typeInto(page, 'as_of_date', typed);
    await asOfSays(page, shown);
    await typeInto(page, 'as_of_date', again);
    await asOfSays(page, shownAgain);
    // What the field shows, typed back after going to today, is the same day.
    const inField = (await item(page, 'as_of_date')).value;
    await clickItem(page, 'as_of_today');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'as_of_today'), (s) => !s, { what: 'back to today' });
    await typeInto(page, 'as_of_date', inField);
    await asOfSays(page, shownAgain);
    assert.equal(await item(page, 'as_of_date:unread'), undefined, `${lang}: nothing to complain about`);
    assert.deepEqual(consoleErrors, []);
    await page.close();
  }
});

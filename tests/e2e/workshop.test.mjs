// workshop.test.mjs — a workshop through real clicks, typing and keys: a
// participant plays the built-in SMS vendor case to the end and exports the
// answers; the trainer drops five participants' files (and a broken one) on
// the room, previews them and exports the debrief; forged answers for Ana in
// a link are shown as replacing hers and change nothing until accepted; the
// presenter view moves with the arrow keys in large type; any deal becomes a
// case with "Make this a case"; and the single-file build plays a case with
// the network refused.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import {
  launchBrowser, serveWebBundle, openApp, buildDir, clickItem, dropFiles, findItem, openTab, refuseNetwork, saveScreenshot, scrollTo,
  state, typeInto, waitFor, items,
} from './support/app.mjs';

// A tall screen, so the answer panel and the key editor show whole without scrolling.
const TALL = { viewport: { width: 1280, height: 1400 } };
const untilLabel = (page, id, accept, what) =>
  waitFor(page, (wanted) => window.setright.items().find((i) => i.id === wanted)?.label, accept, { what, arg: id });

// What Ana ticks at each of the case's eight steps (her ticks stay at the later steps).
const ANA = [
  { step: 's1-three-reps', flags: ['vendor_contact_turnover'], decision: 'wait', question: 'Who will own our account?' },
  { step: 's2-first-call', flags: [], decision: 'wait' },
  { step: 's3-demo', flags: ['must_have_only_claimed'], decision: 'wait', question: 'Can we see Recharge working in a sandbox?' },
  { step: 's4-follow-up', flags: ['question_tabled_again'], decision: 'wait' },
  { step: 's5-late', flags: ['promised_answer_overdue'], decision: 'wait' },
  { step: 's6-offer', flags: ['offer_expiring_unverified'], decision: 'walk_away' },
  { step: 's7-signed', flags: [], decision: 'walk_away' },
  { step: 's8-not-live', flags: [], decision: 'walk_away' },
];

async function openCase(page, template) {
  const before = (await state(page)).deals.length;
  await clickItem(page, 'new_from_template');
  await clickItem(page, `template:${template}`);
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === before + 1, { what: template });
  await openTab(page, 'tab_case');
}

async function playStep(page, answer) {
  for (const flag of answer.flags) await clickItem(page, `case.flag.${flag}`);
  await clickItem(page, `case.decision.${answer.decision}`);
  if (answer.question) await typeInto(page, 'case.question', answer.question, { enter: false });
}

// Next, then wait for the new step's title, as a person looks before going on.
async function nextStep(page) {
  const title = (await findItem(page, 'case.step_title')).label;
  await clickItem(page, 'case.next');
  return untilLabel(page, 'case.step_title', (t) => t !== title, 'the next step');
}

async function download(page, id) {
  const [file] = await Promise.all([page.waitForEvent('download'), clickItem(page, id)]);
  return { name: file.suggestedFilename(), text: fs.readFileSync(await file.path(), 'utf8') };
}

function sheet(deal, participant, answers) {
  return { name: `${participant}.json`, text: JSON.stringify({ format: 'setright-answers', version: 1, deal, participant, answers }) };
}

// The web bundle served, a tall browser, the app open in `lang`; closed after.
async function withServedApp(lang, body) {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], TALL);
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${lang}`);
    await body({ page, consoleErrors });
  } finally {
    await browser.close();
    server.close();
  }
}

test('a participant plays the SMS vendor case to the end and exports the answers; the trainer sees the room', () => withServedApp('en', async ({ page, consoleErrors }) => {
  await openCase(page, 'sms-vendor-case');
  const deal = (await state(page)).deals[0].id; // a deal from a template gets an id of its own
  await clickItem(page, 'case.mode.play');
  await typeInto(page, 'case.participant', 'Ana', { enter: false });

  for (const [index, answer] of ANA.entries()) {
    assert.equal((await findItem(page, 'case.step_title')).label !== '', true);
    await playStep(page, answer);
    await waitFor(page, (id) => window.setright.items().find((i) => i.id === id)?.selected, Boolean,
      { what: `step ${index + 1}: the decision ticked`, arg: `case.decision.${answer.decision}` });
    if (index < ANA.length - 1) await nextStep(page);
  }
  // The last step shows the score against the key: 5 of the 9 expected signs.
  const score = await untilLabel(page, 'case.score', Boolean, 'the score');
  assert.match(score, /^Spotted 5 of 9 signs, 0 false alarms; decisions as in the key: 7 of 7\.$/);
  await saveScreenshot(page, 'workshop-play');

  const exported = await download(page, 'case.export_answers');
  assert.equal(exported.name, `answers-${deal}-Ana.json`);
  const answers = JSON.parse(exported.text);
  assert.equal(answers.format, 'setright-answers');
  assert.equal(answers.deal, deal);
  assert.equal(answers.participant, 'Ana');
  // Each step holds the signs ticked there: a tick stays at the later steps.
  const ticked = ANA.map((_, i) => ANA.slice(0, i + 1).flatMap((a) => a.flags));
  assert.deepEqual(answers.answers.map((a) => [a.step, a.flags, a.decision, a.question ?? '']),
    ANA.map((a, i) => [a.step, ticked[i], a.decision, a.question ?? '']));

  // A reload keeps the answers (they live in their own storage key).
  await page.reload();
  await page.waitForFunction(() => window.setright?.ready);
  await clickItem(page, `deal_row:${deal}`);
  await openTab(page, 'tab_case');
  await clickItem(page, 'case.mode.play');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'case.flag.vendor_contact_turnover')?.selected, Boolean,
    { what: 'the answer at step 1 kept over a reload' });

  // The room: Ana's file and four more dropped at once, plus one that does not fit.
  await clickItem(page, 'case.mode.room');
  const others = [
    sheet(deal, 'Bo', [{ step: 's1-three-reps', flags: [], decision: 'sign' }, { step: 's6-offer', flags: [], decision: 'sign' }]),
    sheet(deal, 'Chen', [{ step: 's3-demo', flags: ['must_have_only_claimed', 'pitch_not_qualify'], decision: 'wait' }]),
    sheet(deal, 'Dina', [{ step: 's4-follow-up', flags: ['must_have_only_claimed', 'reference_does_not_answer'], decision: 'wait' }]),
    sheet(deal, 'Emil', [{ step: 's2-first-call', flags: ['plan_too_long'], decision: 'wait' }]),
  ];
  const broken = { name: 'broken.json', text: JSON.stringify({ format: 'setright-answers', version: 1, deal, participant: 'X', answers: [{ step: 'nope' }] }) };
  await dropFiles(page, [{ name: 'ana.json', text: exported.text }, ...others, broken]);
  // The preview first: whose answers each file adds, and why one is not taken; the room is untouched until Apply.
  const title = (await state(page)).deals[0].title;
  const adds = await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('import_answers:')).map((i) => i.label),
    (lines) => lines.length === 5, { what: 'the answer files previewed' });
  assert.deepEqual(adds, ['ana.json', ...others.map((o) => o.name)].map((file, i) =>
    `${file}: adds ${['Ana', 'Bo', 'Chen', 'Dina', 'Emil'][i]}'s answers to the room of the case '${title}'`));
  assert.match((await findItem(page, 'import_problem:0')).label, /^broken\.json: \/answers\/0\/step: /);
  assert.equal((await page.evaluate(() => window.setright.items())).some((i) => i.id === 'case.room.totals'), false, 'the room is still empty');
  await clickItem(page, 'import_apply');
  const totals = await untilLabel(page, 'case.room.totals', Boolean, 'the room');
  assert.equal((await findItem(page, 'notice')).label, 'Answer files: 5 added to the room, 0 replacing earlier answers, 1 not taken (Case → Room says why)');
  // Expected signs: 9 each. Ana 5, Bo 0, Chen 2, Dina 2 (one a step late), Emil 0.
  assert.equal(totals, '5 participants. Signs spotted: 9 of 45. False alarms: 1. Decisions as in the key: 10 of 35.');
  assert.equal((await findItem(page, 'case.room.cell.must_have_only_claimed.s3-demo')).label, '2 *');
  assert.equal((await findItem(page, 'case.room.cell.must_have_only_claimed.s4-follow-up')).label, '2', 'Ana still has it ticked, and Dina');
  assert.equal((await findItem(page, 'case.room.decision.sign.s1-three-reps')).label, '1');
  assert.equal((await findItem(page, 'case.room.decision.walk_away.s6-offer')).label, '1 *');
  assert.match((await findItem(page, 'case.room.refused.0')).label, /broken\.json: \/answers\/0\/step: no step with id 'nope' in this case/);
  assert.match((await findItem(page, 'case.room.missed.slow_first_response')).label, /missed by 5 of 5$/);
  await saveScreenshot(page, 'workshop-room');

  // On a 1024×768 projector, with the deals list put away: Sign / Wait / Walk
  // away above the fold, heatmap cells big enough to read from the back.
  await page.setViewportSize({ width: 1024, height: 768 });
  await clickItem(page, 'deals_toggle');
  await waitFor(page, () => window.setright.items().some((i) => i.id.startsWith('deal_row:')), (shown) => !shown, { what: 'the list put away' });
  const walkAway = await findItem(page, 'case.room.decision.walk_away.s6-offer');
  assert.ok(walkAway.rect.y + walkAway.rect.h <= 768, `Walk away is at y ${walkAway.rect.y}: above the fold`);
  const cell = await findItem(page, 'case.room.cell.must_have_only_claimed.s3-demo');
  assert.ok(cell.rect.w >= 40, `a heatmap cell is ${cell.rect.w} px wide`);
  await saveScreenshot(page, 'workshop-room-projector');
  await clickItem(page, 'deals_toggle');
  await page.setViewportSize(TALL.viewport);

  const csv = await download(page, 'case.room.export_csv');
  assert.equal(csv.name, 'BattlBox-buys-an-SMS-marketing-tool-room.csv', 'named after the case');
  assert.match(csv.text, /\r\nmarked,s3-demo,must_have_only_claimed,2,5\r\n/);
  assert.match(csv.text, /\r\nspotted,,Ana,5,9\r\n/);
  const md = await download(page, 'case.room.export_markdown');
  assert.match(md.text, /^# Workshop debrief: /);
  assert.match(md.text, /Flags spotted: 9 of 45\. Missed: 36\. False alarms: 1\. Decisions as in the key: 10 of 35\./);

  // Forged answers for Ana in a share link, pasted into the running page: the preview says they replace
  // Ana's answers, and nothing in the room (nor what is saved of it) changes until the trainer accepts.
  const saved = () => page.evaluate(() => localStorage.getItem('setright.workshop'));
  const savedBefore = await saved();
  const forged = JSON.stringify({ format: 'setright-answers', version: 1, deal, participant: 'Ana',
    answers: [{ step: 's1-three-reps', flags: [], decision: 'sign' }] });
  const link = `#deal=${zlib.deflateRawSync(Buffer.from(forged)).toString('base64url')}`;
  await page.evaluate((hash) => { location.hash = hash; }, link);
  assert.equal(await untilLabel(page, 'import_answers:0', Boolean, 'the answers link previewed'),
    `shared-link.json: replaces Ana's answers in the room of the case '${title}' with the ones in this file`);
  await page.waitForTimeout(1500); // longer than an autosave takes to come
  assert.equal(await saved(), savedBefore, 'nothing saved before Apply');
  await clickItem(page, 'import_cancel');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'import_cancel'), (open) => !open, { what: 'the preview closed' });
  assert.equal((await findItem(page, 'case.room.totals')).label, totals, 'cancelled: the room as it was');
  assert.equal(await saved(), savedBefore);

  await page.evaluate((hash) => { location.hash = hash; }, link);
  await clickItem(page, 'import_apply');
  const replaced = await untilLabel(page, 'case.room.totals', (t) => t !== totals, 'the room after the forged answers were accepted');
  assert.match(replaced, /^5 participants\. Signs spotted: 4 of 45\./, 'Ana replaced, not added');
  assert.equal((await findItem(page, 'notice')).label, 'Answer files: 0 added to the room, 1 replacing earlier answers, 0 not taken (Case → Room says why)');
  await waitFor(page, () => localStorage.getItem('setright.workshop'), (text) => text !== savedBefore, { what: 'the room saved once accepted' });
  assert.deepEqual(consoleErrors, []);
}));

test('the presenter view: large type, arrow keys, reveal, Esc', () => withServedApp('nb', async ({ page, consoleErrors }) => {
  await openCase(page, 'sms-vendor-case');
  // A participant played to step 3 on this screen: the presenter still starts at step 1.
  await clickItem(page, 'case.mode.play');
  await nextStep(page);
  await nextStep(page);
  const normal = (await findItem(page, 'case.present')).rect;
  await clickItem(page, 'case.present');
  const first = await findItem(page, 'case.present.title');
  assert.equal(first.label, 'Tre selgere, de samme e-postene');
  assert.ok(first.rect.h >= normal.h * 2, `the title is large (${first.rect.h} px against a ${normal.h} px button)`);
  await page.keyboard.press('ArrowRight');
  await untilLabel(page, 'case.present.title', (t) => t === 'En første samtale', 'step 2 after →');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await untilLabel(page, 'case.present.title', (t) => t === 'En første samtale', 'back after ←');
  // A keyboard user's Tab, then the presenter's keys: the arrows and Space
  // move through the steps and never move focus to a button or press it
  // (Space once pressed a focused "Reveal").
  await page.keyboard.press('Tab');
  for (const key of ['ArrowRight', 'Space', 'Space', 'ArrowLeft']) await page.keyboard.press(key);
  await untilLabel(page, 'case.present.title', (t) => t === 'Oppfølgingssamtalen', 'step 4 after →, Space, Space, ←');
  await page.waitForTimeout(200);
  assert.equal((await findItem(page, 'case.present.reveal')).label, 'Vis fasit', 'nothing revealed by the keys');
  assert.ok((await findItem(page, 'case.present.title')), 'the presenter still open');
  await page.keyboard.press('r');
  await untilLabel(page, 'case.present.reveal', (t) => t === 'Skjul', 'revealed');
  // The key comes below the step's events, which stay.
  assert.ok((await items(page)).some((i) => i.id.startsWith('case.touch.')), 'the events still shown under the key');
  assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
  await saveScreenshot(page, 'workshop-presenter');
  await page.keyboard.press('Escape');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'case.present.title'), (shown) => !shown, { what: 'presenter closed' });
  assert.deepEqual(consoleErrors, []);
}));

// On a projector, in the language whose words run longest: what a room
// reads from the back is large, and every control is on the screen.
test('on a 1024×768 and a 1920×1080 projector: the play view and the presenter fit, controls above the fold', () => withServedApp('ru', async ({ page, consoleErrors }) => {
  await openCase(page, 'sms-vendor-case');
  await clickItem(page, 'case.mode.play');
  for (const viewport of [{ width: 1024, height: 768 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(viewport);
    await waitFor(page, () => window.innerWidth, (w) => w === viewport.width, { what: 'the new size' });
    await page.evaluate(() => window.setright.settled()); // drawn at the new size
    const within = async (id) => {
      const { rect } = await findItem(page, id);
      assert.ok(rect.x >= 0 && rect.y >= 0 && rect.x + rect.w <= viewport.width && rect.y + rect.h <= viewport.height,
        `${id} at ${JSON.stringify(rect)} lies on a ${viewport.width}×${viewport.height} screen`);
      return rect;
    };
    for (const id of ['case.decision.sign', 'case.decision.wait', 'case.decision.walk_away', 'case.next']) await within(id);
    assert.deepEqual(await page.evaluate(() => window.setright.layoutProblems()), [], `play view at ${viewport.width}`);
    await saveScreenshot(page, `workshop-projector-play-${viewport.width}`);

    await clickItem(page, 'case.present');
    const title = await within('case.present.title');
    assert.ok(title.h >= viewport.height / 24, `the step title is ${title.h} px high on a ${viewport.height}-px screen`);
    for (const id of ['case.present.previous', 'case.present.next', 'case.present.reveal', 'case.present.close']) await within(id);
    assert.deepEqual(await page.evaluate(() => window.setright.layoutProblems()), [], `presenter at ${viewport.width}`);
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    await saveScreenshot(page, `workshop-projector-presenter-${viewport.width}`);
    await page.keyboard.press('Escape');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'case.present.title'), (shown) => !shown, { what: 'presenter closed' });
  }
  assert.deepEqual(consoleErrors, []);
}));

test('any deal becomes a case, and the trainer edits its key', () => withServedApp('en', async ({ page, consoleErrors }) => {
  // Imported, not made from the template: the deal keeps the file's dates.
  const file = fs.readFileSync(path.join(import.meta.dirname, '../../assets/templates/sms-vendor-case.en.json'), 'utf8');
  await dropFiles(page, [{ name: 'sms.json', text: file }]);
  await clickItem(page, 'import_apply');
  const original = (await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1, { what: 'the import' }))[0].modified;
  assert.equal(original, '2020-03-18');
  await clickItem(page, `deal_row:${JSON.parse(file).deals[0].id}`);
  await openTab(page, 'tab_case');
  await clickItem(page, 'case.mode.key');
  await clickItem(page, 'case.key.remove_case');
  const plain = await waitFor(page, () => window.setright.state().deals.at(-1), (d) => d.case === undefined, { what: 'the case removed' });
  // The case is one of the deal's own fields: changing it dates the deal, which is what a merge compares.
  assert.notEqual(plain.modified, original, 'the deal is dated by the change');
  await clickItem(page, 'case.make');
  const made = await waitFor(page, () => window.setright.state().deals.at(-1).case, Boolean, { what: 'the case' });
  assert.equal(made.steps.length, plain.timeline.length, 'one step per touch');
  const offer = made.steps.find((s) => s.id === 'step-t-2019-12-17');
  assert.ok(offer.expected_flags.includes('offer_expiring_unverified'), 'the rules\' flags as the draft key');

  const step = made.steps[0];
  await clickItem(page, `case.key.step.${step.id}`);
  const flag = step.expected_flags?.includes('plan_too_long') ? 'no_no_decision_option' : 'plan_too_long';
  await clickItem(page, `case.key.flag.${flag}`);
  await clickItem(page, 'case.key.decision');
  await clickItem(page, 'case.key.decision:3'); // walk away
  const edited = await waitFor(page, (id) => window.setright.state().deals.at(-1).case.steps.find((s) => s.id === id),
    (s) => s.expected_decision === 'walk_away' && s.expected_flags?.includes(flag), { what: 'the edited step', arg: step.id });
  assert.equal(edited.title, step.title);
  await typeInto(page, 'case.key.new_sign', 'Price without a proposal');
  const signed = await waitFor(page, () => window.setright.state().deals.at(-1).case.signs, (s) => s?.length === 1, { what: 'the sign' });
  assert.deepEqual(signed, [{ code: 'sign-1', label: 'Price without a proposal' }]);
  // A participant is offered the new sign next to the red flags.
  await clickItem(page, 'case.mode.play');
  assert.equal((await findItem(page, 'case.flag.sign-1')).label, 'Price without a proposal');
  assert.deepEqual(consoleErrors, []);
}));

// A participant copy: the trainer exports the case without its key; opened in
// another browser it shows only the case as it unfolds, ticks stay from step
// to step, and the end says the trainer scores.
test('a participant copy: no key in the file, only the case in play, ticks that stay, the trainer scores', async () => {
  const { server, url } = await serveWebBundle();
  const trainer = await launchBrowser([], TALL);
  const room = await launchBrowser([], { viewport: { width: 1024, height: 768 } }); // a fresh context: the participant's
  try {
    const { page, consoleErrors } = await openApp(trainer.context, `${url}?lang=en`);
    await openCase(page, 'sms-vendor-case');
    const { id, title } = (await state(page)).deals[0];
    await clickItem(page, 'case.mode.key'); // handed out beside the key it keeps back
    const copy = await download(page, 'case.export_copy');
    assert.equal(copy.name, 'BattlBox-buys-an-SMS-marketing-tool-participants.json');
    assert.equal((await findItem(page, 'notice')).label, `Saved “${copy.name}” to your downloads`);
    for (const word of ['expected_flags', 'expected_decision', 'debrief']) assert.equal(copy.text.includes(word), false, `no ${word} in the copy`);
    const copied = JSON.parse(copy.text).deals[0];
    assert.equal(copied.id, id, 'answers go to the trainer\'s case');
    assert.equal(copied.case.participant_copy, true);
    assert.equal(copied.case.steps.length, 8);
    assert.ok(copied.case.steps.every((s) => s.id && s.at && s.title), 'steps keep id, at and title');
    // The trainer's own case in participant view (for a projector) hides the same, and comes back.
    await clickItem(page, 'case.participant_view');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'tab_overview'), (shown) => !shown, { what: 'the other tabs hidden' });
    assert.equal((await items(page)).some((i) => i.id === 'case.mode.key' || i.id === 'case.present'), false, 'no key, no presenter');
    await clickItem(page, 'case.participant_view');
    await findItem(page, 'case.mode.key');
    await findItem(page, 'tab_overview');
    assert.deepEqual(consoleErrors, []);

    const participant = await openApp(room.context, `${url}?lang=en`);
    const p = participant.page;
    await dropFiles(p, [{ name: copy.name, text: copy.text }]);
    await clickItem(p, 'import_apply');
    await waitFor(p, () => window.setright.state().deals.length, (n) => n === 1, { what: 'the copy imported' });
    await clickItem(p, `deal_row:${id}`);
    await findItem(p, 'case.step_title');
    // Only the Case tab, in Play: nothing that tells the whole story, no key, no room.
    const ids = (await items(p)).map((i) => i.id);
    for (const hidden of ['tab_overview', 'tab_requirements', 'tab_questions', 'tab_timeline', 'tab_vendors', 'tab_fit_decision',
      'tab_relationship', 'tab_study', 'case.mode.key', 'case.mode.room', 'case.present', 'case.export_copy', 'case.participant_view'])
      assert.equal(ids.includes(hidden), false, `${hidden} is not offered`);
    assert.ok(ids.includes('tab_case'));
    assert.equal((await findItem(p, 'case.participant_copy')).label, 'Participant copy: the trainer has the answer key.');
    assert.match((await findItem(p, 'case.rules')).label, /^How answers are scored: .*false alarm.*until you untick it\.$/);
    assert.equal((await state(p)).deals[0].title, title);

    // Ticked at step 2, still ticked at step 3; unticked there, gone from step 4 but kept at step 2.
    await typeInto(p, 'case.participant', 'Bo', { enter: false });
    const ticked = (flag) => findItem(p, `case.flag.${flag}`).then((i) => Boolean(i.selected));
    const secondTitle = await nextStep(p);
    await clickItem(p, 'case.flag.must_have_only_claimed');
    await waitFor(p, () => window.setright.items().find((i) => i.id === 'case.flag.must_have_only_claimed')?.selected, Boolean,
      { what: 'ticked at step 2' });
    await nextStep(p);
    assert.equal(await ticked('must_have_only_claimed'), true, 'still ticked at step 3');
    await saveScreenshot(p, 'workshop-participant-copy');
    await clickItem(p, 'case.flag.must_have_only_claimed');
    await waitFor(p, () => window.setright.items().find((i) => i.id === 'case.flag.must_have_only_claimed')?.selected, (on) => !on,
      { what: 'unticked at step 3' });
    await nextStep(p);
    assert.equal(await ticked('must_have_only_claimed'), false, 'withdrawn from step 3 on');
    const fourthTitle = (await findItem(p, 'case.step_title')).label;
    await clickItem(p, 'case.previous');
    await untilLabel(p, 'case.step_title', (t) => t !== fourthTitle, 'back at step 3');
    await clickItem(p, 'case.previous');
    await untilLabel(p, 'case.step_title', (t) => t === secondTitle, 'back at step 2');
    assert.equal(await ticked('must_have_only_claimed'), true, 'kept at step 2');

    // The last step: no score (there is no key), the trainer scores, the answers export.
    for (let step = 2; step < 8; ++step) await nextStep(p);
    await scrollTo(p, 'case.export_answers_end'); // under the answer, on a 768-px screen
    assert.match((await findItem(p, 'case.trainer_scores')).label, /^The trainer scores your answers/);
    assert.equal((await items(p)).some((i) => i.id === 'case.score'), false, 'no score without a key');
    const answers = JSON.parse((await download(p, 'case.export_answers_end')).text);
    assert.equal(answers.deal, id);
    assert.equal(answers.participant, 'Bo');
    const flagsAt = (step) => answers.answers.find((a) => a.step === step)?.flags ?? [];
    assert.deepEqual([flagsAt('s1-three-reps'), flagsAt('s2-first-call'), flagsAt('s3-demo'), flagsAt('s4-follow-up')],
      [[], ['must_have_only_claimed'], [], []]);
    assert.deepEqual(participant.consoleErrors, []);
  } finally {
    await trainer.close();
    await room.close();
    server.close();
  }
});

test('the single-file build plays the lead-response case offline and exports the answers', async () => {
  const browser = await launchBrowser([], TALL);
  try {
    const refused = await refuseNetwork(browser.context);
    const file = pathToFileURL(path.join(buildDir, 'web-single', 'setright.html')).href;
    const { page, consoleErrors } = await openApp(browser.context, `${file}?lang=ru`);
    await openCase(page, 'lead-response-audit');
    await clickItem(page, 'case.mode.play');
    assert.match((await findItem(page, 'case.replies_so_far')).label, /^Ответов на сейчас: 4 из 28 запросов$/);
    await clickItem(page, 'case.flag.no_same_day_reply');
    await clickItem(page, 'case.decision.wait');
    for (let i = 0; i < 4; ++i) await nextStep(page);
    assert.match((await findItem(page, 'case.replies_so_far')).label, /19 из 28/);
    await clickItem(page, 'case.flag.no_follow_up');
    await clickItem(page, 'case.decision.sign');
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    const exported = await download(page, 'case.export_answers');
    const answers = JSON.parse(exported.text);
    // Steps 2 to 4 were passed through without an answer.
    assert.deepEqual(answers.answers.filter((a) => a.decision).map((a) => [a.step, a.flags, a.decision]), [
      ['d1-evening', ['no_same_day_reply'], 'wait'], ['w2-later', ['no_same_day_reply', 'no_follow_up'], 'sign']]);
    assert.deepEqual(refused, [], 'no request left the file');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
  }
});

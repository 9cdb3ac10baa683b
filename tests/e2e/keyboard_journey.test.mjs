// keyboard_journey.test.mjs — the buyer's journey (issue #17) from the
// keyboard alone: Tab to a control (the page's focus on the accessibility
// tree, ImGui's following it), Enter to press it or to start typing in a
// field (or the words typed straight onto the field), Escape to leave the field. No mouse, no touch: the test counts the
// trusted pointer events the page receives and expects none. A screenshot at
// each step shows where the focus is; at the end Tab leaves the app.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, saveScreenshot, waitFor } from './support/app.mjs';

test('the buyer\'s journey by keyboard alone, the focus shown at every step, and Tab leaves the app', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await page.evaluate(() => {
      window.pointerEventsFromPeople = 0;
      for (const type of ['mousedown', 'mouseup', 'pointerdown', 'touchstart', 'wheel']) // (Enter on a button makes a trusted click: not a pointer's)
        window.addEventListener(type, (event) => { if (event.isTrusted) window.pointerEventsFromPeople += 1; }, true);
    });
    const deal = (accept, what) => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
    const focused = () => page.evaluate(() => {
      const el = document.activeElement?.closest?.('#a11y [data-key]');
      return el ? { id: el.dataset.id, text: el.textContent } : { id: null, text: '' };
    });
    let step = 0;
    const shot = (what) => saveScreenshot(page, `keyboard-journey-${String(++step).padStart(2, '0')}-${what}`);
    // Tab (at most 200 times) until the focus is on the element wanted: an id, or a test of {id, text}.
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const tabTo = async (wanted) => {
      const matches = typeof wanted === 'function' ? wanted : (at) => at.id === wanted;
      for (let i = 0; i < 200; ++i) {
        await frames(); // ImGui's focus follows the page's, a frame later
        if (matches(await focused())) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reached ${wanted}`);
    };
    const pressOn = async (wanted, what) => {
      await tabTo(wanted);
      await shot(what);
      await page.keyboard.press('Enter');
    };
    // Enter on a field starts typing in it (the page's text agent takes the keys); Enter adds, Escape leaves.
    const typeIn = async (id, text, what) => {
      await pressOn(id, what);
      await waitFor(page, () => document.activeElement?.id, (at) => at === 'setright-text-agent', { what: `typing in ${id}` });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    // Or the words typed straight onto the field's element, as into a focused <input>: the field edits and keeps every letter.
    const typeStraightIn = async (id, text, what) => {
      await tabTo(id);
      await shot(what);
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    const leaveField = async () => {
      await page.keyboard.press('Escape');
      await waitFor(page, () => document.activeElement?.id, (at) => at !== 'setright-text-agent', { what: 'the field left' });
    };

    await page.keyboard.press('Tab');
    await pressOn('new_deal', 'new-deal');
    await deal(Boolean, 'a new deal');

    await pressOn('tab_vendors', 'vendors-tab');
    await typeIn('new_vendor', 'Northwind CRM', 'vendor-field');
    await deal((d) => d.vendors?.length === 1, 'the vendor');
    await leaveField();

    await pressOn('tab_requirements', 'requirements-tab');
    await typeIn('new_requirement', 'Single sign-on', 'requirement-field');
    const requirement = (await deal((d) => d.requirements?.length === 1, 'the requirement')).requirements[0].id;
    await leaveField();
    await pressOn(`priority:${requirement}`, 'priority');
    await pressOn((at) => at.id?.startsWith(`priority:${requirement}:`) && at.text === 'Must', 'must');
    await deal((d) => d.requirements[0].priority === 'must', 'a must-have');
    await pressOn(`claim:${requirement}`, 'claim');
    await pressOn((at) => at.id?.startsWith(`claim:${requirement}:`) && at.text === 'Claimed', 'claimed');
    await deal((d) => d.requirements[0].claims?.[0]?.status === 'claimed', 'the claim');

    await pressOn('tab_questions', 'questions-tab');
    await typeStraightIn('new_question', 'Does SSO work with our IdP?', 'question-field');
    const question = (await deal((d) => d.questions?.length === 1, 'the question')).questions[0].id;
    assert.equal((await deal(Boolean, 'the deal')).questions[0].text, 'Does SSO work with our IdP?', 'no letter lost');
    await leaveField();
    await pressOn(`promise:${question}`, 'promise');
    await typeIn('promise_date', '2026-12-10', 'promise-date'); // Enter keeps the date and leaves the field; Escape would cancel the promise
    await waitFor(page, () => document.activeElement?.id, (at) => at !== 'setright-text-agent', { what: 'the date field left' });
    await pressOn('promise_ok', 'promise-save');
    await deal((d) => d.questions[0].status === 'promised', 'the promise');

    await typeIn('as_of_date', '2026-12-15', 'as-of');
    await leaveField();
    await pressOn('tab_overview', 'overview-tab');
    await page.locator('#a11y').getByText(/NOT READY to sign/).first().waitFor();
    const words = await page.locator('#a11y').innerText();
    assert.match(words, /Does SSO work with our IdP\?/, 'the overdue promise is named');
    await shot('verdict');

    // Tab on from the last element of the tree leaves the app: no keyboard trap.
    await page.locator('#a11y button, #a11y input').last().focus();
    await frames(); // a person's next key comes a frame or more later: ImGui's focus is there too by then
    await page.keyboard.press('Tab');
    const outside = await page.evaluate(() => !document.getElementById('a11y').contains(document.activeElement) && document.activeElement?.id !== 'canvas');
    assert.ok(outside, 'Tab from the last element leaves the app');

    assert.equal(await page.evaluate(() => window.pointerEventsFromPeople), 0, 'no mouse or touch event reached the page');
    assert.deepEqual(consoleErrors, []);
  });
});

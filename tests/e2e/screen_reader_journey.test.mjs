// screen_reader_journey.test.mjs — the buyer's journey (issue #17) the way a
// screen-reader user takes it: every control found on the page's
// accessibility tree by its role and name (Playwright's getByRole), pressed
// as a screen reader presses it (a click on the element, not on canvas
// pixels), and typed into from the keyboard. A new deal, a vendor, a
// must-have requirement the vendor only claims, a question with a promised
// answer, the as-of date past the promise: the verdict, read as text from
// the tree, says not ready and names the overdue promise.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, saveScreenshot, state, waitFor } from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';

test('a buyer\'s journey by role and name alone ends at a verdict naming the overdue promise', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    const tree = page.locator('#a11y');
    const deal = (accept, what) => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
    // A screen reader's press: the element's click.
    const press = async (locator) => {
      await locator.waitFor({ state: 'attached' });
      await locator.dispatchEvent('click');
      await page.evaluate(() => window.setright.settled()); // heard: the app has done what the press asks
    };
    // Pressing a field starts typing in it (the page's text agent takes the keys); then the words, then Enter.
    const typeInto = async (locator, text) => {
      await press(locator);
      await waitFor(page, () => document.activeElement?.id, (id) => id === 'setright-text-agent', { what: 'the field taking the keys' });
      await page.keyboard.press('Control+A');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      // Heard done: ImGui takes a key a frame, and a committed date can move what is below it
      // (the as-of date adds a line above the tabs): a press aimed before that would land on the old place.
      await page.evaluate(() => window.setright.settled());
    };
    const choose = async (combo, chosen, option) => {
      await press(tree.getByRole('button', { name: combo }).first()); // the row's, above its details' own
      // Open, it says so, under the same name (its popup is out of its row's reach: the name is kept).
      await tree.getByRole('button', { name: combo, expanded: true }).first().waitFor();
      // Its list is a listbox of options, the one it shows selected.
      const list = tree.getByRole('listbox');
      await list.getByRole('option', { name: chosen, exact: true, selected: true }).waitFor();
      assert.equal(await list.getByRole('option', { selected: true }).count(), 1, 'one option selected');
      assert.deepEqual(await axeViolations(page), [], 'axe-core with the list open');
      await press(list.getByRole('option', { name: option, exact: true }));
    };

    await press(tree.getByRole('button', { name: 'New deal', exact: true }));
    await deal(Boolean, 'a new deal');

    await press(tree.getByRole('tab', { name: 'Vendors' }));
    await typeInto(tree.getByRole('textbox', { name: 'Vendor name' }), 'Northwind CRM');
    await deal((d) => d.vendors?.length === 1, 'the vendor');

    await press(tree.getByRole('tab', { name: 'Requirements' }));
    await typeInto(tree.getByRole('textbox', { name: 'A requirement, as the buyer would say it' }), 'Single sign-on');
    await deal((d) => d.requirements?.length === 1, 'the requirement');
    await choose(/^Priority: Should/, 'Should', 'Must');
    await deal((d) => d.requirements[0].priority === 'must', 'a must-have');
    await choose(/^Vendor says: Unknown/, 'Unknown', 'Claimed');
    await deal((d) => d.requirements[0].claims?.[0]?.status === 'claimed', 'the vendor\'s claim');

    await press(tree.getByRole('tab', { name: 'Questions' }));
    await typeInto(tree.getByRole('textbox', { name: 'A question for the vendor' }), 'Does SSO work with our IdP?');
    await deal((d) => d.questions?.length === 1, 'the question');
    await press(tree.getByRole('button', { name: 'Promised by…' }).first());
    await typeInto(tree.getByRole('textbox', { name: 'by', exact: true }), '2026-12-10');
    await press(tree.getByRole('button', { name: 'Save', exact: true }));
    await deal((d) => d.questions[0].status === 'promised', 'the promise');
    // Heard closing, as a screen reader says: a press while it is open only closes it.
    await waitFor(page, () => document.querySelectorAll('#a11y [role=dialog]').length, (n) => n === 0, { what: 'the promise dialog to close' });

    await typeInto(tree.getByRole('textbox', { name: 'Judged as of' }), '2026-12-15');
    await press(tree.getByRole('tab', { name: 'Overview' }));

    // The verdict and what blocks signing are words on the page: what a screen reader reads, and find-in-page finds.
    await tree.getByText(/NOT READY to sign/).first().waitFor();
    const words = await tree.innerText();
    assert.match(words, /NOT READY to sign/);
    assert.match(words, /Does SSO work with our IdP\?/, 'the overdue promise is named');
    assert.match(words, /overdue by 5 days/);
    await saveScreenshot(page, 'screen-reader-journey-verdict');
    assert.equal((await state(page)).deals.at(-1).questions[0].promised_by.slice(0, 10), '2026-12-10');
    assert.deepEqual(consoleErrors, []);
  });
});

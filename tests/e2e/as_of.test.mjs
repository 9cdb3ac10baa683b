// as_of.test.mjs — the as-of date: typed by the user it fixes the day verdicts
// are judged at (a Today button appears to go back), nonsense leaves it alone
// (and stays in the field, with a line saying what works),
// and it is UI state, not an edit of the workspace.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, state, typeInto, waitFor } from './support/app.mjs';

const hasItem = (page, id) => page.evaluate((wanted) => window.setright.items().some((i) => i.id === wanted), id);

const typeDate = (page, text) => typeInto(page, 'as_of_date', text);

test('moving the as-of date and back to today', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1);
    const before = await state(page);
    assert.equal(await hasItem(page, 'as_of_today'), false, 'judged today at first');

    await typeDate(page, 'the day after');
    await page.waitForTimeout(200);
    assert.equal(await hasItem(page, 'as_of_today'), false, 'nonsense does not move the date');
    assert.equal((await findItem(page, 'as_of_date')).value, 'the day after', 'nor is it thrown away');
    await findItem(page, 'as_of_date:unread');

    await typeDate(page, '2019-12-21');
    await findItem(page, 'as_of_today');
    assert.deepEqual(await state(page), before, 'the as-of date is not an edit of the workspace');

    await clickItem(page, 'as_of_today');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'as_of_today'), (shown) => !shown,
      { what: 'back to today' });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

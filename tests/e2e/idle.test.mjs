// idle.test.mjs — Setright draws only when something changes: an idle page
// costs no CPU, and input wakes it at once.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, waitFor } from './support/app.mjs';

const frames = (page) => page.evaluate(() => window.setright.frameStats().frames);

test('at most 3 frames in 3 idle seconds, and a click wakes the app', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await page.waitForTimeout(1000); // let the first frames settle
    const before = await frames(page);
    await page.waitForTimeout(3000);
    const idle = (await frames(page)) - before;
    assert.ok(idle <= 3, `${idle} frames drawn in 3 idle seconds`);

    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'the click to be handled' });
    assert.ok((await frames(page)) > before + idle, 'the click drew frames');

    // After the autosave and the settling frames, it sleeps again.
    await page.waitForTimeout(1500);
    const settled = await frames(page);
    await page.waitForTimeout(3000);
    assert.ok((await frames(page)) - settled <= 3, 'asleep again after the change was saved');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

// loop.test.mjs — the whole stack in one pass: the real build in Debian's
// Chromium, a real click found through the test API, the state changing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, serveWebBundle, openApp, findItem, clickItem, state, waitFor, saveScreenshot } from './support/app.mjs';

test('a click on "New deal" adds a deal, with no console error and no request off the origin', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors, foreignRequests } = await openApp(browser.context, `${url}?lang=en`);

    const button = await findItem(page, 'new_deal');
    assert.equal(button.kind, 'button');
    assert.equal(button.label, 'New deal');
    assert.ok(button.rect.w > 0 && button.rect.h > 0, 'the button has a size');
    assert.deepEqual((await state(page)).deals, []);

    await clickItem(page, 'new_deal');
    const deals = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1, { what: 'one deal' });
    assert.equal(deals[0].id, 'deal-1');
    assert.equal(deals[0].title, 'Untitled deal');
    const row = await findItem(page, 'deal_row:deal-1');
    assert.equal(row.label, 'Untitled deal');

    const shot = await saveScreenshot(page, 'loop-after-new-deal');
    assert.ok(fs.statSync(shot).size > 1000, 'a real screenshot was written');

    const stats = await page.evaluate(() => window.setright.frameStats());
    assert.ok(stats.frames >= 2, `frames drawn: ${stats.frames}`);
    assert.ok(stats.cpuMsP50 > 0 && stats.cpuMsP95 >= stats.cpuMsP50, JSON.stringify(stats));
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
  } finally {
    await browser.close();
    server.close();
  }
});

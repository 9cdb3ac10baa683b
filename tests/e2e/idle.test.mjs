// idle.test.mjs — Setright draws only when something changes: an idle page
// costs no CPU, input wakes it at once, and so does midnight (the verdict is
// judged at today's date), with nothing drawn in between.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, state, waitFor } from './support/app.mjs';

const frames = (page) => page.evaluate(() => window.setright.frameStats().frames);

test('at most 3 frames in 3 idle seconds; a click wakes the app, and so does midnight', async () => {
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
    const deal = (await state(page)).deals[0].id;
    await page.close();

    // Midnight: an idle page wakes by itself when the day changes and draws the new day's verdict,
    // and draws nothing before. Playwright's clock stands in for the system's: it is 23:50 UTC (the
    // day Setright judges at is UTC's, as every date it keeps), then time jumps ahead, with no input.
    await browser.context.clock.install({ time: new Date('2031-03-04T23:50:00Z') });
    const { page: night, consoleErrors: nightErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(night, `deal_row:${deal}`);
    const asOf = () => night.evaluate(() => window.setright.items().find((i) => i.id === 'verdict_as_of')?.label);
    assert.equal(await waitFor(night, () => window.setright.items().find((i) => i.id === 'verdict_as_of')?.label, Boolean,
      { what: 'the Overview\'s date' }), 'as of 4 Mar 2031');
    await night.waitForTimeout(1500); // settled and asleep
    const beforeMidnight = await frames(night);
    await browser.context.clock.fastForward('09:00'); // 23:59:0x
    await night.waitForTimeout(500);
    assert.equal(await frames(night), beforeMidnight, 'no frame in the nine minutes before midnight');
    assert.equal(await asOf(), 'as of 4 Mar 2031');
    await browser.context.clock.fastForward('01:30'); // 00:00:3x
    await waitFor(night, () => window.setright.items().find((i) => i.id === 'verdict_as_of')?.label, (l) => l === 'as of 5 Mar 2031',
      { what: 'the new day drawn with no input' });
    const woke = (await frames(night)) - beforeMidnight;
    assert.ok(woke >= 1 && woke <= 3, `${woke} frames for the new day`);
    await night.waitForTimeout(1000);
    assert.equal(await frames(night), beforeMidnight + woke, 'asleep again until the next midnight');
    assert.deepEqual(nightErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

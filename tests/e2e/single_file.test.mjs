// single_file.test.mjs — build/web-single/setright.html runs from file:// with
// every network request refused: what a trainer carries on a stick, the
// workbook writer included.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, openApp, buildDir, clickItem, waitFor, findItem, refuseNetwork } from './support/app.mjs';

test('the single-file build works from file:// with the network refused', async () => {
  const browser = await launchBrowser();
  try {
    const refused = await refuseNetwork(browser.context);
    const file = pathToFileURL(path.join(buildDir, 'web-single', 'setright.html')).href;
    const { page, consoleErrors } = await openApp(browser.context, `${file}?lang=ko`);
    assert.equal((await findItem(page, 'new_deal')).label, '새 거래');
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a deal' });
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0, 'Hangul drawn from the embedded fonts');
    // The workbook writer is in the file itself: nothing beside it to fetch.
    await clickItem(page, 'menu_file');
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'file_checklist_xlsx')]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
    assert.deepEqual(refused, [], 'no request left the file');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
  }
});

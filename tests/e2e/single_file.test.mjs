// single_file.test.mjs — build/web-single/setright.html runs from file:// with
// every network request refused: what a trainer carries on a stick, the
// workbook writer and the built-in templates included.
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
    // So are the templates the bundle fetches when used.
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 2, { what: 'a deal from a template' });
    assert.equal(await page.evaluate(() => window.setright.state().deals[1].title), 'BattlBox의 SMS 마케팅 툴 도입', 'the Korean file');
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

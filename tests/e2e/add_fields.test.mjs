// add_fields.test.mjs — an add field keeps the keyboard after Enter: a rep
// types one vendor, Enter, the next, Enter, and both are there; the same for
// requirements. (Before, the field lost focus at Enter and the second name
// typed went nowhere.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, clickItem, openTab, waitFor, saveScreenshot } from './support/app.mjs';

const deal = (page) => page.evaluate(() => window.setright.state().deals[0]);

test('Enter adds the item and keeps typing in the same field', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a blank deal' });

    await openTab(page, 'tab_vendors');
    await clickItem(page, 'new_vendor');
    for (const name of ['Northwind CRM', 'Contoso Sales Cloud']) {
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
    }
    await waitFor(page, () => window.setright.state().deals[0].vendors?.map((v) => v.name).join(' | '),
      (names) => names === 'Northwind CRM | Contoso Sales Cloud', { what: 'both vendors, typed one after the other' });

    await openTab(page, 'tab_requirements');
    await clickItem(page, 'new_requirement');
    const texts = ['Two-way sync with Outlook', 'SSO with Entra ID', 'Export to Excel'];
    for (const text of texts) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await waitFor(page, () => window.setright.state().deals[0].requirements?.map((r) => r.text).join(' | '),
      (got) => got === texts.join(' | '), { what: 'three requirements typed one after the other' });
    assert.equal((await page.evaluate(() => window.setright.items())).find((i) => i.id === 'new_requirement').value, '',
      'the field is empty and ready for the next');
    assert.equal((await deal(page)).requirements.length, 3);
    await saveScreenshot(page, 'add-fields-requirements');
    assert.deepEqual(consoleErrors, []);
  });
});

// export_reminder.test.mjs — work kept only in the browser is not lost
// unnoticed (issue #18): the File menu says when the workspace was last
// exported, and once changes have gone unexported for a week a banner offers
// to export everything in one click. Playwright's clock stands in for the
// system's, so a week passes in a moment.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, items, saveScreenshot, state, waitFor } from './support/app.mjs';

const DAY = 24 * 60 * 60 * 1000;
const shown = (page, id) => page.evaluate((wanted) => window.setright.items().some((i) => i.id === wanted), id);

async function lastExported(page) {
  await clickItem(page, 'menu_file');
  const { label } = await findItem(page, 'file_last_exported');
  await page.keyboard.press('Escape');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'file_last_exported'), (open) => !open, { what: 'the menu closed' });
  return label;
}

test('export reminder: a week of unexported changes brings the banner; one click exports everything and it goes', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await browser.context.clock.install({ time: new Date('2031-03-04T10:00:00Z') });
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    assert.equal(await lastExported(page), 'Never exported');

    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:buyer-saas-evaluation');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'the deal' });
    await waitFor(page, () => JSON.parse(localStorage.getItem('setright.export_record') || '{}').unexported_since, Boolean,
      { what: 'the change recorded' });
    await page.waitForTimeout(500);
    assert.equal(await shown(page, 'export_reminder'), false, 'no reminder for a fresh change');

    // Eight days on, with no input: the app wakes for the new day and reminds.
    await browser.context.clock.fastForward(8 * DAY);
    const reminder = await waitFor(page, () => window.setright.items().find((i) => i.id === 'export_reminder')?.label, Boolean,
      { what: 'the reminder', timeout: 10000 });
    assert.match(reminder, /^Your work lives only in this browser and has never been exported\./);
    await saveScreenshot(page, 'export-reminder');

    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'export_reminder_export')]);
    assert.equal(download.suggestedFilename(), 'setright-workspace.json');
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(exported.deals.map((d) => d.id), (await state(page)).deals.map((d) => d.id));
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'export_reminder'), (on) => !on, { what: 'the banner gone' });
    assert.equal(await lastExported(page), 'Last exported 12 Mar 2031');

    // Kept in the browser: a reload neither reminds nor forgets the export.
    await page.reload();
    await page.evaluate(() => window.setright.ready);
    await page.waitForTimeout(500);
    assert.equal(await shown(page, 'export_reminder'), false);
    assert.equal(await lastExported(page), 'Last exported 12 Mar 2031');
    assert.deepEqual(consoleErrors, []);
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
});

test('export reminder: "Remind me in a week" puts it away for a week', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await browser.context.clock.install({ time: new Date('2031-03-04T10:00:00Z') });
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=nb`);
    await clickItem(page, 'new_deal');
    await waitFor(page, () => JSON.parse(localStorage.getItem('setright.export_record') || '{}').unexported_since, Boolean,
      { what: 'the change recorded' });
    await browser.context.clock.fastForward(8 * DAY);
    const reminder = await waitFor(page, () => window.setright.items().find((i) => i.id === 'export_reminder')?.label, Boolean,
      { what: 'the reminder', timeout: 10000 });
    assert.match(reminder, /^Arbeidet ditt finnes bare i denne nettleseren/);
    await clickItem(page, 'export_reminder_snooze');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'export_reminder'), (on) => !on, { what: 'snoozed' });
    await browser.context.clock.fastForward(6 * DAY);
    await page.mouse.move(10, 10);
    await page.waitForTimeout(300);
    assert.equal(await shown(page, 'export_reminder'), false, 'not within the week');
    await browser.context.clock.fastForward(2 * DAY);
    await page.mouse.move(20, 20);
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'export_reminder'), Boolean, { what: 'back after a week' });
    assert.ok((await items(page)).some((i) => i.id === 'export_reminder_export' && i.label === 'Eksporter alt'));
    assert.deepEqual(consoleErrors, []);
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
});

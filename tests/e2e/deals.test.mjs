// deals.test.mjs — the deals list through real clicks: a deal from every
// built-in template (one, however often its start is clicked while the file is
// on its way), duplicate, archive, delete, and undo bringing it back.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, withBrowser, holdRequests, openApp, findItem, clickItem, state, waitFor, saveScreenshot } from './support/app.mjs';

const TEMPLATES = ['after-signature', 'buyer-saas-evaluation', 'fit-check', 'lead-response-audit', 'meddpicc',
  'rep-expectations', 'sms-vendor-case'];

async function withApp(lang, body) {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const opened = await openApp(browser.context, `${url}?lang=${lang}`);
    await body(opened);
    assert.deepEqual(opened.consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
}

test('a deal from each built-in template, in the language of the UI', async () => {
  await withApp('ru', async ({ page }) => {
    for (const [index, name] of TEMPLATES.entries()) {
      await clickItem(page, 'new_from_template');
      await clickItem(page, `template:${name}`);
      await waitFor(page, () => window.setright.state().deals.length, (n) => n === index + 1, { what: `deal from ${name}` });
    }
    const deals = (await state(page)).deals;
    assert.deepEqual(deals.map((d) => d.id), TEMPLATES.map((_, i) => `deal-${i + 1}`));
    const sms = deals[TEMPLATES.indexOf('sms-vendor-case')];
    assert.equal(sms.requirements.filter((r) => r.priority === 'must').length, 3);
    assert.match(sms.requirements.map((r) => r.text).join(' '), /сегментац/i, 'the Russian template was used');
    assert.ok(deals[TEMPLATES.indexOf('lead-response-audit')].study.requests.length === 28);
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    // A promise overdue since 2019 counts its days as every number is written in Russian: "2 600", not "2600".
    const asked = (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith('next_question:'));
    const overdue = asked.find((i) => i.label.includes('просрочено на'));
    assert.match(overdue?.label ?? '', /просрочено на \d{1,3}[\u00a0\u202f ]\d{3} дн/, asked.map((i) => i.label).join(' | '));
    await saveScreenshot(page, 'deals-from-templates');
  });
});

test('duplicate, archive and delete a deal; undo brings the deleted deal back', async () => {
  await withApp('en', async ({ page }) => {
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1);

    await clickItem(page, 'deal_duplicate:deal-1');
    let deals = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 2, { what: 'a copy' });
    assert.equal(deals[1].id, 'deal-2');
    assert.equal(deals[1].title, `Copy of ${deals[0].title}`);
    assert.equal(deals[1].requirements.length, deals[0].requirements.length);

    await clickItem(page, 'deal_archive:deal-2');
    deals = await waitFor(page, () => window.setright.state().deals, (d) => d[1].archived === true, { what: 'archived' });
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'deal_row:deal-2'), (shown) => !shown,
      { what: 'the archived deal to leave the list' });
    await clickItem(page, 'deals_show_archived');
    await findItem(page, 'deal_row:deal-2');

    await clickItem(page, 'deal_row:deal-1');
    await clickItem(page, 'deal_delete:deal-1');
    await clickItem(page, 'deal_delete_yes:deal-1');
    deals = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1, { what: 'deletion' });
    assert.equal(deals[0].id, 'deal-2');

    await page.keyboard.press('Control+z');
    deals = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 2, { what: 'undo' });
    assert.deepEqual(deals.map((d) => d.id), ['deal-1', 'deal-2']);
    await page.keyboard.press('Control+Shift+z');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'redo' });
  });
});

// The bundle fetches a template when a deal starts from it: a slow network
// makes the first click look unanswered, and a second must not make a second
// deal. (No service worker: its cache would answer before the route.)
test('clicking a template\'s start again while its file is on its way makes one deal', async () => {
  await withBrowser(async (context, url) => {
    const release = await holdRequests(context, '**/templates/*');
    const { page, consoleErrors } = await openApp(context, url.replace('lang=en', 'lang=nb'));
    await clickItem(page, 'welcome_buyer');
    await clickItem(page, 'welcome_buyer');
    assert.equal((await state(page)).deals.length, 0, 'nothing yet: the file is on its way');
    release();
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'the deal' });
    await page.waitForTimeout(300);
    assert.equal((await state(page)).deals.length, 1, 'one deal');
    assert.deepEqual(consoleErrors, []);
  }, { serviceWorkers: 'block' });
});

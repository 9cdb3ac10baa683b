// offline.test.mjs — after one visit the service worker has every file, so
// the app reloads and works with the network off (a workshop room without
// Wi-Fi), work included, and the workbook program a first visit does not
// load, the built-in templates and every language's words; the manifest
// makes it installable. A template that cannot be fetched is said so, and
// nothing changes.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, waitFor } from './support/app.mjs';

test('one visit, then the app reloads and works with the network off', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=nb`);
    const version = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return (await caches.keys()).find((name) => name.startsWith('setright-'));
    });
    assert.match(version, /^setright-[0-9a-f]{16}$/, 'a versioned cache');

    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel=manifest]');
      return (await fetch(link.href)).json();
    });
    assert.equal(manifest.short_name, 'Setright');
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.length > 0 && manifest.start_url);

    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    const deal = await waitFor(page, () => window.setright.state().deals[0], Boolean, { what: 'a deal' });
    await page.waitForTimeout(1200); // saved within a second

    await browser.context.setOffline(true);
    server.close(); // and the server is gone too
    await page.reload();
    const outcome = await page.evaluate(() => Promise.race([
      window.setright.ready.then(() => 'ready'),
      new Promise((resolve) => setTimeout(() => resolve('no first frame'), 20000)),
    ]));
    assert.equal(outcome, 'ready', 'the app starts offline');
    await findItem(page, `deal_row:${deal.id}`);
    assert.deepEqual(await page.evaluate(() => window.setright.state().deals[0]), deal, 'the work is there');
    assert.equal((await findItem(page, 'new_deal')).label, 'Ny avtale', 'in the language of the URL');
    // A template the first visit never fetched was cached with the rest.
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:fit-check');
    const started = await waitFor(page, () => window.setright.state().deals.length, (n) => n === 2, { what: 'a deal from a template, offline' });
    assert.equal(started, 2);
    assert.equal(await page.evaluate(() => window.setright.state().deals[1].title), 'Passer vi for kunden?', 'the Norwegian file');
    // So were the words of a language this browser never used.
    await clickItem(page, 'menu_language');
    await clickItem(page, 'language_ko');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'new_deal')?.label, (l) => l === '새 거래',
      { what: 'Korean, offline' });
    await clickItem(page, 'menu_language');
    await clickItem(page, 'language_nb');
    // The workbook writer, fetched only when first used, was cached with the rest.
    await clickItem(page, `deal_row:${deal.id}`);
    await clickItem(page, 'menu_file');
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'file_checklist_xlsx')]);
    assert.match(download.suggestedFilename(), /\.xlsx$/, 'a checklist workbook, written offline');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a template that cannot be fetched: the app says so, and no deal appears', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await browser.context.route('**/templates/*', (route) => route.abort());
    const { page } = await openApp(browser.context, `${url}?lang=ru`);
    await clickItem(page, 'welcome_buyer');
    const notice = await waitFor(page, () => window.setright.items().find((i) => i.id === 'notice')?.label, Boolean,
      { what: 'the notice' });
    assert.equal(notice, 'Setright не удалось загрузить шаблон: проверьте подключение и попробуйте снова. Ничего не изменено.');
    assert.equal(await page.evaluate(() => window.setright.state().deals.length), 0, 'no deal');
    await findItem(page, 'welcome_buyer'); // the welcome is still there to try again
  } finally {
    await browser.close();
    server.close();
  }
});

// words.test.mjs — the bundle carries English; Korean, Norwegian and Russian
// are files beside the page (i18n/), fetched only for a user who needs one.
// The language a page starts in is there for the very first frame (the page
// fetches it while the code downloads); one chosen later follows within a
// frame or two, fetched once; one that cannot be had leaves the UI as it was
// and says so.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, clickItem, findItem, waitFor } from './support/app.mjs';

// Opens the app at `url` and records what its page fetches of i18n/, in
// order (with no service worker, every fetch is the page's own).
async function openWatched(context, url) {
  const page = await context.newPage();
  const fetched = [];
  page.on('request', (request) => {
    const match = /\/i18n\/([a-z]+)\.tsv$/.exec(new URL(request.url()).pathname);
    if (match) fetched.push(match[1]);
  });
  await page.goto(url);
  await page.evaluate(() => window.setright.ready);
  return { page, fetched };
}

const newDealLabel = (page) => page.evaluate(() => window.setright.items().find((i) => i.id === 'new_deal')?.label);

test('the first frame is in the language asked for, its words fetched once; English fetches none', async () => {
  await withBrowser(async (context, url) => {
    for (const [language, label] of [['ko', '새 거래'], ['ru', 'Новая сделка']]) {
      const { page, fetched } = await openWatched(context, url.replace('lang=en', `lang=${language}`));
      // Read at once: the first frame's items, not a later frame's.
      assert.equal(await newDealLabel(page), label, `the first frame is in ${language}`);
      assert.deepEqual(fetched, [language], `${language}, once, and nothing else`);
      await page.close();
    }
    const { page: english, fetched: englishFetched } = await openWatched(context, url);
    assert.equal(await newDealLabel(english), 'New deal');
    assert.deepEqual(englishFetched, [], 'English is built in');

    // Chosen from the menu: fetched then, once, however often chosen.
    await clickItem(english, 'menu_language');
    await clickItem(english, 'language_nb');
    await waitFor(english, () => window.setright.items().find((i) => i.id === 'new_deal')?.label, (l) => l === 'Ny avtale',
      { what: 'Norwegian' });
    for (const language of ['en', 'nb']) {
      await clickItem(english, 'menu_language');
      await clickItem(english, `language_${language}`);
    }
    await waitFor(english, () => window.setright.items().find((i) => i.id === 'new_deal')?.label, (l) => l === 'Ny avtale',
      { what: 'Norwegian again' });
    assert.deepEqual(englishFetched, ['nb'], 'Norwegian fetched once');
  }, { serviceWorkers: 'block' });
});

test('words that cannot be fetched: the UI stays as it was, says so, and the choice is not remembered', async () => {
  await withBrowser(async (context, url) => {
    await context.route('**/i18n/*', (route) => route.abort());
    const { page, consoleErrors } = await openApp(context, url.replace('?lang=en', ''));
    await clickItem(page, 'menu_language');
    await clickItem(page, 'language_ru');
    const notice = await waitFor(page, () => window.setright.items().find((i) => i.id === 'notice')?.label, Boolean,
      { what: 'the notice' });
    assert.equal(notice, 'Setright could not load the words for Русский: check the connection and try again.');
    assert.equal(await newDealLabel(page), 'New deal', 'still English');
    assert.equal(await page.evaluate(() => localStorage.getItem('setright.language')), null, 'nothing remembered');
    assert.ok((await findItem(page, 'menu_language')).label, 'the menu is there to try again');
    // (The browser's own line for the refused fetch aside.)
    assert.deepEqual(consoleErrors.filter((line) => !line.startsWith('Failed to load resource')), []);
  }, { serviceWorkers: 'block', locale: 'en-GB' });
});

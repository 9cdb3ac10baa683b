// languages.test.mjs — four languages through the whole app: the browser's
// language by default, the menu switching at once and being remembered, ?lang=
// winning, and the details of a row on every tab of content-rich deals, a
// case's answer key and its room drawn with no missing glyph and no
// untranslated key in any language (every tab as it opens: layout_check).
import test from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations } from './support/axe.mjs';
import { launchBrowser, serveWebBundle, openApp, findItem, clickItem, openTab, waitFor, saveScreenshot } from './support/app.mjs';

const LANGUAGES = ['en', 'ko', 'nb', 'ru'];
const NEW_DEAL = { en: 'New deal', ko: '새 거래', nb: 'Ny avtale', ru: 'Новая сделка' };
const TABS = ['tab_overview', 'tab_requirements', 'tab_questions', 'tab_timeline', 'tab_vendors', 'tab_fit_decision',
  'tab_relationship', 'tab_study', 'tab_case'];
// A translation key drawn as itself ("tab.overview") means a missing row.
const LOOKS_LIKE_KEY = /^[a-z_]+(\.[a-z0-9_]+)+$/;

const label = async (page, id) => (await findItem(page, id)).label;

test('the browser\'s language by default; the menu switches at once and is remembered; ?lang= wins', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], { locale: 'nb-NO' });
  try {
    const first = await openApp(browser.context, url);
    assert.equal(await label(first.page, 'new_deal'), NEW_DEAL.nb, 'nb-NO browser: Norwegian');
    await clickItem(first.page, 'menu_language');
    await clickItem(first.page, 'language_ko');
    await waitFor(first.page, () => window.setright.items().find((i) => i.id === 'new_deal')?.label, (l) => l === NEW_DEAL.ko,
      { what: 'Korean labels' });
    assert.equal(await first.page.evaluate(() => window.setright.missingGlyphs()), 0);

    // A notice up when the language changes is reworded, not left in the old language.
    const notice = () => window.setright.items().find((i) => i.id === 'notice')?.label ?? '';
    await clickItem(first.page, 'menu_file');
    await Promise.all([first.page.waitForEvent('download'), clickItem(first.page, 'file_export_workspace')]);
    const korean = await waitFor(first.page, notice, (l) => /[가-힣]/.test(l), { what: 'the saved notice in Korean' });
    await clickItem(first.page, 'menu_language');
    await clickItem(first.page, 'language_nb');
    const norwegian = await waitFor(first.page, notice, (l) => l !== '' && !/[가-힣]/.test(l), { what: 'the notice reworded' });
    assert.ok(korean.includes('setright-workspace.json') && norwegian.includes('setright-workspace.json'), `${korean} / ${norwegian}`);
    await clickItem(first.page, 'menu_language');
    await clickItem(first.page, 'language_ko');
    await waitFor(first.page, () => window.setright.items().find((i) => i.id === 'new_deal')?.label, (l) => l === NEW_DEAL.ko,
      { what: 'Korean again' });
    await first.page.close();

    const again = await openApp(browser.context, url);
    assert.equal(await label(again.page, 'new_deal'), NEW_DEAL.ko, 'the choice is remembered');
    const forced = await openApp(browser.context, `${url}?lang=ru`);
    assert.equal(await label(forced.page, 'new_deal'), NEW_DEAL.ru, '?lang= overrides');
    assert.deepEqual([...first.consoleErrors, ...again.consoleErrors, ...forced.consoleErrors], []);
  } finally {
    await browser.close();
    server.close();
  }
});

async function checkFrame(page, where, screenshotName) {
  const glyphs = await page.evaluate(() => window.setright.missingGlyphs());
  if (glyphs !== 0) await saveScreenshot(page, `missing-glyphs-${screenshotName}`);
  assert.equal(glyphs, 0, where);
  const drawn = await page.evaluate(() => window.setright.items());
  const keys = drawn.filter((i) => LOOKS_LIKE_KEY.test(i.label));
  assert.deepEqual(keys.map((i) => `${i.id}: ${i.label}`), [], where);
  // A sentence with a fact or a plural form left unfilled ("{2}", "{2:day|days}").
  const unfilled = drawn.filter((i) => /\{[1-9](:[^}]*)?\}/.test(i.label));
  assert.deepEqual(unfilled.map((i) => `${i.id}: ${i.label}`), [], where);
  assert.deepEqual(await axeViolations(page), [], `${where}: axe-core on the accessibility tree`);
}

for (const lang of LANGUAGES) {
  test(`a row's details on every tab, the answer key and the room in ${lang}: no missing glyph, no untranslated key`, async () => {
    const { server, url } = await serveWebBundle();
    const browser = await launchBrowser();
    try {
      const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${lang}`);
      // Between them these fill every tab: touches and offers, a study, CLV and
      // a checklist, two vendors compared.
      const templates = ['sms-vendor-case', 'lead-response-audit', 'after-signature', 'buyer-saas-evaluation'];
      for (const [index, template] of templates.entries()) {
        await clickItem(page, 'new_from_template');
        await clickItem(page, `template:${template}`);
        await waitFor(page, () => window.setright.state().deals.length, (n) => n === index + 1, { what: template });
        for (const tab of TABS) {
          // The tab itself, as every template draws it at four sizes, is
          // layout_check's; here the first row's details (the editor under each table).
          await openTab(page, tab);
          const row = (await page.evaluate(() => window.setright.items())).find((i) => i.kind === 'row');
          if (!row) continue;
          await clickItem(page, row.id);
          await waitFor(page, (id) => window.setright.items().find((i) => i.id === id)?.selected, Boolean,
            { what: `${row.id} selected`, arg: row.id });
          await checkFrame(page, `${template} / ${tab} / ${row.id} in ${lang}`, `${lang}-${template}-${tab}-row`);
        }
        // A built-in case: its answer key (a step open) and its room too.
        if ((await page.evaluate(() => window.setright.items())).some((i) => i.id === 'case.mode.key')) {
          await clickItem(page, 'case.mode.key');
          const step = await waitFor(page, () => window.setright.items().find((i) => i.id.startsWith('case.key.step.')), Boolean,
            { what: 'the answer key\'s steps' });
          await clickItem(page, step.id);
          await findItem(page, 'case.key.date');
          await checkFrame(page, `${template} / answer key in ${lang}`, `${lang}-${template}-case-key`);
          await clickItem(page, 'case.mode.room');
          await findItem(page, 'case.room.add');
          await checkFrame(page, `${template} / room in ${lang}`, `${lang}-${template}-case-room`);
          await clickItem(page, 'case.mode.play');
        }
      }
      await saveScreenshot(page, `languages-${lang}-study`);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
}

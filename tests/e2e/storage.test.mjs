// storage.test.mjs — the workspace in localStorage is never lost: reload,
// a tab closed right after a change, garbled storage, a copy from an older or newer format, a full quota, and
// two tabs. Storage is prepared or damaged directly (as a crash or another
// program would); the app itself is only driven by clicks and keys.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { storedWorkspace } from './support/stored_copy.mjs';
import { launchBrowser, serveWebBundle, openApp, findItem, clickItem, state, waitFor, saveScreenshot } from './support/app.mjs';

async function withBrowser(body) {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await body(browser.context, `${url}?lang=en`);
  } finally {
    await browser.close();
    server.close();
  }
}

const storedHead = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('setright.v1.head') || 'null'));

async function newDealFromTemplate(page, name, count) {
  await clickItem(page, 'new_from_template');
  await clickItem(page, `template:${name}`);
  await waitFor(page, () => window.setright.state().deals.length, (n) => n === count, { what: `deal ${count}` });
}

async function typeTitle(page, text) {
  await clickItem(page, 'deal_title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('every change is saved within a second and a reload finds everything', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await newDealFromTemplate(page, 'sms-vendor-case', 1);
    await typeTitle(page, 'BattlBox SMS Q4'); // non-ASCII typing is the text-input issue's
    const before = await state(page);
    assert.equal(before.deals[0].title, 'BattlBox SMS Q4');
    const started = Date.now();
    await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0, (g) => g >= 2,
      { what: 'the autosave', timeout: 3000 });
    assert.ok(Date.now() - started < 1500, 'saved within a second or so');

    await page.reload();
    await page.evaluate(() => window.setright.ready);
    assert.deepEqual(await state(page), before);
    await findItem(page, 'deal_row:deal-1');
    assert.deepEqual(consoleErrors, []);
  });
});

test('closing the tab right after a change, before the autosave is due, loses nothing', async () => {
  await withBrowser(async (context, url) => {
    const { page } = await openApp(context, url);
    await newDealFromTemplate(page, 'sms-vendor-case', 1);
    const generation = () => page.evaluate(() => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0);
    const saved = await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0,
      (g) => g >= 1, { what: 'the first save' });
    await clickItem(page, 'new_deal'); // one click: the autosave is due half a second later
    const before = await waitFor(page, () => window.setright.state(), (s) => s.deals.length === 2, { what: 'the new deal' });
    assert.equal(await generation(), saved, 'not saved yet: what follows tests the flush on closing');
    await page.close({ runBeforeUnload: true });

    const again = await openApp(context, url);
    assert.deepEqual(await state(again.page), before);
    assert.deepEqual(again.consoleErrors, []);
  });
});

test('garbled storage: a recovery screen offers the raw data and nothing is written over it', async () => {
  await withBrowser(async (context, url) => {
    const { page } = await openApp(context, url);
    const garbage = '1\n{"format": "setright", "version": 1, "deals": [ {"id": "half a sav';
    await page.evaluate((text) => {
      localStorage.setItem('setright.v1.head', JSON.stringify({ generation: 1, slot: 0, slots: [{ generation: 1, bytes: text.length }] }));
      localStorage.setItem('setright.v1.slot.0', text);
    }, garbage);
    await page.reload();
    await page.evaluate(() => window.setright.ready);

    await findItem(page, 'storage_start_empty');
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'storage_download_unreadable')]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), garbage);
    await saveScreenshot(page, 'storage-recovery');

    await clickItem(page, 'storage_start_empty');
    await newDealFromTemplate(page, 'fit-check', 1);
    await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head')).generation, (g) => g >= 2, { what: 'a save' });
    assert.equal(await page.evaluate(() => localStorage.getItem('setright.v1.slot.0')), garbage, 'the garbled copy is untouched');
    assert.equal(await page.evaluate(() => localStorage.getItem('setright.v1.set-aside')), garbage);
  });
});

test('a copy written by an older or a newer format is kept and explained, not overwritten', async () => {
  await withBrowser(async (context, url) => {
    const { page } = await openApp(context, url);
    // Why each is refused ("made by a newer Setright") is checked in tests/core/test_workspace_store.cpp.
    for (const version of [0, 2]) {
      const text = `5\n{"format": "setright", "version": ${version}, "deals": []}`;
      await page.evaluate((value) => {
        localStorage.clear();
        localStorage.setItem('setright.v1.head', JSON.stringify({ generation: 5, slot: 1, slots: [{}, { generation: 5, bytes: value.length }] }));
        localStorage.setItem('setright.v1.slot.1', value);
      }, text);
      await page.reload();
      await page.evaluate(() => window.setright.ready);
      await findItem(page, 'storage_download_unreadable');
      await clickItem(page, 'storage_start_empty');
      await clickItem(page, 'new_deal');
      await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head')).generation, (g) => g >= 6, { what: 'a save' });
      assert.equal(await page.evaluate(() => localStorage.getItem('setright.v1.slot.1')), text, `version ${version} kept`);
      assert.equal(await page.evaluate(() => localStorage.getItem('setright.v1.set-aside')), text);
    }
  });
});

test('a full quota is reported, the work stays in memory and can be exported, the stored copy survives', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await newDealFromTemplate(page, 'meddpicc', 1);
    await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0, (g) => g >= 1, { what: 'first save' });
    // Fill the rest of the origin's storage, as other data or another app would.
    await page.evaluate(() => {
      let chunk = 'x'.repeat(1 << 20);
      for (let i = 0; chunk.length > 16; ) {
        try { localStorage.setItem(`filler.${i++}`, chunk); } catch { chunk = chunk.slice(0, chunk.length >> 1); }
      }
    });
    await newDealFromTemplate(page, 'sms-vendor-case', 2);
    await findItem(page, 'storage_export_now', { timeout: 5000 });
    assert.equal((await state(page)).deals.length, 2, 'the work is intact in memory');
    const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'storage_export_now')]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.deals.length, 2);
    await saveScreenshot(page, 'storage-full');

    // The copy stored before the quota ran out still loads.
    await page.evaluate(() => { for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key); });
    const page2 = await context.newPage();
    await page2.goto(url);
    await page2.evaluate(() => window.setright.ready);
    assert.equal((await state(page2)).deals.length, 1);
    assert.deepEqual(consoleErrors, []);
  });
});

test('two tabs: the second cannot silently overwrite the first', async () => {
  await withBrowser(async (context, url) => {
    const first = await openApp(context, url);
    const second = await openApp(context, url);
    await newDealFromTemplate(first.page, 'fit-check', 1);
    await waitFor(first.page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0, (g) => g >= 1, { what: 'first tab saves' });

    await second.page.bringToFront();
    await newDealFromTemplate(second.page, 'meddpicc', 1);
    await findItem(second.page, 'storage_keep_mine');
    const head = await storedHead(second.page);
    const stored = await storedWorkspace(second.page);
    assert.match(stored, /fit/i, "the first tab's deal is what is stored");
    assert.doesNotMatch(stored, /MEDDPICC/);

    await clickItem(second.page, 'storage_keep_mine');
    await waitFor(second.page, () => JSON.parse(localStorage.getItem('setright.v1.head')).generation, (g) => g > head.generation, { what: 'keep mine saves' });
    const third = await openApp(context, url);
    assert.match(JSON.stringify(await state(third.page)), /MEDDPICC/);
  });
});

// storage_limits.test.mjs — the browser's storage at its limit: stored copies
// are packed, so a workspace far past what plain copies allowed is kept and
// edited with its backups; an import says beforehand what will not be kept; a
// save that does not fit costs no stored copy; the status line says only what
// is true; and the banner's advice, followed, frees the room to save again.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, findItem, clickItem, state, waitFor, dropFiles, saveScreenshot } from './support/app.mjs';
import { bigDeal, workspaceOf } from './support/big_deal.mjs';
import { storedWorkspace } from './support/stored_copy.mjs';

const generation = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0);
const waitForGeneration = (page, atLeast, what) =>
  waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0, (g) => g >= atLeast, { what, timeout: 15000 });
const statusLine = async (page) => (await findItem(page, 'storage_status')).label;
const slots = (page) => page.evaluate(() => [0, 1, 2, 3].map((k) => localStorage.getItem(`setright.v1.slot.${k}`)));
const storedCharacters = (page) => page.evaluate(() => Object.keys(localStorage)
  .filter((key) => key.startsWith('setright.')).reduce((sum, key) => sum + key.length + localStorage.getItem(key).length, 0));

// Until every change is stored: the status says so and no save follows for a second.
async function settled(page) {
  for (;;) {
    const before = await generation(page);
    await page.waitForTimeout(1000);
    if ((await generation(page)) === before && /^Saved in this browser/.test(await statusLine(page))) return before;
  }
}

async function renameDeal(page, title) {
  await clickItem(page, 'deal_title');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

// Letters at random: text that packs about as badly as anything typed.
function noise(length, seed) {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.';
  let out = '';
  for (let i = 0; i < length; ++i) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    out += alphabet[(seed >>> 16) % alphabet.length];
  }
  return out;
}

test('a workspace past what plain copies allowed is kept with three backups and edited across reloads', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    // 2,000 requirements, 2,000 questions, 1,000 touches: 1.9 M characters of
    // JSON. Plain copies held at most 1.3 M with three backups; 2.6 M could be
    // imported but never changed again.
    const deal = bigDeal({ requirements: 2000, questions: 2000, touches: 1000, studyRequests: 1000, id: 'large' });
    const file = JSON.stringify(workspaceOf(deal));
    assert.ok(file.length > 2.6e6 / 2, `a workspace of ${file.length} characters`);
    await dropFiles(page, [{ name: 'large.json', text: file }]);
    await findItem(page, 'import_apply', { timeout: 20000 });
    assert.equal((await page.evaluate(() => window.setright.items())).some((i) => i.id === 'import_storage'), false,
      'no warning: it fits with every backup');
    await clickItem(page, 'import_apply');
    await waitForGeneration(page, 1, 'the import saved');
    await clickItem(page, 'deal_row:large');

    for (let edit = 1; edit <= 4; ++edit) {
      const before = await generation(page);
      await renameDeal(page, `Large deal, edit ${edit}`);
      await waitForGeneration(page, before + 1, `edit ${edit} saved`);
    }
    assert.ok((await slots(page)).every((slot) => slot !== null), 'four copies stored: the newest and three backups');
    const characters = await storedCharacters(page);
    assert.ok(characters * 8 < 4 * file.length, `four copies take ${characters} characters, an eighth of ${4 * file.length} plain`);
    assert.match(await statusLine(page), /^Saved in this browser · \d+% of this browser's storage, 3 backups$/);

    await page.reload();
    await page.evaluate(() => window.setright.ready);
    const reloaded = await state(page);
    assert.equal(reloaded.deals[0].title, 'Large deal, edit 4');
    assert.equal(reloaded.deals[0].requirements.length, 2000);
    assert.equal(JSON.parse(await storedWorkspace(page)).deals[0].title, 'Large deal, edit 4');
    assert.deepEqual(consoleErrors, []);
  });
});

test('storage at its limit: the import says what will not be kept, a failed save keeps every copy, deleting frees room', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:fit-check');
    await waitForGeneration(page, 1, 'the first save');
    for (let edit = 1; edit <= 3; ++edit) {
      await renameDeal(page, `Fit check ${edit}`);
      await waitForGeneration(page, edit + 1, `edit ${edit} saved`);
    }
    await settled(page);
    // Another app on this origin has taken all but 150,000 characters.
    await page.evaluate(() => {
      const used = Object.keys(localStorage).reduce((sum, key) => sum + key.length + localStorage.getItem(key).length, 0);
      localStorage.setItem('another.app', 'x'.repeat(5242880 - used - 150000 - 'another.app'.length));
    });
    const before = await slots(page);
    const generationBefore = await generation(page);

    // 600,000 characters that pack to about 300,000: more than the room left.
    const heavy = { id: 'heavy', title: 'Scanned annex', requirements: [], notes: noise(600000, 7) };
    await dropFiles(page, [{ name: 'annex.json', text: JSON.stringify(workspaceOf(heavy)) }]);
    const warning = await findItem(page, 'import_storage', { timeout: 10000 });
    assert.match(warning.label, /^Too large to keep in this browser: stored, it needs [\d,]+ K characters and only [\d,]+ K are free\./);
    await saveScreenshot(page, 'storage-import-warning');
    await clickItem(page, 'import_apply');

    await findItem(page, 'storage_export_now', { timeout: 10000 });
    assert.match((await findItem(page, 'storage_status')).label, /^Not saved · \d+% of this browser's storage, 3 backups$/);
    assert.deepEqual(await slots(page), before, 'every stored copy exactly as it was');
    assert.equal(await generation(page), generationBefore);
    await saveScreenshot(page, 'storage-full-banner');

    // The advice: delete a deal you no longer need. Then Setright saves again.
    await clickItem(page, 'deal_row:heavy');
    await clickItem(page, 'deal_delete:heavy');
    await clickItem(page, 'deal_delete_yes:heavy');
    await waitForGeneration(page, generationBefore + 1, 'the save after deleting');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'storage_export_now'), (shown) => !shown, { what: 'the banner gone' });
    // "Saved" once the copy is durable too (README "Storage"), a moment after it is in localStorage.
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'storage_status')?.label, (line) => /^Saved in this browser/.test(line),
      { what: 'the status line saying saved' });
    assert.equal(JSON.parse(await storedWorkspace(page)).deals.length, 1);
    assert.deepEqual(consoleErrors, []);
  });
});

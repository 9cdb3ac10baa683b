// share.test.mjs — a deal sent as a link: File → "Copy a link" puts a URL on
// the clipboard whose #fragment carries the compressed deal, without the
// sender's ?lang=; someone else opening it sees what was shared (title,
// perspective, counts, the sender's notes) in their own language, adds it and
// gets the same deal; the fragment never reaches the server. A link pasted
// into a page already running opens the preview too, offering to compare
// with the copy the recipient has. A deal too big for a safe link is refused with a message
// and nothing is copied; every way a link can be broken is told in its own words.
import test from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, saveScreenshot, state, waitFor } from './support/app.mjs';

test('a deal travels in a link and arrives through the import preview', async () => {
  const { server, url } = await serveWebBundle();
  const requested = [];
  server.on('request', (request) => requested.push(request.url));
  const browser = await launchBrowser();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:rep-expectations');
    const deal = await waitFor(page, () => window.setright.state().deals[0], Boolean, { what: 'the deal' });
    await clickItem(page, 'menu_file');
    await clickItem(page, 'file_share_link');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'notice')?.label ?? '', (l) => /Link copied/.test(l),
      { what: 'the notice' });
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#deal=[A-Za-z0-9_-]+$/, 'no ?lang=: the recipient reads it in their own language');
    assert.doesNotMatch(link, /lang=/);
    assert.ok(link.length < JSON.stringify(deal).length / 2, `compressed: ${link.length} characters`);

    // Someone else, with their own browser storage and a Norwegian browser, opens it.
    const other = await launchBrowser([], { locale: 'nb-NO' });
    try {
      const { page: theirs } = await openApp(other.context, link);
      const title = await findItem(theirs, 'shared_title');
      assert.equal(title.label, deal.title);
      assert.equal(await theirs.evaluate(() => location.hash), '', 'the deal leaves the address bar');
      const musts = deal.requirements.filter((r) => r.priority === 'must').length;
      const open = deal.questions.filter((q) => q.status === 'open' || q.status === 'promised').length;
      const counts = (await findItem(theirs, 'shared_counts')).label;
      assert.match(counts, new RegExp(`^${deal.requirements.length} krav \\(${musts} må-ha-krav\\) · ${deal.vendors.length} leverandør(er)? · ${open} (åpent|åpne) spørsmål$`));
      assert.equal((await findItem(theirs, 'shared_perspective')).label, 'Sett fra selgeren');
      assert.equal((await findItem(theirs, 'shared_notes')).label, deal.notes);
      assert.equal((await findItem(theirs, 'share_add')).label, 'Legg til i mine avtaler');
      assert.ok(!(await theirs.evaluate(() => window.setright.items())).some((i) => i.id === 'share_compare'), 'a new deal: nothing to compare');
      await saveScreenshot(theirs, 'share-recipient-nb-1280');
      await clickItem(theirs, 'share_add');
      const received = await waitFor(theirs, () => window.setright.state().deals[0], Boolean, { what: 'the imported deal' });
      assert.deepEqual(received, deal);

      // The same link pasted into the address bar of the running page (no reload: a hashchange): the recipient has
      // that deal now, so the summary offers to compare, which is the full merge preview.
      await waitFor(theirs, () => window.setright.items().some((i) => i.id === 'import_cancel'), (open) => !open, { what: 'the preview closed' });
      await theirs.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
      await findItem(theirs, 'share_compare');
      assert.equal(await theirs.evaluate(() => location.hash), '', 'taken from the address bar again: a reload does not import it twice');
      assert.ok(!(await theirs.evaluate(() => window.setright.items())).some((i) => i.id === 'share_add'), 'already there: not added twice');
      await clickItem(theirs, 'share_compare');
      await findItem(theirs, 'import_outcome');
      await clickItem(theirs, 'import_cancel');
      assert.deepEqual((await theirs.evaluate(() => window.setright.state())).deals, [deal]);
    } finally {
      await other.close();
    }
    assert.ok(requested.every((path) => !path.includes('deal=')), 'the fragment is never sent to the server');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a deal too big for a safe link is refused with a message, and every broken link says what is wrong', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    // Notes that do not compress (random text), imported through the file picker.
    const notes = crypto.randomBytes(40000).toString('base64');
    const workspace = { format: 'setright', version: 1, deals: [{ id: 'big', title: 'Big notes', perspective: 'buyer', notes }] };
    await page.setInputFiles('#setright-file-input', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(workspace)) });
    await clickItem(page, 'import_apply');
    await clickItem(page, 'deal_row:big');
    await page.evaluate(() => navigator.clipboard.writeText('left alone'));
    await clickItem(page, 'menu_file');
    await clickItem(page, 'file_share_link');
    const notice = await waitFor(page, () => window.setright.items().find((i) => i.id === 'notice')?.label ?? '', (l) => l !== '',
      { what: 'the notice' });
    assert.match(notice, /link of \d+(\.\d)? k characters, more than the 32 k .* Export the deal as a file instead/);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'left alone', 'nothing copied');

    // A link that long, made by hand, is refused on arrival too: the preview says what is wrong.
    const before = await state(page);
    const { page: opened, consoleErrors: openedErrors } = await openApp(browser.context, `${url}?lang=en#deal=${'A'.repeat(40000)}`);
    const length = `${url}?lang=en#deal=`.length + 40000;
    const tooLong = await waitFor(opened, () => window.setright.items().filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label),
      (list) => list.length > 0, { what: 'the refused link in the preview' });
    assert.deepEqual(tooLong, [`shared-link.json: this link is ${length.toLocaleString('en')} characters long, more than the 33,024 a Setright link ` +
      'can have, so nothing in it was read. Ask for the deal as a file instead.']);
    await clickItem(opened, 'import_cancel');

    // Every other way a link breaks, pasted into the same running page: each says what is wrong, in words of its own.
    const data = (text) => zlib.deflateRawSync(Buffer.from(text)).toString('base64url');
    const good = data(JSON.stringify({ format: 'setright', version: 1, deals: [{ id: 'small', title: 'Small' }] }));
    const opens = async (fragment) => {
      await waitFor(opened, () => window.setright.items().some((i) => i.id === 'import_cancel'), (open) => !open, { what: 'the preview closed' });
      await opened.evaluate((hash) => { location.hash = hash; }, `#deal=${fragment}`);
      const problems = await waitFor(opened, () => window.setright.items().filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label),
        (list) => list.length > 0, { what: `the problem with #deal=${fragment.slice(0, 30)}…` });
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.equal(await opened.evaluate(() => location.hash), '');
      await clickItem(opened, 'import_cancel');
      return problems[0];
    };
    const said = {
      character: await opens(`${good.slice(0, 10)}!${good.slice(10)}`),
      stops: await opens(good.slice(0, 21)), // no base64 text is 21 characters long
      unpacks: await opens(good.slice(0, 20)), // cut in a chat program: inflating it fails
      bomb: await opens(data(' '.repeat(17 * 1024 * 1024))),
      foreign: await opens(data(JSON.stringify({ hello: 'world' }))),
      json: await opens(data('{"format": "setright", "version": 1, "deals": [}')),
    };
    assert.match(said.character, /^shared-link\.json: this link has been changed on the way: character 11 of its data is '!', which a Setright link never holds/);
    assert.match(said.stops, /^shared-link\.json: this link has been cut short: its data stops part-way, so nothing in it was read/);
    assert.match(said.unpacks, /^shared-link\.json: this link has been cut short or changed: its data does not unpack \(.+\), so nothing in it was read/);
    assert.match(said.bomb, /^shared-link\.json: this link unpacks to more than 16 MB, far more than a deal sent as a link/);
    assert.match(said.foreign, /^shared-link\.json: .*not a Setright file/);
    assert.match(said.json, /^shared-link\.json:1:\d+: syntax error: /);
    assert.deepEqual(await state(opened), before, 'nothing imported');
    assert.deepEqual(openedErrors, []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

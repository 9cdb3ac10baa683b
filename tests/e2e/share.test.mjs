// share.test.mjs — a deal sent as a link: File → "Copy a link" puts a URL on
// the clipboard whose #fragment carries the compressed deal; someone else
// opening it sees the import preview and gets the same deal; the fragment
// never reaches the server. A deal too big for a safe link is refused with a
// message and nothing is copied.
import test from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, waitFor } from './support/app.mjs';

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
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/\?lang=en#deal=[A-Za-z0-9_-]+$/);
    assert.ok(link.length < JSON.stringify(deal).length / 2, `compressed: ${link.length} characters`);

    // Someone else, with their own browser storage, opens it.
    const other = await launchBrowser();
    try {
      const { page: theirs } = await openApp(other.context, link.replace('?lang=en', '?lang=nb'));
      await findItem(theirs, 'import_apply');
      assert.equal(await theirs.evaluate(() => location.hash), '', 'the deal leaves the address bar');
      await clickItem(theirs, 'import_apply');
      const received = await waitFor(theirs, () => window.setright.state().deals[0], Boolean, { what: 'the imported deal' });
      assert.deepEqual(received, deal);
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

test('a deal too big for a safe link is refused with a message', async () => {
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
    const { page: opened } = await openApp(browser.context, `${url}?lang=en#deal=${'A'.repeat(40000)}`);
    const problems = await waitFor(opened, () => window.setright.items().filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label),
      (list) => list.length > 0, { what: 'the refused link in the preview' });
    assert.match(problems[0], /^shared-link\.json: this link is too long to be safe or has been cut short/);
    // So is one cut short in a chat program (it no longer unpacks).
    const half = 'eJyrVkrLz1eyUsrNTSxKSS1SyEksSc3PS8wpUaoFAHDNCEk'.slice(0, 20);
    const { page: cut } = await openApp(browser.context, `${url}?lang=en#deal=${half}`);
    await waitFor(cut, () => window.setright.items().filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label).join(),
      (l) => /^shared-link\.json: this link is too long to be safe or has been cut short/.test(l), { what: 'the cut link refused' });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

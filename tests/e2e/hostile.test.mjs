// hostile.test.mjs — the hostile files of tests/hostile through the browser's
// file picker: a 1 GB file is refused by its size before it is read; every
// other one is refused with its own message (file and JSON pointer or line)
// and nothing in the workspace changes; the large but valid one (100,000
// requirements) imports whole and the app keeps drawing.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveWebBundle, openApp, clickItem, findItem, state, waitFor } from './support/app.mjs';
import { hostileFiles, bytesOf } from '../hostile/hostile_files.mjs';

async function pick(page, files) {
  await clickItem(page, 'menu_file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'file_import')]);
  await chooser.setFiles(files);
  await findItem(page, 'import_cancel', { timeout: 30000 });
}

test('hostile files are refused one by one with their messages; nothing changes; a huge valid one imports', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setright-hostile-'));
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a deal' });
    const before = await state(page);

    // A 1 GB file is refused by its size before a byte of it is read: within seconds, its size and
    // name in the message, and the wasm heap not grown. (Sparse: no disk used; Playwright gives a
    // local browser the path, and the test process never holds the file.)
    const huge = path.join(dir, 'huge.json');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 1024 ** 3);
    const heap = () => page.evaluate(() => window.setright.performance().heapBytes);
    const heapBefore = await heap();
    const rssBefore = process.memoryUsage().rss;
    await clickItem(page, 'menu_file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'file_import')]);
    const started = Date.now();
    await chooser.setFiles([huge]);
    await findItem(page, 'import_cancel', { timeout: 30000 });
    const seconds = (Date.now() - started) / 1000;
    const hugeProblems = (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label);
    assert.deepEqual(hugeProblems, ['huge.json: the file is 1 GB (1,073,741,824 bytes), more than the 64 MB Setright reads from one ' +
      'file, so nothing in it was read. Is it the file you meant?']);
    assert.ok(seconds < 5, `refused after ${seconds} s`);
    assert.equal(await heap(), heapBefore, 'the wasm heap did not grow');
    assert.ok(process.memoryUsage().rss - rssBefore < 256 * 1024 * 1024, 'the test process never read the file');
    await clickItem(page, 'import_cancel');
    assert.deepEqual(await state(page), before);

    const files = hostileFiles();
    const refused = files.filter((f) => !f.accepted);
    for (const f of files) fs.writeFileSync(path.join(dir, f.name), bytesOf(f));
    await pick(page, refused.map((f) => path.join(dir, f.name)));
    const problems = (await page.evaluate(() => window.setright.items()))
      .filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label);
    for (const f of refused) {
      const mine = problems.filter((p) => p.startsWith(`${f.name}:`));
      assert.ok(mine.some((p) => f.message.test(p)), `${f.name}: expected ${f.message}, got:\n${mine.join('\n')}`);
    }
    assert.equal((await page.evaluate(() => window.setright.items())).some((i) => i.id === 'import_apply'), false, 'nothing to apply');
    await clickItem(page, 'import_cancel');
    assert.deepEqual(await state(page), before, 'the workspace is as it was');

    const large = files.find((f) => f.accepted);
    await pick(page, [path.join(dir, large.name)]);
    await clickItem(page, 'import_apply');
    const imported = await waitFor(page, () => window.setright.state().deals.map((d) => (d.requirements ?? []).length),
      (counts) => counts.includes(large.requirements), { what: 'the large deal', timeout: 30000 });
    assert.equal(imported.length, 2);
    const frames = await page.evaluate(() => window.setright.frameStats().frames);
    await page.mouse.move(400, 300);
    await page.mouse.move(420, 320);
    await waitFor(page, () => window.setright.frameStats().frames, (n) => n > frames, { what: 'frames after the import' });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

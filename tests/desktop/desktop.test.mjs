// desktop.test.mjs — the desktop build (build/native/setright-desktop), run
// headless through SDL's offscreen driver and driven through its stdin test API
// (tests/README.md): real SDL mouse, key and drop events at the rectangles the
// app reports. Checks the native side of src/platform: files for storage that
// survive a restart, downloads into a folder, files dropped on the window, the
// language from the environment, and sleeping when idle.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

const binary = process.env.SETRIGHT_DESKTOP;
const running = new Set();
test.after(() => { for (const child of running) child.kill('SIGKILL'); });

class Desktop {
  constructor(env) {
    this.process = spawn(binary, [], {
      env: { ...process.env, SDL_VIDEODRIVER: 'offscreen', SETRIGHT_TEST_STDIO: '1', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    running.add(this.process);
    this.process.on('exit', () => running.delete(this.process));
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.lines = [];
    this.waiting = [];
    readline.createInterface({ input: this.process.stdout }).on('line', (line) => {
      const resolve = this.waiting.shift();
      if (resolve) resolve(line); else this.lines.push(line);
    });
    this.exited = new Promise((resolve) => this.process.on('close', (code) => resolve(code)));
  }
  // One answer per command; a dead or stuck app fails the test with what it
  // printed instead of leaving ctest to time out in silence.
  ask(command) {
    this.process.stdin.write(`${command}\n`);
    const answer = new Promise((resolve) => {
      if (this.lines.length) resolve(this.lines.shift()); else this.waiting.push(resolve);
    });
    let timer;
    const failure = new Promise((_, reject) => {
      const fail = (why) => reject(new Error(`desktop app ${why} after "${command}"; stderr:\n${this.stderr}`));
      timer = setTimeout(() => fail('gave no answer in 20 s'), 20000);
      this.exited.then((code) => fail(`exited with ${code}`));
    });
    return Promise.race([answer, failure]).finally(() => clearTimeout(timer));
  }
  async json(command) { return JSON.parse(await this.ask(command)); }
  async waitFor(probe, accept, what) {
    const deadline = Date.now() + 10000;
    for (;;) {
      const value = await probe();
      if (accept(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 300)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  item(id) { return this.waitFor(async () => (await this.json('items')).find((i) => i.id === id), Boolean, `item ${id}`); }
  async click(id) {
    const { rect } = await this.item(id);
    const frames = (await this.json('stats')).frames;
    await this.ask(`move ${Math.round(rect.x + rect.w / 2)} ${Math.round(rect.y + rect.h / 2)}`);
    await this.waitFor(async () => (await this.json('stats')).frames, (n) => n >= frames + 2, 'a frame of hover');
    await this.ask('down');
    await this.ask('up');
  }
  async quit() {
    await this.ask('quit');
    return this.exited;
  }
}

const folders = () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'setright-desktop-'));
  return { SETRIGHT_DATA_DIR: path.join(root, 'data'), SETRIGHT_DOWNLOAD_DIR: path.join(root, 'downloads') };
};

test('a deal made on the desktop is saved in files and there after a restart', { skip: !binary }, async () => {
  const env = { ...folders(), SETRIGHT_LANG: 'ko' };
  const first = new Desktop(env);
  assert.equal((await first.item('new_deal')).label, '새 거래', 'the language from SETRIGHT_LANG');
  await first.click('new_from_template');
  await first.click('template:sms-vendor-case');
  const made = await first.waitFor(() => first.json('state'), (s) => s.deals.length === 1, 'the deal');
  assert.equal(await first.ask('glyphs'), '0', 'every Hangul glyph in the fonts');
  // The layout check answers as on the web; a mouse needs 24 px targets.
  const problems = await first.json('layout');
  assert.ok(Array.isArray(problems));
  for (const problem of problems.filter((p) => p.problem === 'too_small')) assert.match(problem.detail, /at least 24 x 24$/);
  assert.equal(await first.quit(), 0);
  assert.ok(fs.readdirSync(env.SETRIGHT_DATA_DIR).length > 0, 'saved as files');
  assert.ok(!fs.readdirSync(env.SETRIGHT_DATA_DIR).some((f) => f.endsWith('.writing')), 'no half-written file left');

  const second = new Desktop(env);
  const reloaded = await second.waitFor(() => second.json('state'), (s) => s.deals.length === 1, 'the saved deal');
  assert.deepEqual(reloaded, made);
  assert.equal(await second.quit(), 0, second.stderr);
});

test('export into the downloads folder, import by dropping files on the window', { skip: !binary }, async () => {
  const env = { ...folders(), SETRIGHT_LANG: 'en' };
  const app = new Desktop(env);
  await app.click('new_from_template');
  await app.click('template:rep-expectations');
  const { deals: [deal] } = await app.waitFor(() => app.json('state'), (s) => s.deals.length === 1, 'the deal');
  await app.click('menu_file');
  await app.click('file_export_deal');
  const exported = path.join(env.SETRIGHT_DOWNLOAD_DIR, 'Expectations-before-close.json'); // named after the deal
  await app.waitFor(async () => fs.existsSync(exported), Boolean, 'the exported file');
  const sent = JSON.parse(fs.readFileSync(exported, 'utf8'));
  assert.deepEqual(sent.deals[0], deal);

  // Someone renamed it later and sent it back, along with a file that is not Setright's.
  sent.deals[0].title = 'Returned on the desktop';
  sent.deals[0].modified = '2099-01-01';
  const returned = path.join(env.SETRIGHT_DOWNLOAD_DIR, 'returned.json');
  const stray = path.join(env.SETRIGHT_DOWNLOAD_DIR, 'stray.json');
  fs.writeFileSync(returned, JSON.stringify(sent));
  fs.writeFileSync(stray, '{"hello": 1}');
  // And two that are never read: a pipe (reading it would block the app) and a 1 GB file (sparse: no disk used).
  const pipe = path.join(env.SETRIGHT_DOWNLOAD_DIR, 'pipe.json');
  execFileSync('mkfifo', [pipe]);
  const huge = path.join(env.SETRIGHT_DOWNLOAD_DIR, 'huge.json');
  fs.closeSync(fs.openSync(huge, 'w'));
  fs.truncateSync(huge, 1024 ** 3);
  await app.ask(`drop ${returned}\t${stray}\t${pipe}\t${huge}`);
  await app.item('import_apply');
  const problems = (await app.json('items')).filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label);
  assert.deepEqual(problems, [
    'stray.json: not a Setright file (expected a JSON object with "format": "setright")',
    'pipe.json: not a file (a folder, a device or a pipe), so nothing was read from it',
    'huge.json: the file is 1 GB (1,073,741,824 bytes), more than the 64 MB Setright reads from one file, so nothing in it was read. Is it the file you meant?',
  ]);
  assert.equal((await app.json('state')).deals[0].title, deal.title, 'nothing changes before Apply');
  await app.click('import_apply');
  await app.waitFor(() => app.json('state'), (s) => s.deals[0].title === 'Returned on the desktop', 'the merge');
  assert.equal(await app.quit(), 0, app.stderr);
});

test('the desktop app sleeps when idle', { skip: !binary }, async () => {
  const app = new Desktop(folders());
  await app.item('new_deal');
  await new Promise((r) => setTimeout(r, 500));
  const before = (await app.json('stats')).frames;
  await new Promise((r) => setTimeout(r, 3000));
  const after = (await app.json('stats')).frames;
  // Each stats query wakes one frame (a command is an event); idle drawing would add ~180.
  assert.ok(after - before <= 3, `${after - before} frames in 3 idle seconds`);
  assert.equal(await app.quit(), 0, app.stderr);
});

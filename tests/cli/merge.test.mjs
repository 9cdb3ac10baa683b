// merge.test.mjs — `setright merge BASE INCOMING -o OUT`.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

// Base and incoming share deal "sms". Incoming updates "gorgias" (newer
// modified), adds "segments", and changes "emoji" with no modified date on
// either side: a conflict.
function fixtures(dir) {
  const base = sampleDeal();
  base.requirements[1].modified = '2019-10-20';
  const incoming = sampleDeal();
  incoming.requirements[1].modified = '2019-10-25';
  incoming.requirements[1].text = 'Gorgias integration, both ways';
  incoming.requirements[2].text = 'Emoji and images in messages';
  incoming.requirements.push({ id: 'segments', text: 'Segment by subscriber status', priority: 'must' });
  return {
    base: writeFile(dir, 'base.json', workspace(base)),
    incoming: writeFile(dir, 'incoming.json', workspace(incoming)),
  };
}

test('writes OUT, lists the changes and the conflict, exits 0', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const out = path.join(dir, 'out.json');
  const r = run(['merge', base, incoming, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`^merged ${base} and ${incoming} into ${out}: 2 changes, 1 conflict\n`));
  assert.match(r.stdout, /^  updated \/deals\/0\/requirements\/1: .*Gorgias integration, both ways/m);
  assert.match(r.stdout, /^  added   \/deals\/0\/requirements\/3: .*segments/m);
  assert.match(r.stdout, /^Conflicts \(.*base\.json's version kept\):\n  conflict \/deals\/0\/requirements\/2: .*Emoji/m);

  const merged = JSON.parse(fs.readFileSync(out, 'utf8'));
  assert.equal(merged.format, 'setright');
  const texts = merged.deals[0].requirements.map((req) => req.text);
  assert.deepEqual(texts, ['Recharge integration', 'Gorgias integration, both ways', 'Emoji in messages', 'Segment by subscriber status']);
  assert.equal(fs.existsSync(`${out}.tmp`), false, 'no temporary file is left');

  const v = run(['validate', out]);
  assert.equal(v.status, 0, v.stderr);
});

test('--output and OUT = BASE work: BASE is replaced whole', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const r = run(['merge', base, incoming, '--output', base]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(fs.readFileSync(base, 'utf8')).deals[0].requirements.length, 4);
});

test('-o - writes the workspace to stdout and the summary to stderr', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const r = run(['merge', base, incoming, '-o', '-']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).deals[0].requirements.length, 4);
  assert.match(r.stderr, /into <stdout>: 2 changes, 1 conflict/);
});

test('an invalid input exits 1 and writes nothing', () => {
  const dir = tempDir();
  const { base } = fixtures(dir);
  const bad = writeFile(dir, 'bad.json', workspace(sampleDeal({ stage: 'wedding' })));
  const out = path.join(dir, 'out.json');
  fs.writeFileSync(out, 'previous content');
  const r = run(['merge', base, bad, '-o', out]);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.startsWith(`${bad}: /deals/0/stage: `), r.stderr);
  assert.equal(fs.readFileSync(out, 'utf8'), 'previous content');
  assert.equal(fs.existsSync(`${out}.tmp`), false);
});

test('an OUT that cannot be written exits 1 with the OS reason', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const out = path.join(dir, 'no-such-dir', 'out.json');
  const r = run(['merge', base, incoming, '-o', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /out\.json: cannot create .*out\.json\.tmp: No such file or directory/);
});

test('OUT a directory: exits 1, the directory is untouched, no .tmp left', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const out = path.join(dir, 'a-directory');
  fs.mkdirSync(out);
  const r = run(['merge', base, incoming, '-o', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /a-directory: cannot replace: Is a directory/);
  assert.equal(fs.statSync(out).isDirectory(), true);
  assert.equal(fs.existsSync(`${out}.tmp`), false);
});

test('missing -o is a usage error', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const r = run(['merge', base, incoming]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^setright: missing -o OUT/);
  assert.match(r.stderr, /Try 'setright merge --help'\.\n$/);
});

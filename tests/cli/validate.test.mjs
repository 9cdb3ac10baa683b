// validate.test.mjs — `setright validate FILE…`: ok lines, problems with the
// file name and JSON pointer (or line:column), unreadable files, stdin, limits.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile, workspace, sampleDeal, promiseDeal } from './support/cli.mjs';

const dir = tempDir();

test('a valid file prints "FILE: ok (N deals)" and exits 0', () => {
  const file = writeFile(dir, 'two.json', workspace(sampleDeal(), promiseDeal()));
  const r = run(['validate', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${file}: ok (2 deals)\n`);
  assert.equal(r.stderr, '');
});

test('one deal is "1 deal"; an empty workspace is "0 deals"', () => {
  const one = writeFile(dir, 'one.json', workspace(sampleDeal()));
  const none = writeFile(dir, 'none.json', workspace());
  const r = run(['validate', one, none]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${one}: ok (1 deal)\n${none}: ok (0 deals)\n`);
});

test('a wrong value is reported with the file name and its JSON pointer, exit 1', () => {
  const deal = sampleDeal();
  deal.requirements[1].priority = 'urgent';
  const file = writeFile(dir, 'bad-priority.json', workspace(deal));
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, new RegExp(`^${escape(file)}: /deals/0/requirements/1/priority: expected one of must, should, nice`));
});

test('every problem in a file is listed, one per line', () => {
  const deal = sampleDeal();
  deal.requirements[0].priority = 'urgent';
  deal.stage = 'married';
  const file = writeFile(dir, 'two-problems.json', workspace(deal));
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.length >= 2, r.stderr);
  assert.ok(lines.some((l) => l.startsWith(`${file}: /deals/0/stage: `)), r.stderr);
  assert.ok(lines.some((l) => l.startsWith(`${file}: /deals/0/requirements/0/priority: `)), r.stderr);
});

test('a syntax error is reported as FILE:line:column', () => {
  const file = writeFile(dir, 'syntax.json', '{\n  "format": "setright",\n  "version": 1,,\n}');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, new RegExp(`^${escape(file)}:3:\\d+: `));
});

test('a missing file exits 1 naming the file and the OS reason', () => {
  const file = path.join(dir, 'does-not-exist.json');
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${file}: cannot open: No such file or directory\n`);
});

test('a directory exits 1 naming it and the OS reason', () => {
  const r = run(['validate', dir]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${dir}: cannot read: Is a directory\n`);
});

test('an unreadable file exits 1 with the OS reason', { skip: process.getuid?.() === 0 && 'root reads everything' }, () => {
  const file = writeFile(dir, 'locked.json', workspace());
  fs.chmodSync(file, 0o000);
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${file}: cannot open: Permission denied\n`);
});

test('every file is checked: valid ones print ok, the run exits 1 if any failed', () => {
  const good = writeFile(dir, 'good.json', workspace(sampleDeal()));
  const missing = path.join(dir, 'missing.json');
  const r = run(['validate', missing, good]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, `${good}: ok (1 deal)\n`);
  assert.match(r.stderr, /missing\.json: cannot open/);
});

test('"-" reads standard input, named <stdin> in messages', () => {
  let r = run(['validate', '-'], { input: JSON.stringify(workspace(sampleDeal())) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '<stdin>: ok (1 deal)\n');
  r = run(['validate', '-'], { input: '[]' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^<stdin>: /);
});

test('a file over 64 MB is refused with a message, without reading it', () => {
  const file = path.join(dir, 'huge.json');
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, 65 * 1024 * 1024); // sparse: costs no disk
  const r = run(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${file}: file is larger than the limit of 64 MB\n`);
  fs.unlinkSync(file);
});

test('standard input over 64 MB is refused too', () => {
  const r = run(['validate', '-'], { input: Buffer.alloc(65 * 1024 * 1024, 0x20) });
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '<stdin>: file is larger than the limit of 64 MB\n');
});

test('an empty file and a JSON value that is not a workspace both exit 1', () => {
  for (const [name, text] of [['empty.json', ''], ['array.json', '[]'], ['null.json', 'null'], ['other.json', '{"format":"other"}']]) {
    const file = writeFile(dir, name, text);
    const r = run(['validate', file]);
    assert.equal(r.status, 1, name);
    assert.ok(r.stderr.startsWith(`${file}:`), r.stderr);
  }
});

test('deeply nested input is refused, not a crash', () => {
  const file = writeFile(dir, 'deep.json', '['.repeat(100000) + ']'.repeat(100000));
  const r = run(['validate', file]);
  assert.equal(r.signal, null);
  assert.equal(r.status, 1);
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

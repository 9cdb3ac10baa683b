// json_test_suite.test.mjs — every file of JSONTestSuite's test_parsing given
// to `validate`: none is a Setright file, so each must exit 1 with a message
// naming the file, quickly, and never by a signal (crash, abort, hang).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, sourceDir } from './support/cli.mjs';

const suite = path.join(sourceDir, 'tests/data/json-test-suite/test_parsing');
const files = fs.readdirSync(suite).filter((f) => f.endsWith('.json')).sort();

test('the suite is there', () => {
  assert.ok(files.length > 300, `found ${files.length} files in ${suite}`);
});

test('every test_parsing file exits 1 from validate, with a message, without a signal', () => {
  const failures = [];
  for (const name of files) {
    const file = path.join(suite, name);
    const r = run(['validate', file], { timeout: 10000 });
    if (r.signal !== null || r.status !== 1 || !r.stderr.startsWith(`${file}:`) || r.stdout !== '')
      failures.push(`${name}: status ${r.status}, signal ${r.signal}, stderr ${JSON.stringify(r.stderr.slice(0, 200))}`);
  }
  assert.deepEqual(failures, []);
});

test('the same files through standard input also exit 1', () => {
  const failures = [];
  for (const name of files) {
    const r = run(['validate', '-'], { input: fs.readFileSync(path.join(suite, name)), timeout: 10000 });
    if (r.signal !== null || r.status !== 1) failures.push(`${name}: status ${r.status}, signal ${r.signal}`);
  }
  assert.deepEqual(failures, []);
});

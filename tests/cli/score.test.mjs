// score.test.mjs — `setright score`: verdicts, coverage, red flags, --at, --json.
import test from 'node:test';
import assert from 'node:assert/strict';
import { run, tempDir, writeFile, workspace, sampleDeal, promiseDeal } from './support/cli.mjs';

const dir = tempDir();
const sample = writeFile(dir, 'sample.json', workspace(sampleDeal()));
const promise = writeFile(dir, 'promise.json', workspace(promiseDeal()));

test('text output: the verdict with each blocker, coverage per vendor, red flags', () => {
  const r = run(['score', sample, '--at', '2019-10-20']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(r.stdout, new RegExp(`^${sample.replace(/[.]/g, '\\.')} at 2019-10-20: 1 deal\n`));
  assert.match(r.stdout, /^Deal sms: SMS marketing tool$/m);
  assert.match(r.stdout, /^  NOT READY to sign with Acme SMS$/m);
  assert.match(r.stdout, /^    - must_have_not_verified: Must-have “Gorgias integration” is only “claimed”, not verified$/m);
  // (3 × 1 + 2 × 0.25 + 1 × 0) / 6 = 58%; must-haves (3 + 0.5) / 5 = 70%
  assert.match(r.stdout, /^    Acme SMS: 58% \(must-haves 70%, 1 of 2 verified\)$/m);
  assert.match(r.stdout, /^  Red flags:\n    \[critical\] must_have_only_claimed: /m);
});

test('--at moves past a promised date on a must-have: READY becomes NOT READY', () => {
  const before = run(['score', promise, '--at', '2019-10-30']);
  assert.equal(before.status, 0, before.stderr);
  assert.match(before.stdout, /^  READY to sign with Acme SMS$/m);
  assert.doesNotMatch(before.stdout, /promised_answer_overdue/);

  const after = run(['score', promise, '--at', '2019-10-31']);
  assert.equal(after.status, 0, after.stderr);
  assert.match(after.stdout, /^  NOT READY to sign with Acme SMS$/m);
  assert.match(after.stdout, /^    - promised_answer_overdue: The answer to “Does the Recharge integration sync subscriber status\?”.*2019-10-30/m);
});

test('--at takes a time of day too', () => {
  const r = run(['score', promise, '--at', '2019-10-30T23:59Z', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.at, '2019-10-30T23:59Z');
  assert.equal(doc.deals[0].readiness.ready, true);
});

test('--json: one document with a fixed field order', () => {
  const r = run(['score', promise, '--at=2019-10-31', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(doc), ['file', 'at', 'deals']);
  assert.equal(doc.file, promise);
  assert.equal(doc.at, '2019-10-31');
  const deal = doc.deals[0];
  assert.deepEqual(Object.keys(deal), ['id', 'title', 'readiness', 'coverage', 'red_flags']);
  assert.deepEqual(Object.keys(deal.readiness), ['ready', 'nothing_to_judge', 'vendor', 'blockers']);
  assert.equal(deal.readiness.nothing_to_judge, null);
  assert.equal(deal.readiness.ready, false);
  assert.equal(deal.readiness.vendor, 'acme');
  assert.deepEqual(deal.readiness.blockers.map((b) => [b.kind, b.requirement, b.question]), [['promised_answer_overdue', 'recharge', 'q1']]);
  assert.deepEqual(Object.keys(deal.coverage[0]), ['vendor', 'name', 'coverage', 'must_coverage', 'must_total', 'must_verified']);
  assert.equal(deal.coverage[0].coverage, 0.75);
  assert.deepEqual(Object.keys(deal.red_flags[0]), ['code', 'severity', 'subject', 'subject_kind', 'explanation']);
  assert.ok(deal.red_flags.some((f) => f.code === 'promised_answer_overdue' && f.subject === 'q1'));
  // Same input, same bytes.
  assert.equal(run(['score', promise, '--at=2019-10-31', '--json']).stdout, r.stdout);
});

test('without --at the verdict is judged today (UTC)', () => {
  const r = run(['score', promise, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).at, new Date().toISOString().slice(0, 10));
});

test('a bad --at date is a usage error (exit 2), checked before the file', () => {
  for (const at of ['2019-02-30', 'yesterday', '2019-1-5', '']) {
    const r = run(['score', 'no-such-file.json', '--at', at]);
    assert.equal(r.status, 2, at);
    assert.equal(r.stderr, `setright: bad --at date '${at}' (expected YYYY-MM-DD or YYYY-MM-DDTHH:MMZ)\nTry 'setright score --help'.\n`);
  }
});

test('an invalid file exits 1 with the file name and JSON pointer, and prints no score', () => {
  const deal = sampleDeal();
  deal.questions[0].promised_by = '2019-13-01';
  const file = writeFile(dir, 'bad-date.json', workspace(deal));
  const r = run(['score', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.startsWith(`${file}: /deals/0/questions/0/promised_by: `), r.stderr);
});

test('standard input with "-"', () => {
  const r = run(['score', '-', '--at', '2019-10-30', '--json'], { input: JSON.stringify(workspace(promiseDeal())) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).file, '<stdin>');
});

test('Korean and Russian text passes through unchanged (UTF-8)', () => {
  const deal = promiseDeal();
  deal.title = 'SMS 마케팅 도구 — выбор поставщика';
  deal.vendors[0].name = 'Акме 문자';
  const file = writeFile(dir, 'utf8.json', workspace(deal));
  const r = run(['score', file, '--at', '2019-10-30']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Deal promise: SMS 마케팅 도구 — выбор поставщика$/m);
  assert.match(r.stdout, /READY to sign with Акме 문자$/m);
  const json = JSON.parse(run(['score', file, '--at', '2019-10-30', '--json']).stdout);
  assert.equal(json.deals[0].title, 'SMS 마케팅 도구 — выбор поставщика');
});

test('a deal with several vendors and no primary vendor says so', () => {
  const deal = sampleDeal({ primary_vendor: '' });
  deal.vendors.push({ id: 'beta', name: 'Beta Texts' });
  const file = writeFile(dir, 'two-vendors.json', workspace(deal));
  const r = run(['score', file, '--at', '2019-10-20']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Nothing to judge yet: choose which vendor to judge/);
  assert.doesNotMatch(r.stdout, /READY/);
  assert.equal(JSON.parse(run(['score', file, '--at', '2019-10-20', '--json']).stdout).deals[0].readiness.nothing_to_judge, 'no_vendor_chosen');
  assert.match(r.stdout, /^    Acme SMS: 58%/m);
  assert.match(r.stdout, /^    Beta Texts: 0%/m);
});

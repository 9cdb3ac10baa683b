// study.test.mjs — `setright study`: the figures of a lead-response study.
import test from 'node:test';
import assert from 'node:assert/strict';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

const dir = tempDir();

// Four studios written to on a Monday: two answer by email (after 24 h and
// 48 h), one calls back after 12 h, one never answers.
function studyDeal() {
  return {
    id: 'studios',
    title: 'Web studios, St. Petersburg',
    currency: 'RUB',
    study: {
      method: 'contact form on each site; the same letter',
      requests: [
        { id: 'a', vendor: 'Studio A', channel: 'form', sent_at: '2024-03-04T09:00Z', first_reply_at: '2024-03-05T09:00Z', reply_channel: 'email', quoted_price: 300000, materials: { proposal: true, estimate: true }, followed_up: true },
        { id: 'b', vendor: 'Studio B', channel: 'form', sent_at: '2024-03-04T09:00Z', first_reply_at: '2024-03-06T09:00Z', reply_channel: 'email', quoted_price: 500000, materials: { proposal: true } },
        { id: 'c', vendor: 'Студия В', channel: 'email', sent_at: '2024-03-04T09:00Z', first_reply_at: '2024-03-04T21:00Z', reply_channel: 'phone' },
        { id: 'd', vendor: 'Studio D', channel: 'form', sent_at: '2024-03-04T09:00Z' },
      ],
    },
  };
}

const file = writeFile(dir, 'study.json', workspace(sampleDeal(), studyDeal()));

test('text: only deals with a study, with shares, times, prices and materials', () => {
  const r = run(['study', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /SMS marketing tool/);
  assert.match(r.stdout, /^Deal studios: Web studios, St\. Petersburg$/m);
  assert.match(r.stdout, /^  Requests: 4$/m);
  assert.match(r.stdout, /^  First replies: email 50%, phone 25%, other 0%, never answered 25%$/m);
  assert.match(r.stdout, /^  Time to first reply: median 24\.0 h, mean 28\.0 h$/m);
  assert.match(r.stdout, /^  Quoted prices \(2\): median 400000, mean 400000 RUB$/m);
  assert.match(r.stdout, /^  Followed up unprompted: 25%$/m);
  assert.match(r.stdout, /^  Materials received: proposal 2, presentation 0, contract_template 0, portfolio 0, estimate 1$/m);
});

test('--json: one document, missing figures as null', () => {
  const r = run(['study', file, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(doc), ['file', 'deals']);
  assert.equal(doc.deals.length, 1);
  const s = doc.deals[0];
  assert.equal(s.id, 'studios');
  assert.equal(s.requests, 4);
  assert.equal(s.share_never, 0.25);
  assert.equal(s.response_hours_median, 24);
  assert.equal(s.price_median, 400000);
  assert.deepEqual(s.materials, { proposal: 2, presentation: 0, contract_template: 0, portfolio: 0, estimate: 1 });
  assert.equal(s.replies_by_weekday_hour.length, 7);
  assert.equal(s.replies_by_weekday_hour[0][21], 1); // Studio В called back Monday 21:00 UTC

  const empty = writeFile(dir, 'empty-study.json', workspace({ id: 'e', study: { requests: [] } }));
  const e = JSON.parse(run(['study', empty, '--json']).stdout).deals[0];
  assert.equal(e.requests, 0);
  assert.equal(e.response_hours_median, null);
  assert.equal(e.price_mean, null);
});

test('a file without a study says so and exits 0', () => {
  const plain = writeFile(dir, 'plain.json', workspace(sampleDeal()));
  const r = run(['study', plain]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${plain}: no deal has a study\n`);
  assert.deepEqual(JSON.parse(run(['study', plain, '--json']).stdout).deals, []);
});

test('an invalid study exits 1 naming the pointer', () => {
  const deal = studyDeal();
  deal.study.requests[2].reply_channel = 'pigeon';
  const bad = writeFile(dir, 'bad-study.json', workspace(deal));
  const r = run(['study', bad]);
  assert.equal(r.status, 1);
  assert.ok(r.stderr.startsWith(`${bad}: /deals/0/study/requests/2/reply_channel: `), r.stderr);
});

// report.test.mjs — `setright report --format md|csv`.
import test from 'node:test';
import assert from 'node:assert/strict';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';
import { parseCsv as readCsv } from '../hostile/injection.mjs';

const dir = tempDir();
const sample = writeFile(dir, 'sample.json', workspace(sampleDeal()));

// What the CLI writes, read back by an RFC 4180 reader; the last row ends with CRLF.
function parseCsv(text) {
  assert.ok(text.endsWith('\r\n'), 'the last row ends with CRLF');
  return readCsv(text);
}

test('csv: a header and one row per requirement and vendor, by name, CRLF line ends', () => {
  const r = run(['report', sample, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stdout,
    'Deal,Requirement,Priority,Weight,Vendor,Status\r\n' +
      'SMS marketing tool,Recharge integration,must,3,Acme SMS,verified\r\n' +
      'SMS marketing tool,Gorgias integration,must,2,Acme SMS,claimed\r\n' +
      'SMS marketing tool,Emoji in messages,nice,1,Acme SMS,unknown\r\n',
  );
});

test('csv: quotes, commas and line breaks in text are quoted per RFC 4180', () => {
  const deal = sampleDeal();
  deal.requirements[0].text = 'Recharge, "full" sync';
  deal.requirements[1].text = 'Gorgias\nreplies land in the helpdesk';
  deal.requirements[2].text = 'Emoji 😀, 한국어, русский';
  deal.requirements[2].weight = 0.5;
  const file = writeFile(dir, 'quoting.json', workspace(deal));
  const r = run(['report', file, '--format=csv']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\r\n');
  assert.equal(lines[1], 'SMS marketing tool,"Recharge, ""full"" sync",must,3,Acme SMS,verified');
  assert.equal(lines[2], 'SMS marketing tool,"Gorgias\nreplies land in the helpdesk",must,2,Acme SMS,claimed');
  assert.equal(lines[3], 'SMS marketing tool,"Emoji 😀, 한국어, русский",nice,0.5,Acme SMS,unknown');
  const rows = parseCsv(r.stdout);
  assert.equal(rows.length, 4);
  assert.deepEqual(rows.map((row) => row.length), [6, 6, 6, 6]);
  assert.equal(rows[1][1], 'Recharge, "full" sync');
  assert.equal(rows[2][1], 'Gorgias\nreplies land in the helpdesk');
});

test('csv: every vendor of the deal gets a row by its name, "unknown" without a claim, statuses in words', () => {
  const deal = sampleDeal();
  deal.vendors.push({ id: 'beta', name: 'Beta Texts' });
  deal.requirements[1].claims.push({ vendor: 'beta', status: 'not_supported' });
  const file = writeFile(dir, 'two-vendors.json', workspace(deal));
  const rows = parseCsv(run(['report', file, '--format', 'csv']).stdout);
  assert.deepEqual(rows.slice(1).map((row) => `${row[1]}/${row[4]}/${row[5]}`), [
    'Recharge integration/Acme SMS/verified', 'Recharge integration/Beta Texts/unknown',
    'Gorgias integration/Acme SMS/claimed', 'Gorgias integration/Beta Texts/not supported',
    'Emoji in messages/Acme SMS/unknown', 'Emoji in messages/Beta Texts/unknown',
  ]);
});

test('md: the verdict, blockers, requirements table, open questions and flags', () => {
  const r = run(['report', sample, '--format', 'md', '--at', '2019-10-31']);
  assert.equal(r.status, 0, r.stderr);
  const md = r.stdout;
  assert.match(md, /^# Setright report: SMS marketing tool\n\nJudged as of 2019-10-31\.\n/);
  assert.match(md, /^## SMS marketing tool\n\nStage: negotiation · seen by: buyer$/m);
  assert.match(md, /^\*\*NOT READY to sign with Acme SMS\*\*$/m);
  assert.match(md, /^- Must-have “Gorgias integration” is only “claimed”, not verified$/m);
  assert.match(md, /^\| Requirement \| Priority \| Weight \| Acme SMS \|$/m);
  assert.match(md, /^\| Gorgias integration \| must \| 2 \| claimed \|$/m);
  assert.match(md, /^### Open questions$/m);
  assert.match(md, /^\| Does the Recharge integration sync subscriber status\? \| Acme SMS \| Rep One \| 2019-10-30 \*\*\(overdue\)\*\* \| promised \|$/m);
  assert.match(md, /^### Red flags\n\n- \*\*critical\*\* Must-have only claimed: Must-have “Gorgias integration” is only claimed by Acme SMS/m);
  // Names, texts and headlines only: no id, no code, no code span.
  for (const idOrCode of ['`', 'sms', 'recharge', 'gorgias', 'acme', 'q1', 'must_have_only_claimed', 'promised_answer_overdue']) {
    assert.ok(!md.includes(idOrCode), `${idOrCode} in\n${md}`);
  }
});

test('md: several deals are titled by their number', () => {
  const file = writeFile(dir, 'two-deals.json', workspace(sampleDeal(), sampleDeal({ id: 'sms2', title: 'Second look' })));
  const r = run(['report', file, '--at', '2019-10-31']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^# Setright report: 2 deals\n\nJudged as of 2019-10-31\.\n/);
  assert.match(r.stdout, /^## Second look$/m);
});

test('md is the default format; text that would break a table is escaped', () => {
  const deal = sampleDeal();
  deal.requirements[0].text = 'Recharge | Shopify\nsync <b>now</b>';
  const file = writeFile(dir, 'escape.json', workspace(deal));
  const r = run(['report', file, '--at', '2019-10-20']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^\| Recharge \\\| Shopify sync &lt;b&gt;now&lt;\/b&gt; \| must \| 3 \| verified \|$/m);
});

test('md: a "verified" claim with no answering evidence shows what it counts as', () => {
  const deal = sampleDeal();
  deal.requirements[0].claims[0].evidence[0].answers = false;
  const file = writeFile(dir, 'unproven.json', workspace(deal));
  const r = run(['report', file, '--at', '2019-10-20']);
  assert.match(r.stdout, /^\| Recharge integration \| must \| 3 \| verified \(counts as demonstrated\) \|$/m);
});

test('a bad --format is a usage error (exit 2)', () => {
  const r = run(['report', sample, '--format', 'pdf']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "setright: bad --format 'pdf' (expected md, csv or xlsx)\nTry 'setright report --help'.\n");
});

test('an invalid file exits 1 naming the file and pointer', () => {
  const file = writeFile(dir, 'bad.json', workspace(sampleDeal({ perspective: 'seller' })));
  const r = run(['report', file, '--format', 'csv']);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.ok(r.stderr.startsWith(`${file}: /deals/0/perspective: `), r.stderr);
});

test('--follow-up: the draft to one vendor, by id or name: the overdue promise, the must-have only claimed', () => {
  const byId = run(['report', sample, '--follow-up', 'acme', '--at', '2019-11-04']);
  assert.equal(byId.status, 0, byId.stderr);
  assert.equal(
    byId.stdout,
    'Subject: SMS marketing tool: open questions for Acme SMS\n\n' +
      'Hello,\n\n' +
      'Following up on “SMS marketing tool”: this is what we are still waiting for from Acme SMS as of 2019-11-04.\n\n' +
      'Questions still waiting for an answer:\n' +
      '- OVERDUE “Does the Recharge integration sync subscriber status?”: Rep One promised an answer by 2019-10-30, 5 days ago.\n\n' +
      'Must-haves so far only claimed; please send something that shows each (a demo, a document, a reference customer or a test account):\n' +
      '- Gorgias integration\n\n' +
      'Thank you.\n',
  );
  assert.equal(run(['report', sample, '--follow-up', 'Acme SMS', '--at', '2019-11-04']).stdout, byId.stdout);
  const early = run(['report', sample, '--follow-up', 'acme', '--at', '2019-10-20']);
  assert.match(early.stdout, /\n- “Does the Recharge integration sync subscriber status\?”: Rep One promised an answer by 2019-10-30\.\n/);
});

test('--follow-up: a vendor no deal has exits 1 naming the file', () => {
  const r = run(['report', sample, '--follow-up', 'nobody']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /sample\.json: no deal has a vendor with the id or name 'nobody'/);
});

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
  assert.equal(r.stderr, `${out}: cannot create a temporary file in ${path.dirname(out)}: No such file or directory\n`);
});

test('OUT a directory: exits 1, the directory is untouched, nothing left beside it', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const out = path.join(dir, 'a-directory');
  fs.mkdirSync(out);
  const before = fs.readdirSync(dir).sort();
  const r = run(['merge', base, incoming, '-o', out]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${out}: cannot write: Is a directory\n`);
  assert.equal(fs.statSync(out).isDirectory(), true);
  assert.deepEqual(fs.readdirSync(dir).sort(), before);
});

// Writes the two deals as BASE and INCOMING, merges them into OUT and checks exit 0.
function mergeDeals(base, incoming) {
  const dir = tempDir();
  const b = writeFile(dir, 'base.json', workspace(base));
  const i = writeFile(dir, 'incoming.json', workspace(incoming));
  const out = path.join(dir, 'out.json');
  const r = run(['merge', b, i, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  return { r, i, out };
}

// Both sides added to the same claim's evidence and the same question's
// history: every piece is in OUT, and each is listed with where it came from.
test('evidence and history notes added on both sides are all kept, each listed', () => {
  const base = sampleDeal();
  const incoming = sampleDeal();
  const mineClaim = base.requirements[0].claims[0];
  mineClaim.evidence.push({ id: 'e-mine', kind: 'call_note', summary: 'Call with their CTO', answers: true });
  mineClaim.modified = '2019-10-20T10:00Z';
  base.questions[0].history = [{ at: '2019-10-16', kind: 'raised' }, { at: '2019-10-23T15:00Z', note: 'Chased by email' }];
  base.questions[0].modified = '2019-10-23T15:00Z';
  const theirClaim = incoming.requirements[0].claims[0];
  theirClaim.evidence.push({ id: 'e-theirs', kind: 'reference', summary: 'Reference call with Brand X', answers: true });
  theirClaim.modified = '2019-10-20T10:30Z';
  incoming.questions[0].history = [{ at: '2019-10-16', kind: 'raised' }, { at: '2019-10-22T09:00Z', kind: 'promised', note: 'Rep One' }];
  incoming.questions[0].modified = '2019-10-22T09:00Z';
  const { r, i, out } = mergeDeals(base, incoming);
  // The claim and the question (their own dates), two pieces of evidence, two history entries.
  assert.match(r.stdout, /: 6 changes, 0 conflicts\n/);
  assert.match(r.stdout, /^  added   \/deals\/0\/requirements\/0\/claims\/0\/evidence\/2: evidence e-theirs 'Reference call with Brand X' on claim by vendor acme on requirement recharge 'Recharge integration' in deal sms 'SMS marketing tool': only in incoming; added$/m);
  assert.match(r.stdout, /^  kept    \/deals\/0\/requirements\/0\/claims\/0\/evidence\/1: evidence e-mine 'Call with their CTO' on claim by vendor acme .*: only in base; kept/m);
  assert.match(r.stdout, /^  added   \/deals\/0\/questions\/0\/history\/1: history entry 2019-10-22T09:00Z promised 'Rep One' on question q1 .*: only in incoming; added$/m);
  assert.match(r.stdout, /^  kept    \/deals\/0\/questions\/0\/history\/2: history entry 2019-10-23T15:00Z note 'Chased by email' on question q1 .*: only in base; kept/m);
  assert.doesNotMatch(r.stdout, /evidence changed|history changed/);

  const merged = JSON.parse(fs.readFileSync(out, 'utf8')).deals[0];
  assert.deepEqual(merged.requirements[0].claims[0].evidence.map((e) => e.id), ['e1', 'e-mine', 'e-theirs']);
  assert.equal(merged.requirements[0].claims[0].modified, '2019-10-20T10:30Z');
  assert.deepEqual(merged.questions[0].history.map((e) => e.note ?? e.kind), ['raised', 'Rep One', 'Chased by email']);
  assert.equal(run(['validate', out]).status, 0);

  // Merging the result with the colleague's file again brings nothing more.
  const again = run(['merge', out, i, '-o', '-']);
  assert.equal(again.status, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout).deals[0], merged);
  assert.doesNotMatch(again.stderr, /^  (added|updated) /m);
});

// Your edit at 10:00; the colleague's later edit was stamped 09:30 by a clock
// an hour behind. Base's version stays, and the summary says so.
test('an edit stamped by a clock that is behind is listed as kept, base is newer', () => {
  const base = sampleDeal();
  base.requirements[1].text = 'Gorgias integration (tickets)';
  base.requirements[1].modified = '2019-10-20T10:00Z';
  const incoming = sampleDeal();
  incoming.requirements[1].text = 'Gorgias integration (tickets and macros)';
  incoming.requirements[1].modified = '2019-10-20T09:30Z';
  const { r, out } = mergeDeals(base, incoming);
  assert.match(r.stdout, /: 1 change, 0 conflicts\n/);
  assert.match(r.stdout, /^  kept    \/deals\/0\/requirements\/1: requirement gorgias 'Gorgias integration \(tickets\)' in deal sms 'SMS marketing tool': incoming differs \(text 'Gorgias integration \(tickets\)' -> 'Gorgias integration \(tickets and macros\)'\); kept base \(base is newer\)$/m);
  assert.equal(JSON.parse(fs.readFileSync(out, 'utf8')).deals[0].requirements[1].text, 'Gorgias integration (tickets)');
});

test('missing -o is a usage error', () => {
  const dir = tempDir();
  const { base, incoming } = fixtures(dir);
  const r = run(['merge', base, incoming]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^setright: missing -o OUT/);
  assert.match(r.stderr, /Try 'setright merge --help'\.\n$/);
});

// calendar.test.mjs — `setright calendar`: the .ics read back by a real
// iCalendar parser (ical.js, from npm), every promised answer, offer and due
// date in it once, with the same UIDs from one export to the next.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

const dir = tempDir();

// Long enough to be folded, with every character TEXT escapes.
const longTerms = 'Скидка 50% навсегда, если подписать до 31 декабря; 한국어 조건도 포함\\ — and a second line:\nsee the signed offer, page 2.';

// The sample deal with a date of every kind: two promised answers (one in
// Korean, promised by a person with a Russian name), an offer, a
// requirement's and an after-signing task's due dates, the target sign date.
function datedDeal() {
  const deal = sampleDeal({ target_sign_date: '2019-11-15' });
  deal.people = [{ id: 'ivan', name: 'Иван Петров', side: 'vendor', organisation: 'acme' }];
  deal.questions.push({
    id: 'q2', text: '한국어 메시지를 지원합니까?', vendor: 'acme', status: 'promised',
    promised_by: '2019-11-05', promised_by_whom: 'ivan',
  });
  deal.timeline = [{
    id: 't1', at: '2019-10-20', channel: 'offer', direction: 'from_vendor', vendor: 'acme', summary: 'The offer',
    offer: { expires: '2019-11-01', terms: longTerms },
  }];
  deal.requirements[1].due = '2019-11-10';
  deal.requirements[1].owner = 'ivan';
  deal.post_sale = [
    { id: 'kickoff', text: 'Kick-off call', due: '2019-12-01' },
    { id: 'contract', text: 'Countersigned contract filed', done: true, due: '2019-11-20' },
  ];
  return deal;
}

const file = writeFile(dir, 'dated.json', workspace(datedDeal()));

function calendar(args) {
  const r = run(['calendar', ...args]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  return r.stdout;
}

// The VEVENTs ical.js reads, by UID: { event, vevent }.
function events(ics) {
  const root = new ICAL.Component(ICAL.parse(ics));
  assert.equal(root.name, 'vcalendar');
  return root.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

const uid = (kind, id) => `${kind}/sms/${id}@setright`;

test('every promised answer, offer and due date is in the calendar once, an all-day event on its date', () => {
  const deal = datedDeal();
  const found = events(calendar([file, '--at', '2019-10-25']));
  const expected = [
    [`target-sign/sms@setright`, deal.target_sign_date],
    ...deal.questions.filter((q) => q.promised_by).map((q) => [uid('promise', q.id), q.promised_by]),
    ...deal.timeline.filter((t) => t.offer?.expires).map((t) => [uid('offer', t.id), t.offer.expires]),
    ...deal.requirements.filter((r) => r.due).map((r) => [uid('requirement', r.id), r.due]),
    ...deal.post_sale.filter((c) => c.due).map((c) => [uid('post-sale', c.id), c.due]),
  ];
  assert.equal(expected.length, 7);
  assert.deepEqual(found.map(({ event }) => event.uid).sort(), expected.map(([id]) => id).sort(), 'each date once, nothing else');
  for (const [id, date] of expected) {
    const { event } = found.find((e) => e.event.uid === id);
    assert.equal(event.startDate.isDate, true, `${id} is all-day`);
    assert.equal(event.startDate.toString(), date, id);
    assert.equal(event.endDate.toString(), new Date(Date.parse(date) + 86400e3).toISOString().slice(0, 10), `${id} ends the next day`);
    assert.equal(event.startDate.zone?.tzid ?? 'floating', 'floating', `${id}: a floating date, the same day in every time zone`);
  }
});

test('summaries name who promised what, by names, in any script; the terms survive escaping and folding', () => {
  const ics = calendar([file, '--at', '2019-10-25']);
  const byUid = new Map(events(ics).map(({ event }) => [event.uid, event]));
  assert.equal(byUid.get(uid('promise', 'q1')).summary, 'Answer promised by Rep One: Does the Recharge integration sync subscriber status?');
  assert.equal(byUid.get(uid('promise', 'q2')).summary, 'Answer promised by Иван Петров: 한국어 메시지를 지원합니까?');
  assert.match(byUid.get(uid('promise', 'q2')).description, /^Deal: SMS marketing tool\nVendor: Acme SMS\nStatus: promised$/);
  const offer = byUid.get(uid('offer', 't1'));
  assert.equal(offer.summary, 'Offer from Acme SMS expires');
  assert.equal(offer.description, `Deal: SMS marketing tool\nTerms: ${longTerms}`);
  assert.equal(byUid.get(uid('requirement', 'gorgias')).summary, 'Requirement due: Gorgias integration');
  assert.match(byUid.get(uid('requirement', 'gorgias')).description, /\nOwner: Иван Петров$/);
  assert.equal(byUid.get('target-sign/sms@setright').summary, 'Target signing: SMS marketing tool');
  assert.equal(byUid.get(uid('post-sale', 'kickoff')).summary, 'After signing, due: Kick-off call');

  // Lines end with CRLF, and none is longer than 75 octets: the long ones are folded.
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  const physical = ics.slice(0, -2).split('\r\n');
  assert.ok(physical.every((line) => !line.includes('\n') && !line.includes('\r')), 'CRLF only');
  for (const line of physical) assert.ok(Buffer.byteLength(line) <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  assert.ok(physical.filter((line) => line.startsWith(' ')).length >= 3, 'long lines are folded');
  // A fold never cuts a UTF-8 character: every physical line decodes on its own.
  for (const line of physical) assert.ok(!Buffer.from(line).toString('utf8').includes('\ufffd'), line);

  // People read names, never ids.
  for (const { event } of events(ics)) {
    for (const text of [event.summary, event.description]) {
      for (const id of ['acme', 'ivan', 'q1', 'q2', 't1', 'kickoff', 'gorgias']) assert.ok(!text.includes(id), `${id} in ${text}`);
    }
  }
});

test('what is still to come has a reminder the day before; what is answered or done has none', () => {
  const found = events(calendar([file, '--at', '2019-10-25']));
  for (const { vevent, event } of found) {
    const alarm = vevent.getFirstSubcomponent('valarm');
    if (event.uid === uid('post-sale', 'contract')) {
      assert.equal(alarm, null, 'a task done is not reminded');
      continue;
    }
    assert.ok(alarm, `${event.uid} has a reminder`);
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    assert.equal(alarm.getFirstPropertyValue('trigger').toString(), '-P1D');
    assert.equal(alarm.getFirstPropertyValue('description'), event.summary);
  }
});

test('two exports have the same UIDs, so importing again updates the events; only DTSTAMP differs', () => {
  const first = calendar([file, '--at', '2019-10-25']);
  const second = calendar([file, '--at', '2019-11-02T08:15Z']);
  assert.deepEqual(events(first).map(({ event }) => event.uid), events(second).map(({ event }) => event.uid));
  const stamps = events(second).map(({ vevent }) => vevent.getFirstPropertyValue('dtstamp').toString());
  assert.deepEqual([...new Set(stamps)], ['2019-11-02T08:15:00Z']);
  assert.equal(first.replaceAll('DTSTAMP:20191025T000000Z', 'DTSTAMP:20191102T081500Z'), second);
  // Without --at the stamp is now, to the minute, in UTC.
  const now = events(calendar([file]))[0].vevent.getFirstPropertyValue('dtstamp').toJSDate();
  assert.ok(Math.abs(now - Date.now()) < 5 * 60e3, `${now.toISOString()} is now`);
});

test('-o writes the file, --deal picks one deal of several', () => {
  const other = sampleDeal({ id: 'other', title: 'Другая сделка', target_sign_date: '2020-01-31' });
  const both = writeFile(dir, 'both.json', workspace(datedDeal(), other));
  const all = events(calendar([both, '--at', '2019-10-25']));
  assert.equal(all.length, 7 + 2);
  const out = path.join(dir, 'other.ics');
  assert.equal(calendar([both, '--deal', 'other', '--at', '2019-10-25', '-o', out]), '');
  const text = fs.readFileSync(out, 'utf8');
  assert.match(text, /\r\nX-WR-CALNAME:Setright: Другая сделка\r\n/);
  assert.deepEqual(events(text).map(({ event }) => event.uid).sort(), ['promise/other/q1@setright', 'target-sign/other@setright']);
});

test('errors: a missing deal or an invalid file exit 1 naming the file; a bad --at exits 2', () => {
  const missing = run(['calendar', file, '--deal', 'nope']);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr, `${file}: no deal 'nope'\n`);
  const broken = writeFile(dir, 'broken.json', '{"format": "setright", "version": 1, "deals": [}');
  const bad = run(['calendar', broken]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:`));
  assert.equal(bad.stdout, '');
  const usage = run(['calendar', file, '--at', 'soon']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /bad --at date 'soon'[^]*Try 'setright calendar --help'/);
  const empty = run(['calendar', file, '-o', '']);
  assert.equal(empty.status, 2);
});

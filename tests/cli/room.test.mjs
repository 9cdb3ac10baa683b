// room.test.mjs — `setright room`: five participants' answer files added up
// into the room's totals, through the real binary.
import test from 'node:test';
import assert from 'node:assert/strict';
import { run, tempDir, writeFile, workspace } from './support/cli.mjs';

const dir = tempDir();

// Three steps of the SMS vendor case: the demo (a must-have only claimed, plus
// the trainer's own sign), the follow-up call (the question tabled again) and
// the offer (expiring while nothing is verified: walk away).
const caseDeal = {
  id: 'sms',
  title: 'SMS vendor',
  currency: 'USD',
  case: {
    intro: 'BattlBox looks for an SMS tool.',
    signs: [{ code: 'pitch_not_qualify', label: 'More pitching than qualifying' }],
    steps: [
      { id: 's1', at: '2019-10-16', title: 'Demo', expected_flags: ['must_have_only_claimed', 'pitch_not_qualify'], expected_decision: 'wait' },
      { id: 's2', at: '2019-10-24', title: 'Follow-up', expected_flags: ['question_tabled_again'], expected_decision: 'wait' },
      { id: 's3', at: '2019-12-17', title: 'Offer', expected_flags: ['offer_expiring_unverified'], expected_decision: 'walk_away' },
    ],
  },
};
const caseFile = writeFile(dir, 'case.json', workspace(caseDeal));

function answers(participant, steps) {
  return JSON.stringify({ format: 'setright-answers', version: 1, deal: 'sms', case_title: 'SMS vendor', participant, answers: steps });
}
const step = (id, flags, decision) => (decision ? { step: id, flags, decision } : { step: id, flags });

const files = [
  writeFile(dir, 'ana.json', answers('Ana', [
    step('s1', ['must_have_only_claimed', 'pitch_not_qualify'], 'wait'),
    step('s2', ['question_tabled_again'], 'wait'),
    step('s3', ['offer_expiring_unverified'], 'walk_away')])),
  writeFile(dir, 'bo.json', answers('Bo', [step('s1', [], 'sign'), step('s2', [], 'sign'), step('s3', [], 'sign')])),
  writeFile(dir, 'chen.json', answers('Chen', [step('s1', ['must_have_only_claimed'], 'wait'), step('s3', ['plan_too_long'], 'wait')])),
  writeFile(dir, 'dina.json', answers('Dina', [step('s2', ['must_have_only_claimed', 'question_tabled_again'], 'wait')])),
  writeFile(dir, 'emil.json', answers('Emil', [step('s1', ['must_have_only_claimed'])])),
];

test('--json: the totals of five participants', () => {
  const r = run(['room', caseFile, ...files, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const room = JSON.parse(r.stdout);
  assert.equal(room.deal, 'sms');
  assert.equal(room.participants, 5);
  // Expected flags: 4 per participant. Ana 4, Bo 0, Chen 1, Dina 2 (one late), Emil 1.
  assert.equal(room.spotted, 8);
  assert.equal(room.missed, 12);
  assert.equal(room.false_alarms, 1); // Chen's plan_too_long
  assert.equal(room.decisions_matched, 5); // Ana 3, Chen 1, Dina 1
  assert.equal(room.decisions_expected, 15);
  assert.deepEqual(room.steps[0].marked, {
    must_have_only_claimed: 3, pitch_not_qualify: 1, question_tabled_again: 0, offer_expiring_unverified: 0, plan_too_long: 0,
  });
  assert.deepEqual(room.steps[0].decisions, { sign: 1, wait: 2, walk_away: 0, none: 2 });
  assert.deepEqual(room.steps[2].decisions, { sign: 1, wait: 1, walk_away: 1, none: 2 });
  assert.deepEqual(room.missed_by, { pitch_not_qualify: 4, offer_expiring_unverified: 4, question_tabled_again: 3, must_have_only_claimed: 1 });
  assert.deepEqual(room.scores.map((s) => [s.participant, s.spotted, s.missed, s.false_alarms, s.decisions_matched, s.final_decision]), [
    ['Ana', 4, 0, 0, 3, 'walk_away'],
    ['Bo', 0, 4, 0, 0, 'sign'],
    ['Chen', 1, 3, 1, 1, 'wait'],
    ['Dina', 2, 2, 0, 1, 'wait'],
    ['Emil', 1, 3, 0, 0, null],
  ]);
});

test('--csv and the Markdown debrief say the same', () => {
  const csv = run(['room', caseFile, ...files, '--csv']);
  assert.equal(csv.status, 0, csv.stderr);
  assert.match(csv.stdout, /^what,step,item,count,out_of\r\n/);
  assert.match(csv.stdout, /\r\nmarked,s2,question_tabled_again,2,5\r\n/);
  assert.match(csv.stdout, /\r\nmissed,,pitch_not_qualify,4,5\r\n/);
  assert.match(csv.stdout, /\r\nspotted,,Dina,2,4\r\n/);

  const md = run(['room', caseFile, ...files]);
  assert.equal(md.status, 0, md.stderr);
  assert.match(md.stdout, /^# Workshop debrief: SMS vendor$/m);
  assert.match(md.stdout, /Flags spotted: 8 of 20\. Missed: 12\. False alarms: 1\. Decisions as in the key: 5 of 15\./);
  assert.match(md.stdout, /^## Step 3 of 3: Offer$/m);
  assert.match(md.stdout, /^- More pitching than qualifying: missed by 4 of 5$/m);
});

test('an answer file that does not fit stops the command with its file and JSON path', () => {
  const wrong = writeFile(dir, 'wrong.json', answers('Finn', [step('s9', ['made_up'], 'wait')]));
  const r = run(['room', caseFile, files[0], wrong]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /wrong\.json: \/answers\/0\/step: no step with id 's9' in this case/);
  assert.match(r.stderr, /wrong\.json: \/answers\/0\/flags\/0: not a red-flag code or a sign of this case: 'made_up'/);

  const broken = writeFile(dir, 'broken.json', '{"format": "setright-answers",\n"version": 1,\n"deal": }\n');
  const b = run(['room', caseFile, broken]);
  assert.equal(b.status, 1);
  assert.match(b.stderr, /broken\.json:3:\d+: syntax error/);

  const notCase = writeFile(dir, 'other.json', answers('Gro', []).replace('"deal":"sms"', '"deal":"elsewhere"'));
  const o = run(['room', caseFile, notCase]);
  assert.equal(o.status, 1);
  assert.match(o.stderr, /case\.json: no deal 'elsewhere'/);
});

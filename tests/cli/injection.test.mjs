// injection.test.mjs — what the CLI writes cannot attack its reader: the
// hostile case of tests/hostile/injection.mjs (formulas, ESC sequences, NUL,
// "|" and CR in titles, ids and participants' names) through every command
// that prints it. CSV: no cell a spreadsheet would run. Markdown: tables keep
// their columns, no control character. Terminal text: no ESC, BEL, NUL or CR.
// JSON: the text exactly as it was (JSON escapes it).
import test from 'node:test';
import assert from 'node:assert/strict';
import { run, tempDir, writeFile } from './support/cli.mjs';
import {
  hostile, injectionWorkspace, injectionAnswers, parseCsv, formulaCells, controlCharacters, markdownTables, HYPERLINK, RETITLE,
} from '../hostile/injection.mjs';

const dir = tempDir();
const caseFile = writeFile(dir, 'hostile.json', injectionWorkspace());
const answerFiles = injectionAnswers().map((a) => writeFile(dir, a.name, a.text));
const at = ['--at', '2019-10-31'];

function ok(args) {
  const r = run(args);
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

function assertTablesWhole(md) {
  const tables = markdownTables(md);
  assert.ok(tables.length > 0, 'the document has tables');
  for (const rows of tables) assert.equal(new Set(rows).size, 1, `every row of a table has as many cells as its header: ${rows}`);
}

test('report --format csv: no cell starts a formula, numbers stay numbers, no control character', () => {
  const csv = ok(['report', caseFile, '--format', 'csv', ...at]);
  const rows = parseCsv(csv);
  assert.deepEqual(formulaCells(rows), []);
  assert.deepEqual(controlCharacters(csv, { allowCr: true }), []);
  assert.deepEqual(rows.map((row) => row.length), rows.map(() => 6));
  assert.deepEqual(rows[1], ['\ufffd]0;pwned\ufffdBudget approved ## NOT by the CFO\ufffd[2J', `'${HYPERLINK}`, 'must', '2', `'${HYPERLINK}|\ufffd`, 'claimed']);
  assert.equal(rows[3][1], `'${hostile.tabText}`);
  assert.equal(rows[2][1], 'Before\ufffdafter \ufffd[2J| pipe\rCR', 'NUL and ESC shown as U+FFFD; CR kept inside its quoted cell');
});

test('room --csv: participants\' names are text, never formulas; counts are numbers', () => {
  const csv = ok(['room', caseFile, ...answerFiles, '--csv']);
  const rows = parseCsv(csv);
  assert.deepEqual(formulaCells(rows), []);
  assert.deepEqual(controlCharacters(csv, { allowCr: true }), []);
  const names = [...new Set(rows.filter((row) => row[0] === 'spotted').map((row) => row[2]))];
  assert.deepEqual(names, [`'${HYPERLINK}`, "'+1", "'@SUM(A1)", "'-\ufffd]0;pwned\ufffd", 'Ana|\ufffd\r']);
  assert.deepEqual(rows.find((row) => row[0] === 'marked' && row[2] === 'must_have_only_claimed'), ['marked', `'${hostile.stepId}`, 'must_have_only_claimed', '3', '5']);
});

test('report (Markdown): tables keep their columns, no control character', () => {
  const md = ok(['report', caseFile, ...at]);
  assert.deepEqual(controlCharacters(md), []);
  assertTablesWhole(md);
  assert.match(md, /^## \ufffd\\\]0;pwned\ufffdBudget approved \\#\\# NOT by the CFO\ufffd\\\[2J$/m);
  assert.match(md, /^\| =HYPERLINK\("http:\/\/x","y"\) \| must \| 2 \| claimed \|$/m);
  assert.match(md, /^\| Requirement \| Priority \| Weight \| =HYPERLINK\("http:\/\/x","y"\)\\\|\ufffd \|$/m, 'a vendor named with "|" and NUL is escaped text');
});

test('room (Markdown): tables keep their columns, no control character', () => {
  const md = ok(['room', caseFile, ...answerFiles]);
  assert.deepEqual(controlCharacters(md), []);
  assertTablesWhole(md);
  assert.match(md, /^\| Ana\\\|\ufffd +\| 1 of 2 \|/m);
});

test('score: no escape sequence, BEL, NUL or CR reaches the terminal; --json keeps the text exactly', () => {
  const text = ok(['score', caseFile, ...at]);
  assert.deepEqual(controlCharacters(text), []);
  assert.match(text, /^Deal \+1\|deal\ufffd: \ufffd\]0;pwned\ufffdBudget approved ## NOT by the CFO\ufffd\[2J$/m);
  const json = JSON.parse(ok(['score', caseFile, ...at, '--json']));
  assert.equal(json.deals[0].title, hostile.dealTitle);
  assert.equal(json.deals[0].id, hostile.dealId);
});

test('every other line the CLI prints for a person is stripped too: validate, study, merge, errors', () => {
  // An error message quoting a hostile id (a duplicate), on standard error.
  const duplicate = injectionWorkspace();
  duplicate.deals.push({ ...duplicate.deals[0] });
  const bad = writeFile(dir, 'duplicate.json', duplicate);
  const refused = run(['validate', bad]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /duplicate id/);
  assert.deepEqual(controlCharacters(refused.stderr), []);
  // The same through main()'s handler (report stops at the first bad file).
  const reported = run(['report', bad]);
  assert.equal(reported.status, 1);
  assert.deepEqual(controlCharacters(reported.stderr), []);
  // A case the answers do not name.
  const wrongDeal = run(['room', caseFile, ...answerFiles, '--deal', `${RETITLE}x`]);
  assert.equal(wrongDeal.status, 1);
  assert.deepEqual(controlCharacters(wrongDeal.stderr), []);

  // study: the deal's id and title.
  const study = injectionWorkspace();
  study.deals[0].study = { requests: [{ id: 'lr1', vendor: `${RETITLE}v`, sent_at: '2019-10-16T09:00Z' }] };
  delete study.deals[0].case;
  const studyFile = writeFile(dir, 'study.json', study);
  const studied = ok(['study', studyFile]);
  assert.match(studied, /Budget approved/);
  assert.deepEqual(controlCharacters(studied), []);

  // merge: the summary quotes titles.
  const renamed = injectionWorkspace();
  renamed.deals[0].title = `${RETITLE}renamed`;
  renamed.deals[0].modified = '2099-01-01';
  const incoming = writeFile(dir, 'renamed.json', renamed);
  const merged = ok(['merge', caseFile, incoming, '-o', `${dir}/merged.json`]);
  assert.match(merged, /1 change/);
  assert.deepEqual(controlCharacters(merged), []);
});

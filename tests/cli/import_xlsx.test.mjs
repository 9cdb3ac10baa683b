// import_xlsx.test.mjs — `setright import` of XLSX workbooks written by
// openpyxl (tests/sheets/make_xlsx_fixtures.py; Debian's python3-openpyxl),
// some rewritten as Excel keeps them (shared strings, a formula's cached
// value, a Japanese phonetic run): a title above the header, merged cells,
// dates as date cells and as numbers, Korean and Cyrillic headers, 5,000
// rows; and workbooks refused with where and why, the workspace unchanged.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

const dir = tempDir();
const sourceDir = process.env.SETRIGHT_SOURCE_DIR;
execFileSync('/usr/bin/python3', [path.join(sourceDir, 'tests/sheets/make_xlsx_fixtures.py'), dir]);

const setrightImport = (...args) => run(['import', ...args], { cwd: dir });
const readDeal = (file) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')).deals[0];
const freshWorkspace = (name) => path.basename(writeFile(dir, name, workspace(sampleDeal())));

test('import xlsx: an RFP sheet with a title row, merged categories, date cells and a formula adds its rows with the right fields', () => {
  const into = freshWorkspace('en.json');
  const before = readDeal(into).requirements.length;
  const result = setrightImport('rfp-en.xlsx', '--into', into);
  assert.equal(result.status, 0, result.stderr);
  // Row 2 is the header (row 1 is the merged title); "Share" is no field; the hidden first sheet is passed over.
  assert.match(result.stdout, /^added 4 requirements from rfp-en\.xlsx to deal 'sms' \(columns: A text, B category, C priority, D weight, E owner, F due\)\n$/);
  const added = readDeal(into).requirements.slice(before);
  assert.deepEqual(added.map((r) => [r.text, r.category, r.priority, r.weight, r.due]), [
    ['Single sign-on with our IdP', 'Security', 'must', 3, '2026-12-10'], // the formula's cached value
    ['Audit log export', 'Security', 'should', 2, '2027-01-15'], // the category merged down B3:B5
    ['Data stays in the EU', 'Security', 'must', 1.5, undefined],
    ['Two-factor sign-in\nfor every admin', 'Access', 'nice', 1, '2026-12-24'], // after an empty row
  ]);
  assert.ok(added[0].owner, 'the owner column is read');
  assert.equal(run(['validate', path.join(dir, into)]).status, 0);
});

test('import xlsx: Korean and Cyrillic headers, dates stored as numbers, a phonetic run left out', () => {
  const ko = freshWorkspace('ko.json');
  const before = readDeal(ko).requirements.length;
  let result = setrightImport('rfp-ko.xlsx', '--into', ko);
  assert.equal(result.status, 0, result.stderr);
  const added = readDeal(ko).requirements.slice(before);
  assert.deepEqual(added.map((r) => [r.text, r.category, r.priority, r.weight, r.due, r.notes]), [
    ['한국어 화면 지원', '현지화', 'must', 3, '2026-12-10', '「㈜ 서울」 요청'],
    ['감사 로그 내보내기', '보안', 'should', 2, '2027-01-14', undefined],
    ['東京本社の承認', '承認', 'must', 1, undefined, undefined],
  ]);

  const ru = freshWorkspace('ru.json');
  result = setrightImport('rfp-ru.xlsx', '--into', ru);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /columns: A text, B priority, C weight, D due/);
  const russian = readDeal(ru).requirements.at(-2);
  assert.deepEqual([russian.text, russian.priority, russian.weight, russian.due], ['Единый вход (SSO)', 'must', 2, '2026-12-17']);
});

test('import xlsx: 5,000 rows', () => {
  const into = freshWorkspace('big.json');
  const before = readDeal(into).requirements.length;
  const result = setrightImport('rows-5000.xlsx', '--into', into);
  assert.equal(result.status, 0, result.stderr);
  const all = readDeal(into).requirements;
  assert.equal(all.length, before + 5000);
  assert.equal(all.at(-1).text, 'Requirement number 5000');
  assert.equal(all.at(-1).category, `Area ${5000 % 17}`);
});

test('import xlsx: unreadable workbooks and cells are refused with where and why; the workspace is unchanged', () => {
  const into = freshWorkspace('refused.json');
  const bytes = fs.readFileSync(path.join(dir, into));
  const refused = (sheet, pattern) => {
    const result = setrightImport(sheet, '--into', into);
    assert.equal(result.status, 1, `${sheet}: ${result.stdout}`);
    assert.match(result.stderr, pattern);
    assert.deepEqual(fs.readFileSync(path.join(dir, into)), bytes, `${sheet} left the workspace as it was`);
  };
  refused('bad-priority.xlsx', /bad-priority\.xlsx: .*C7.*Maybe later/);
  refused('broken-string.xlsx', /broken-string\.xlsx: cell B2 refers to shared string 999, which the workbook lacks/);
  refused('protected.xls', /protected\.xls: an Excel 97-2003 \(\.xls\) or password-protected workbook/);
  fs.writeFileSync(path.join(dir, 'not-a-sheet.xlsx'), 'PK\u0003\u0004 but nothing after');
  refused('not-a-sheet.xlsx', /not-a-sheet\.xlsx: not an XLSX workbook/);
  // A ZIP whose worksheet XML is cut short: the part and line are named.
  execFileSync('/usr/bin/python3', ['-c', [
    'import sys, zipfile',
    'src = zipfile.ZipFile(sys.argv[1])',
    'out = zipfile.ZipFile(sys.argv[2], "w")',
    'for item in src.infolist():',
    '    data = src.read(item.filename)',
    '    out.writestr(item, data[: len(data) // 2] if item.filename == "xl/worksheets/sheet1.xml" else data)',
    'out.close()'].join('\n'), path.join(dir, 'rfp-ru.xlsx'), path.join(dir, 'cut.xlsx')]);
  refused('cut.xlsx', /cut\.xlsx: xl\/worksheets\/sheet1\.xml line 1: /);
});

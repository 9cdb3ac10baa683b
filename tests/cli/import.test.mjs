// import.test.mjs — `setright import`: requirement sheets as spreadsheet
// programs write them, added to a deal all or nothing. The sheets are written
// by Python's csv module (the "excel" dialect, the way Excel quotes), in
// UTF-8 with a byte order mark and semicolons as Excel does in Norwegian and
// Russian locales, with a quoted line break; a sheet with an unreadable cell
// is refused with its reference and the workspace stays byte for byte.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

const dir = tempDir();

// Rows written by Python's csv writer (excel dialect) to `name`.
function spreadsheetCsv(name, rows, { delimiter = ',', encoding = 'utf-8-sig' } = {}) {
  const file = path.join(dir, name);
  const script = 'import csv, json, sys\n' +
    'rows = json.loads(sys.argv[3])\n' +
    'with open(sys.argv[1], "w", newline="", encoding=sys.argv[4]) as f:\n' +
    '    csv.writer(f, dialect="excel", delimiter=sys.argv[2]).writerows(rows)\n';
  execFileSync('python3', ['-c', script, file, delimiter, JSON.stringify(rows), encoding]);
  return file;
}

// `setright import` run in the sheets' folder, so messages name files as typed.
const setrightImport = (...args) => run(['import', ...args.map((a) => (path.isAbsolute(a) ? path.relative(dir, a) : a))], { cwd: dir });

const readDeal = (file) => JSON.parse(fs.readFileSync(file, 'utf8')).deals[0];

test('import: a Norwegian Excel sheet (BOM, semicolons, decimal comma, quoted line break) adds its rows with the right fields', () => {
  const sheet = spreadsheetCsv('krav.csv', [
    ['Krav', 'Kategori', 'Prioritet', 'Vekt', 'Ansvarlig', 'Frist', 'Leverandørens svar', 'Kommentar'],
    ['Innlogging med BankID; også mobil', 'Sikkerhet', 'Må', '1,5', 'Kari', '17.12.2026', 'Ja', 'Også for innleide'],
    ['', '', '', '', '', '', '', ''],
    ['Eksport til Excel\nmed formler', 'Rapporter', 'Fint å ha', '', '', '2026-12-20', 'Delvis', ''],
  ], { delimiter: ';' });
  assert.equal(fs.readFileSync(sheet).subarray(0, 3).toString('hex'), 'efbbbf', 'written with a byte order mark');
  const into = writeFile(dir, 'ws.json', workspace(sampleDeal()));
  const before = readDeal(into).requirements.length;
  const result = setrightImport(sheet, '--into', into);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^added 2 requirements from krav\.csv to deal 'sms' \(columns: A text, B category, C priority, D weight, E owner, F due, G claim, H notes\)\n$/);
  const added = readDeal(into).requirements.slice(before);
  assert.equal(added.length, 2);
  assert.deepEqual(added[0], {
    id: added[0].id, text: 'Innlogging med BankID; også mobil', category: 'Sikkerhet', priority: 'must', weight: 1.5,
    owner: 'Kari', due: '2026-12-17', notes: 'Også for innleide', claims: [{ vendor: 'acme', status: 'claimed' }],
  });
  assert.equal(added[1].notes, undefined, 'an empty note is not written');
  assert.equal(added[1].text, 'Eksport til Excel\nmed formler');
  assert.equal(added[1].priority, 'nice');
  assert.deepEqual(added[1].claims, [{ vendor: 'acme', status: 'partial' }]);
  assert.equal(new Set(readDeal(into).requirements.map((r) => r.id)).size, before + 2, 'fresh ids');
  assert.equal(run(['validate', into]).status, 0);
});

test('import: Korean and Russian headers, comma and tab separated, no byte order mark', () => {
  const ko = spreadsheetCsv('ko.csv', [['요구 사항', '우선순위', '기한'], ['SSO 지원', '필수', '2026. 12. 17.']], { encoding: 'utf-8' });
  const ru = spreadsheetCsv('ru.tsv', [['Требование', 'Приоритет', 'Вес'], ['Выгрузка в 1С', 'Желательно', '2']], { delimiter: '\t', encoding: 'utf-8' });
  const into = writeFile(dir, 'ws2.json', workspace(sampleDeal()));
  assert.equal(setrightImport(ko, '--into', into).status, 0);
  assert.equal(setrightImport(ru, '--into', into).status, 0);
  const added = readDeal(into).requirements.slice(-2);
  assert.deepEqual(added.map((r) => [r.text, r.priority, r.due ?? r.weight]), [['SSO 지원', 'must', '2026-12-17'], ['Выгрузка в 1С', 'should', 2]]);
});

test('import: every unreadable cell is named by its reference, and the workspace is not touched', () => {
  const sheet = spreadsheetCsv('bad.csv', [
    ['Requirement', 'Priority', 'Weight', 'Due', 'Vendor answer'],
    ['SSO', 'Urgent', 'two', 'next week', 'Maybe'],
    ['', 'Must', '', '', ''],
    ['Audit log', 'Must', '1', '', 'Yes'],
  ]);
  const into = writeFile(dir, 'ws3.json', workspace(sampleDeal()));
  const bytes = fs.readFileSync(into);
  const result = setrightImport(sheet, '--into', into);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, [
    'bad.csv: B2: “Urgent” is not a priority: write Must, Should or Nice to have',
    'bad.csv: C2: “two” is not a weight: write a number above 0, such as 1 or 2.5',
    'bad.csv: D2: “next week” is not a date: write it as 2026-12-17',
    'bad.csv: E2: “Maybe” is not an answer Setright reads: write Yes, No or Partly',
    'bad.csv: A3: a requirement needs its text (other cells of the row are filled)',
    'ws3.json is unchanged', ''].join('\n'));
  assert.deepEqual(fs.readFileSync(into), bytes);
});

test('import: a sheet in Windows-1251 or with a quote left open is refused with its cell; usage errors exit 2', () => {
  const cp1251 = spreadsheetCsv('cp1251.csv', [['Требование'], ['Экспорт']], { encoding: 'cp1251' });
  const into = writeFile(dir, 'ws4.json', workspace(sampleDeal()));
  const bytes = fs.readFileSync(into);
  let result = setrightImport(cp1251, '--into', into);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, 'cp1251.csv: A1 is not UTF-8 text: save the sheet as "CSV UTF-8"\n');
  const open = writeFile(dir, 'open.csv', 'Requirement,Notes\nSSO,"never closed\n');
  result = setrightImport(open, '--into', into);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, 'open.csv: a quote opened in B2 is never closed\n');
  assert.deepEqual(fs.readFileSync(into), bytes);

  assert.equal(setrightImport(open).status, 2, 'no --into');
  result = setrightImport(open, '--into', into, '--map', 'A=txt');
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--map takes COLUMN=FIELD pairs/);
  const two = writeFile(dir, 'two.json', workspace(sampleDeal(), sampleDeal({ id: 'crm' })));
  result = setrightImport(writeFile(dir, 'one.csv', 'Requirement\nSSO\n'), '--into', two);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /several deals: choose one with --deal ID \(sms, crm\)/);
});

test('import: --map sets columns by hand, --deal and --vendor choose where the rows and answers go, -o writes elsewhere', () => {
  const sheet = spreadsheetCsv('plain.csv', [['Single sign-on', 'x', 'Yes'], ['Audit log', 'y', 'No']]);
  const deal = sampleDeal({ id: 'crm', vendors: [{ id: 'acme', name: 'Acme' }, { id: 'bolt', name: 'Bolt' }], primary_vendor: undefined });
  const into = writeFile(dir, 'ws5.json', workspace(sampleDeal(), deal));
  const out = path.join(dir, 'out.json');
  const result = setrightImport(sheet, '--into', into, '--deal', 'crm', '--vendor', 'bolt', '--map', 'C=claim', '-o', out);
  assert.equal(result.status, 0, result.stderr);
  const crm = JSON.parse(fs.readFileSync(out, 'utf8')).deals[1];
  assert.deepEqual(crm.requirements.slice(-2).map((r) => [r.text, r.claims[0].vendor, r.claims[0].status]),
    [['Single sign-on', 'bolt', 'claimed'], ['Audit log', 'bolt', 'not_supported']]);
  assert.equal(setrightImport(sheet, '--into', into, '--deal', 'crm', '--vendor', 'nobody', '--map', 'C=claim').status, 1);
});

// report_xlsx.test.mjs — `setright report --format xlsx`: a deal's checklist
// as a workbook, opened by a real reader (Debian's python3-openpyxl). The
// coverage cells are formulas, and what they compute — worked out here from
// the sheet's own cells, the weights and the claim ladder's lookup — equals
// `setright score --json`; the values saved with them equal it too. Names,
// never ids; text in string cells only.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile } from './support/cli.mjs';

const dir = tempDir();
const sourceDir = process.env.SETRIGHT_SOURCE_DIR;

// The workbook as openpyxl reads it (tests/sheets/read_xlsx.py).
const readWorkbook = (file) =>
  JSON.parse(execFileSync('/usr/bin/python3', [path.join(sourceDir, 'tests/sheets/read_xlsx.py'), file], { encoding: 'utf8' }));

test('report --format xlsx: coverage as live formulas whose arithmetic and saved values equal setright score', () => {
  // The two-vendor template, each requirement given a claim from each vendor
  // on every step of the ladder ("verified" without evidence counts as claimed).
  const template = JSON.parse(fs.readFileSync(path.join(sourceDir, 'assets/templates/buyer-saas-evaluation.en.json'), 'utf8'));
  const statuses = ['unknown', 'claimed', 'partial', 'demonstrated', 'verified', 'not_supported', 'accepted_risk'];
  const [a, b] = template.deals[0].vendors;
  template.deals[0].requirements.forEach((req, i) => {
    req.claims = [{ vendor: a.id, status: statuses[i % 7] }, { vendor: b.id, status: statuses[(i + 3) % 7] }];
  });
  const workspace = writeFile(dir, 'claims.json', JSON.stringify(template));
  const out = path.join(dir, 'checklist.xlsx');
  const r = run(['report', workspace, '--format', 'xlsx', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(fs.readFileSync(out).subarray(0, 2).toString(), 'PK', 'a ZIP, as XLSX is');
  const book = readWorkbook(out);
  assert.deepEqual(Object.keys(book), ['Checklist', 'Vendors', 'Claim ladder']);

  const score = JSON.parse(run(['score', workspace, '--json']).stdout).deals[0];
  assert.ok(score.coverage.every((vendor) => vendor.coverage > 0.1 && vendor.must_coverage > 0), 'figures worth checking');
  const deal = JSON.parse(fs.readFileSync(workspace, 'utf8')).deals[0];
  const sheet = book.Checklist;
  const text = (row) => row.map((c) => c.v);
  const header = text(sheet[3]);
  assert.deepEqual(header.slice(0, 4), ['Requirement', 'Category', 'Priority', 'Weight']);
  assert.deepEqual(header.slice(4), ['Vendor A: status', 'Vendor A: counts as', 'Vendor B: status', 'Vendor B: counts as'], 'vendors by name');
  const rows = sheet.slice(4, 4 + deal.requirements.length);
  assert.deepEqual(rows.map((row) => row[0].v), deal.requirements.map((req) => req.text), 'requirements by their text, in order');
  // In words, as the CLI's CSV report has them (the app writes the UI language's: sheet_import.test.mjs).
  for (const row of rows) assert.ok(['must', 'should', 'nice'].includes(row[2].v), `priority in words: ${row[2].v}`);

  // The claim ladder as the legend: status → what it counts as.
  const ladder = new Map(book['Claim ladder'].slice(1, 8).map((row) => [row[0].v, row[1].v]));
  assert.deepEqual([...ladder.keys()], ['unknown', 'claimed', 'partial', 'demonstrated', 'verified', 'not supported', 'accepted risk']);
  assert.equal(ladder.get('verified'), 1);
  assert.equal(ladder.get('claimed'), 0.25);

  const total = sheet[4 + deal.requirements.length];
  const musts = sheet[5 + deal.requirements.length];
  assert.equal(total[0].v, 'Weighted coverage');
  score.coverage.forEach((vendor, v) => {
    const column = 5 + 2 * v;
    // Each counts-as cell looks its status up in the ladder, and saves what the lookup gives.
    for (const row of rows) {
      assert.match(row[column].f, /^=VLOOKUP\([A-Z]+\d+,'Claim ladder'!\$A\$2:\$B\$8,2,FALSE\)$/);
      assert.equal(row[column].v, ladder.get(row[column - 1].v));
    }
    // The coverage formula, and its arithmetic done here from the sheet's cells.
    assert.match(total[column].f, /SUMPRODUCT\(\$D\$5:\$D\$14,[A-Z]+5:[A-Z]+14\)\/SUM\(\$D\$5:\$D\$14\)/);
    const weights = rows.map((row) => row[3].v);
    const counts = rows.map((row) => ladder.get(row[column - 1].v));
    const computed = weights.reduce((sum, w, i) => sum + w * counts[i], 0) / weights.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(computed - vendor.coverage) < 1e-9, `${vendor.name}: the formula gives ${computed}, score says ${vendor.coverage}`);
    assert.ok(Math.abs(total[column].v - vendor.coverage) < 1e-9, 'the saved value is the coverage');
    const isMust = rows.map((row) => row[2].v === 'must');
    const mustWeight = weights.reduce((sum, w, i) => sum + (isMust[i] ? w : 0), 0);
    const mustComputed = weights.reduce((sum, w, i) => sum + (isMust[i] ? w * counts[i] : 0), 0) / mustWeight;
    assert.match(musts[column].f, /SUMIF\(\$C\$5:\$C\$14,"must",\$D\$5:\$D\$14\)/);
    assert.ok(Math.abs(mustComputed - vendor.must_coverage) < 1e-9, `${vendor.name}: must-haves ${mustComputed} vs ${vendor.must_coverage}`);
    assert.ok(Math.abs(musts[column].v - vendor.must_coverage) < 1e-9);
    // The vendors sheet refers to these cells.
    const side = book.Vendors[v + 1];
    assert.equal(side[0].v, vendor.name);
    assert.match(side[1].f, /^='Checklist'!\$[A-Z]+\$15$/);
    assert.ok(Math.abs(side[1].v - vendor.coverage) < 1e-9);
    assert.equal(side[3].v, `${vendor.must_verified} of ${vendor.must_total}`);
  });
});

test('report --format xlsx: text that looks like a formula stays text; several deals need --deal; no -o is a usage error', () => {
  const hostile = writeFile(dir, 'hostile.json', JSON.stringify({ format: 'setright', version: 1, deals: [
    { id: 'a', title: '=HYPERLINK("http://x","y")', currency: 'USD', vendors: [{ id: 'v', name: '+SUM(1,2)' }],
      requirements: [{ id: 'r', text: '@cmd|calc', priority: 'must', claims: [{ vendor: 'v', status: 'claimed' }] }] },
    { id: 'b', title: 'Second', currency: 'USD' },
  ] }));
  const out = path.join(dir, 'hostile.xlsx');
  assert.equal(run(['report', hostile, '--format', 'xlsx', '-o', out]).status, 2, 'two deals and no --deal');
  assert.equal(run(['report', hostile, '--format', 'xlsx']).status, 2, 'no -o');
  const r = run(['report', hostile, '--format', 'xlsx', '--deal', 'a', '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  const sheet = readWorkbook(out).Checklist;
  assert.deepEqual([sheet[0][0].v, sheet[0][0].t], ['=HYPERLINK("http://x","y")', 's']);
  assert.deepEqual([sheet[4][0].v, sheet[4][0].t], ['@cmd|calc', 's']);
  assert.equal(sheet[3][4].v, '+SUM(1,2): status');
});

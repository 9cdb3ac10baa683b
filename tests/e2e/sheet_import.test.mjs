// sheet_import.test.mjs — a requirements sheet dropped on the app (issue
// #18): the preview says what each column is taken as (in the UI language),
// how many requirements it adds and every cell it cannot read by its
// reference; a column can be taken as something else or left out; Add is
// one undo step, Cancel changes nothing. XLSX workbooks written by openpyxl
// (tests/sheets/make_xlsx_fixtures.py) come in through the File menu's
// picker and by drop, or are refused saying where and why. Their reader and
// writer are a program of their own, fetched for the first workbook (not on
// a first visit); while it comes the preview says so, and without it the
// app says what to do instead.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axeViolations } from './support/axe.mjs';
import {
  openApp, addSmsCase, clickItem, dropFiles, findItem, items, openTab, saveScreenshot, waitFor, sharedBrowser, sourceDir, withBrowser, holdRequests,
} from './support/app.mjs';

const shared = sharedBrowser();
const workbooks = fs.mkdtempSync(path.join(os.tmpdir(), 'setright-xlsx-'));
execFileSync('/usr/bin/python3', [path.join(sourceDir, 'tests/sheets/make_xlsx_fixtures.py'), workbooks]);
const workbook = (name) => ({ name, base64: fs.readFileSync(path.join(workbooks, name)).toString('base64'), type: '' });

// As Excel saves "CSV UTF-8" in a Norwegian locale: a byte order mark, semicolons, CR LF.
const norwegianSheet = '\uFEFFKrav;Prioritet;Vekt;Kommentar\r\n' +
  '"Innlogging med BankID; også på mobil";Må;1,5;fra IT\r\n' +
  ';;;\r\n' +
  'Eksport til Excel;Fint å ha;;\r\n';

// The workbook program's files this page fetched (the bundle loads it the first time a workbook is read or written).
const workbookProgramFetched = (page) => page.evaluate(() => performance.getEntriesByType('resource')
  .map((entry) => new URL(entry.name).pathname.split('/').pop()).filter((name) => name.startsWith('setright-workbooks')).sort());
const requirementsOf = (page) => page.evaluate(() => window.setright.state().deals.at(-1).requirements);
const shown = async (page, id) => (await items(page)).find((i) => i.id === id)?.label;
// What a column is taken as: the choice its combo shows.
const takenAs = async (page, column) => (await items(page)).find((i) => i.id === `sheet_column:${column}`)?.value;

test('sheet import (nb): a dropped sheet is previewed in Norwegian, remapped, added as one undo step', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=nb`);
  await addSmsCase(page);
  const before = await requirementsOf(page);
  await dropFiles(page, [{ name: 'krav.csv', text: norwegianSheet }]);
  await findItem(page, 'sheet_title');
  assert.equal(await shown(page, 'sheet_title'), 'Krav fra «krav.csv»');
  assert.equal(await shown(page, 'sheet_header:A'), 'Krav');
  assert.equal(await shown(page, 'sheet_column:A'), 'A');
  assert.deepEqual([await takenAs(page, 'A'), await takenAs(page, 'B'), await takenAs(page, 'C'), await takenAs(page, 'D')],
    ['Krav', 'Prioritet', 'Vekt', 'Notater']);
  assert.equal(await shown(page, 'sheet_add'), 'Legg til 2 krav');
  assert.equal(await shown(page, 'sheet_row:0'), 'Må · Innlogging med BankID; også på mobil');
  await saveScreenshot(page, 'sheet-import-nb-1280x800');
  // What a screen reader gets of the preview: axe-core finds nothing to fault.
  await waitFor(page, () => document.querySelector('#a11y [role="dialog"]') !== null, Boolean, { what: 'the dialog in the tree' });
  assert.deepEqual(await axeViolations(page), [], 'axe-core on the preview');

  // The weight left out: the rows stay, the weight is the default.
  await clickItem(page, 'sheet_column:C');
  await clickItem(page, 'sheet_column:C:ignore');
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'sheet_column:C')?.value, (v) => v === 'Utelat', { what: 'C left out' });
  await page.setViewportSize({ width: 390, height: 844 });
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'sheet_add')?.rect,
    (rect) => rect && rect.x >= 0 && rect.y + rect.h <= 844, { what: 'Add on a phone' });
  await saveScreenshot(page, 'sheet-import-nb-390x844');
  await page.setViewportSize({ width: 1280, height: 800 });

  await clickItem(page, 'sheet_add');
  const after = await waitFor(page, () => window.setright.state().deals.at(-1).requirements, (list) => list.length === before.length + 2,
    { what: 'two requirements added' });
  const added = after.slice(before.length);
  assert.deepEqual(added.map((r) => [r.text, r.priority, r.weight ?? 1, r.notes ?? '']),
    [['Innlogging med BankID; også på mobil', 'must', 1, 'fra IT'], ['Eksport til Excel', 'nice', 1, '']]);
  assert.equal(new Set(after.map((r) => r.id)).size, after.length, 'fresh ids');

  // One undo step takes both back.
  await page.keyboard.press('Control+Z');
  await waitFor(page, () => window.setright.state().deals.at(-1).requirements.length, (n) => n === before.length, { what: 'undone' });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('sheet import (en): unreadable cells are named and block Add until their column is left out; Cancel changes nothing', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  await addSmsCase(page);
  const before = await requirementsOf(page);
  await dropFiles(page, [{ name: 'rfp.csv', text: 'Requirement,Priority,Due date\nSSO,Urgent,2026-12-17\nAudit log,Must,next week\n' }]);
  await findItem(page, 'sheet_problem:0');
  assert.equal(await shown(page, 'sheet_problem:0'), 'B2: “Urgent” is not a priority: write Must, Should or Nice to have');
  assert.equal(await shown(page, 'sheet_problem:1'), 'C3: “next week” is not a date: write it as 2026-12-17');
  assert.equal(await shown(page, 'sheet_add'), undefined, 'no Add while a cell cannot be read');
  await saveScreenshot(page, 'sheet-import-problems-en-1280x800');

  for (const column of ['B', 'C']) {
    await clickItem(page, `sheet_column:${column}`);
    await clickItem(page, `sheet_column:${column}:ignore`);
  }
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'sheet_add')?.label, (l) => l === 'Add 2 requirements',
    { what: 'Add once the columns are left out' });
  assert.equal(await shown(page, 'sheet_problem:0'), undefined);
  await clickItem(page, 'sheet_cancel');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'sheet_title'), (open) => !open, { what: 'closed' });
  assert.deepEqual(await requirementsOf(page), before);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

// Puts `items` ({ 'text/plain': ..., 'text/html': ... }) on the clipboard, as a spreadsheet program's copy does.
async function copyToClipboard(page, items) {
  await page.evaluate(async (payload) => {
    const parts = {};
    for (const [type, text] of Object.entries(payload)) parts[type] = new Blob([text], { type });
    await navigator.clipboard.write([new ClipboardItem(parts)]);
  }, items);
}

test('sheet import (ru): cells pasted on the Requirements tab, as tab-separated text or an HTML table only, open the same preview', async () => {
  await shared.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ru`);
  await addSmsCase(page);
  const before = await requirementsOf(page);

  // Elsewhere a paste outside a field does nothing.
  await copyToClipboard(page, { 'text/plain': 'Требование\tПриоритет\nВыгрузка в 1С\tОбязательно\n' });
  await page.keyboard.press('Control+V');
  await page.waitForTimeout(300);
  assert.equal(await shown(page, 'sheet_title'), undefined, 'no preview on the Overview tab');

  await openTab(page, 'tab_requirements');
  // Excel copies both: tab-separated text and an HTML table; the text is read, a comma in a cell stays in it.
  await copyToClipboard(page, {
    'text/plain': 'Требование\tПриоритет\r\nВыгрузка в 1С\tОбязательно\r\nЕдиный вход, SAML\tЖелательно\r\n',
    'text/html': '<table><tr><td>Требование</td><td>Приоритет</td></tr><tr><td>Не то</td><td>Обязательно</td></tr></table>',
  });
  await page.keyboard.press('Control+V');
  await findItem(page, 'sheet_title');
  assert.equal(await shown(page, 'sheet_title'), 'Требования из «вставленные ячейки»');
  assert.equal(await shown(page, 'sheet_add'), 'Добавить требования (2)');
  assert.equal(await shown(page, 'sheet_row:1'), 'Желательно · Единый вход, SAML');
  await saveScreenshot(page, 'sheet-paste-ru-1280x800');
  await clickItem(page, 'sheet_add');
  const after = await waitFor(page, () => window.setright.state().deals.at(-1).requirements, (list) => list.length === before.length + 2,
    { what: 'two requirements pasted' });
  assert.deepEqual(after.slice(-2).map((r) => [r.text, r.priority]), [['Выгрузка в 1С', 'must'], ['Единый вход, SAML', 'should']]);

  // Only an HTML table (as some programs copy): its rows, read by the browser's parser.
  await copyToClipboard(page, { 'text/html': '<meta charset="utf-8"><google-sheets-html-origin><table><tbody>' +
    '<tr><td>Требование</td><td>Срок</td></tr><tr><td>Отчёт для &lt;CFO&gt;</td><td>17.12.2026</td></tr></tbody></table>' });
  await page.keyboard.press('Control+V');
  await findItem(page, 'sheet_title');
  assert.equal(await shown(page, 'sheet_row:0'), 'Желательно · Отчёт для <CFO>');
  await clickItem(page, 'sheet_cancel');
  assert.equal((await requirementsOf(page)).length, before.length + 2);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('sheet import (ko, en): XLSX workbooks through the file picker and by drop; a broken one is refused saying where', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ko`);
  const deal = await addSmsCase(page);
  await openTab(page, 'tab_requirements');
  const before = await requirementsOf(page);
  assert.deepEqual(await workbookProgramFetched(page), [], 'not part of the first visit');
  // File → Import files…: the browser's own file chooser, given the workbook.
  await clickItem(page, 'menu_file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'file_import')]);
  await chooser.setFiles(path.join(workbooks, 'rfp-ko.xlsx'));
  await findItem(page, 'sheet_add');
  assert.deepEqual(await workbookProgramFetched(page), ['setright-workbooks.js', 'setright-workbooks.wasm'], 'fetched for the first workbook');
  assert.deepEqual([await takenAs(page, 'A'), await takenAs(page, 'C'), await takenAs(page, 'E'), await takenAs(page, 'F')],
    ['요구 사항', '우선순위', '기한', '메모']);
  assert.equal(await shown(page, 'sheet_header_row'), '1행은 열 이름');
  assert.equal(await shown(page, 'sheet_row:0'), '필수 · 한국어 화면 지원');
  assert.equal(await shown(page, 'sheet_row:2'), '필수 · 東京本社の承認', 'the phonetic run is not part of the text');
  await saveScreenshot(page, 'sheet-import-xlsx-ko-1280x800');
  // On a phone the preview still ends in its Add button, on screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'sheet_add')?.rect,
    (rect) => rect && rect.x >= 0 && rect.x + rect.w <= 390 && rect.y + rect.h <= 844, { what: 'Add on a phone' });
  await saveScreenshot(page, 'sheet-import-xlsx-ko-390x844');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.setright.settled());
  await clickItem(page, 'sheet_add');
  const after = await waitFor(page, () => window.setright.state().deals.at(-1).requirements, (list) => list.length === before.length + 3,
    { what: 'three requirements added' });
  assert.deepEqual(after.slice(before.length).map((r) => [r.text, r.priority, r.due?.slice(0, 10), r.notes ?? '']), [
    ['한국어 화면 지원', 'must', '2026-12-10', '「㈜ 서울」 요청'],
    ['감사 로그 내보내기', 'should', '2027-01-14', ''],
    ['東京本社の承認', 'must', undefined, ''],
  ]);
  assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);

  // In English, by drop: the header is row 2, under a merged title.
  await page.goto(`${shared.url}?lang=en`);
  await page.evaluate(() => window.setright.ready);
  await clickItem(page, `deal_row:${deal.id}`); // a sheet goes into the open deal
  await dropFiles(page, [workbook('rfp-en.xlsx')]);
  await findItem(page, 'sheet_add');
  assert.equal(await shown(page, 'sheet_header_row'), 'Row 2 names the columns');
  assert.equal(await shown(page, 'sheet_add'), 'Add 4 requirements');
  assert.equal(await shown(page, 'sheet_row:1'), 'Should · Audit log export');
  await clickItem(page, 'sheet_cancel');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'sheet_title'), (open) => !open, { what: 'closed' });

  // A workbook pointing at a string it lacks: refused with the cell, nothing added.
  const count = (await requirementsOf(page)).length;
  await dropFiles(page, [workbook('broken-string.xlsx')]);
  await findItem(page, 'sheet_refused');
  assert.equal(await shown(page, 'sheet_refused'), 'broken-string.xlsx is damaged at B2: open it in your spreadsheet program, save it again and import it again.');
  assert.equal(await shown(page, 'sheet_add'), undefined);
  await clickItem(page, 'sheet_cancel');
  assert.equal((await requirementsOf(page)).length, count);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('sheet export (ko): File → this deal\'s checklist (Excel) downloads a workbook in Korean that openpyxl opens, coverage as formulas', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ko`);
  const deal = await addSmsCase(page);
  // The File menu with its new entry, whole, on a phone and a desktop.
  for (const [width, height] of [[390, 844], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.setright.settled());
    await clickItem(page, 'menu_file');
    const entry = await findItem(page, 'file_checklist_xlsx');
    assert.equal(entry.label, '이 거래의 체크리스트(Excel)');
    assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).filter((p) => p.id.startsWith('file_')), [],
      `the File menu at ${width}`);
    await saveScreenshot(page, `file-menu-ko-${width}x${height}`);
    if (width === 390) {
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.setright.settled());
    }
  }
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'file_checklist_xlsx')]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  const file = path.join(workbooks, 'downloaded.xlsx');
  await download.saveAs(file);
  const book = JSON.parse(execFileSync('/usr/bin/python3', [path.join(sourceDir, 'tests/sheets/read_xlsx.py'), file], { encoding: 'utf8' }));
  const rows = Object.values(book)[0];
  const total = rows.at(-2).find((cell) => cell.f); // the weighted coverage, above the must-haves' row
  const read = { sheets: Object.keys(book), header: rows[3].slice(0, 4).map((cell) => cell.v), formula: total.f, saved: total.v };
  assert.deepEqual(read.sheets, ['체크리스트', '공급업체', '주장 단계']);
  assert.deepEqual(read.header, ['요구 사항', '분류', '우선순위', '가중치']);
  assert.match(read.formula, /SUMPRODUCT/);
  assert.equal(typeof read.saved, 'number');

  // In Norwegian, the longest of the four, on a phone: the entry fits.
  await page.goto(`${shared.url}?lang=nb`);
  await page.evaluate(() => window.setright.ready);
  await page.setViewportSize({ width: 390, height: 844 });
  await clickItem(page, `deal_row:${deal.id}`);
  await clickItem(page, 'menu_file');
  assert.equal((await findItem(page, 'file_checklist_xlsx')).label, 'Sjekklisten for denne avtalen (Excel)');
  assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).filter((p) => p.id.startsWith('file_')), []);
  await saveScreenshot(page, 'file-menu-nb-390x844');
  await page.setViewportSize({ width: 1280, height: 800 });
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

test('sheet import (ko, ru): while the workbook reader is on its way the preview says so; cancelled, its cells open nothing; unreachable, it says what to do', async () => {
  // No service worker: every fetch of the workbook program goes through the routes below.
  await withBrowser(async (context, url) => {
    const release = await holdRequests(context, '**/setright-workbooks.wasm');
    const { page, consoleErrors } = await openApp(context, url.replace('lang=en', 'lang=ko'));
    await addSmsCase(page);
    await dropFiles(page, [workbook('rfp-ko.xlsx')]);
    await findItem(page, 'sheet_reading');
    assert.equal(await shown(page, 'sheet_reading'), '“rfp-ko.xlsx” 읽는 중…');
    assert.equal(await shown(page, 'sheet_add'), undefined, 'nothing to add yet');
    for (const [width, height] of [[390, 844], [1280, 800]]) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.setright.settled());
      assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).filter((p) => p.id.startsWith('sheet_')), [],
        `the waiting preview at ${width}`);
      await saveScreenshot(page, `sheet-reading-ko-${width}x${height}`);
    }
    // Cancelled while the reader comes: its cells, arriving later, open nothing.
    await clickItem(page, 'sheet_cancel');
    release();
    assert.equal(await page.evaluate(() => window.setrightWorkbookProgram.then(() => true)), true);
    await page.evaluate(() => window.setright.settled());
    assert.equal(await shown(page, 'sheet_title'), undefined, 'no preview reopened');
    // The next workbook finds the reader there.
    await dropFiles(page, [workbook('rfp-ko.xlsx')]);
    await findItem(page, 'sheet_add');
    await clickItem(page, 'sheet_cancel');
    assert.deepEqual(consoleErrors, []);
    await page.close();

    // In Russian, the network gone before the reader was ever fetched: said, with what to do; nothing added.
    await context.unroute('**/setright-workbooks.wasm');
    await context.route('**/setright-workbooks.*', (route) => route.abort());
    const offline = await openApp(context, url.replace('lang=en', 'lang=ru'));
    await offline.page.setViewportSize({ width: 390, height: 844 });
    await addSmsCase(offline.page);
    const count = (await requirementsOf(offline.page)).length;
    await dropFiles(offline.page, [workbook('rfp-en.xlsx')]);
    await findItem(offline.page, 'sheet_refused');
    assert.equal(await shown(offline.page, 'sheet_refused'),
      'Setright не удалось загрузить модуль чтения книг: проверьте подключение и импортируйте rfp-en.xlsx снова или сохраните её как «CSV UTF-8» и импортируйте.');
    await saveScreenshot(offline.page, 'sheet-reader-unavailable-ru-390x844');
    await clickItem(offline.page, 'sheet_cancel');
    // The checklist workbook cannot be written either: a notice says so, nothing is downloaded.
    await clickItem(offline.page, 'menu_file');
    await clickItem(offline.page, 'file_checklist_xlsx');
    assert.equal((await findItem(offline.page, 'notice')).label,
      'Setright не удалось загрузить модуль записи книг: проверьте подключение и попробуйте снова; ничего не скачано.');
    assert.equal((await requirementsOf(offline.page)).length, count);
    // The only errors: the browser's own, for the two files refused.
    assert.deepEqual(offline.consoleErrors.filter((error) => !error.includes('net::ERR_FAILED')), []);
    await offline.page.close();
  }, { serviceWorkers: 'block' });
});

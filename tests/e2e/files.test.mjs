// files.test.mjs — deals travel as JSON files: export, import through the
// file picker and by dropping files, the preview before anything changes,
// errors with their JSON pointers, a deal's calendar (.ics, read back by
// ical.js), and the Markdown and CSV reports (which
// hostile text cannot turn against their reader; nor can it hide behind "##"
// or a NUL in the app's own lists).
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import ICAL from 'ical.js';
import path from 'node:path';
import { withBrowser, launchBrowser, serveWebBundle, openApp, findItem, clickItem, dropFiles, openTab, state, waitFor, saveScreenshot } from './support/app.mjs';
import {
  hostile, injectionWorkspace, injectionAnswers, parseCsv, formulaCells, controlCharacters, markdownTables,
} from '../hostile/injection.mjs';

// A file from the File menu: its name as the browser is told to save it, and its text.
async function menuDownloadFile(page, itemId) {
  await clickItem(page, 'menu_file');
  const [download] = await Promise.all([page.waitForEvent('download'), clickItem(page, itemId)]);
  return { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
}

const menuDownload = async (page, itemId) => (await menuDownloadFile(page, itemId)).text;

async function importThroughPicker(page, files) {
  await clickItem(page, 'menu_file');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'file_import')]);
  await chooser.setFiles(files);
  await findItem(page, 'import_cancel');
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'setright-files-'));

test('a deal exported by one person is previewed and imported by another', async () => {
  await withBrowser(async (context, url) => {
    const rep = await openApp(context, url);
    await clickItem(rep.page, 'new_from_template');
    await clickItem(rep.page, 'template:rep-expectations');
    await waitFor(rep.page, () => window.setright.state().deals.length, (n) => n === 1);
    const { name, text: exported } = await menuDownloadFile(rep.page, 'file_export_deal');
    assert.equal(name, 'Expectations-before-close.json', 'named after the deal');
    const sent = JSON.parse(exported);
    assert.equal(sent.format, 'setright');
    assert.equal(sent.deals.length, 1);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'deal.json'), exported);

    // The buyer, in a fresh profile, imports it.
    const other = await launchBrowser();
    try {
      const buyer = await openApp(other.context, url);
      // The files read, the preview's first frame is drawn at once (ImGui
      // keeps a popup hidden on its first frame), so the one that shows it
      // is the next animation frame, not the one after.
      await buyer.page.evaluate(() => {
        const done = Module._setright_files_done;
        Module._setright_files_done = () => {
          const before = window.setright.frameStats().frames;
          done();
          window.framesAtFiles = { before, after: window.setright.frameStats().frames };
        };
      });
      await importThroughPicker(buyer.page, [path.join(dir, 'deal.json')]);
      const { before, after } = await buyer.page.evaluate(() => window.framesAtFiles);
      assert.equal(after, before + 1, 'a frame drawn as the files arrived');
      assert.deepEqual((await state(buyer.page)).deals, [], 'nothing changes before Apply');
      await saveScreenshot(buyer.page, 'import-preview');
      await clickItem(buyer.page, 'import_apply');
      const deals = await waitFor(buyer.page, () => window.setright.state().deals, (d) => d.length === 1, { what: 'the import' });
      assert.deepEqual(deals, sent.deals);

      // Importing the same file again: a preview with nothing new, and nothing to apply.
      await importThroughPicker(buyer.page, [path.join(dir, 'deal.json')]);
      let items = await buyer.page.evaluate(() => window.setright.items());
      assert.equal(items.some((i) => i.id === 'import_apply'), false);
      assert.equal(items.find((i) => i.id === 'import_outcome')?.label, 'Nothing new: these files hold what you already have.');
      await clickItem(buyer.page, 'import_cancel');

      // The rep retitles the deal later, on a clock an hour behind: the file
      // differs but looks older. The preview says yours is kept, as
      // `setright merge` does ("kept base (base is newer)"), never "nothing new".
      const skewed = structuredClone(sent);
      skewed.deals[0].title = 'Retitled on a slow clock';
      skewed.deals[0].modified = new Date(Date.parse(sent.deals[0].modified) - 3600e3).toISOString().slice(0, 16) + 'Z';
      fs.writeFileSync(path.join(dir, 'skewed.json'), JSON.stringify(skewed));
      await importThroughPicker(buyer.page, [path.join(dir, 'skewed.json')]);
      items = await buyer.page.evaluate(() => window.setright.items());
      assert.equal(items.some((i) => i.id === 'import_apply'), false);
      assert.deepEqual(items.filter((i) => /^import_(change|kept|conflict):/.test(i.id)).map((i) => [i.id, i.label]),
        [['import_kept:0', `Deal ${sent.deals[0].id} '${sent.deals[0].title}': yours kept, it is newer (the file differs in title)`]]);
      assert.match(items.find((i) => i.id === 'import_outcome')?.label ?? '', /^Nothing to apply: the files differ/);
      await clickItem(buyer.page, 'import_cancel');
      assert.deepEqual((await state(buyer.page)).deals, sent.deals);
      assert.deepEqual(buyer.consoleErrors, []);
    } finally {
      await other.close();
    }
  });
});

test('importing a deal that already exists shows the merge preview in the user\'s language first', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ko`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:rep-expectations');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1);
    const mine = await state(page);
    const sent = JSON.parse(await menuDownload(page, 'file_export_deal'));

    // The buyer renamed the deal later (newer), and changed a requirement's
    // weight without a newer date (a conflict: both sides claim the same time).
    const returned = structuredClone(sent);
    returned.deals[0].title = 'Renamed by the buyer';
    returned.deals[0].modified = '2099-01-01';
    returned.deals[0].requirements[0].weight = sent.deals[0].requirements[0].weight + 7;
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'returned.json'), JSON.stringify(returned));
    await importThroughPicker(page, [path.join(dir, 'returned.json')]);
    assert.deepEqual(await state(page), mine, 'nothing changes before Apply');

    const lines = (await page.evaluate(() => window.setright.items())).filter((i) => /^import_(change|conflict):/.test(i.id));
    const changes = lines.filter((i) => i.id.startsWith('import_change:')).map((i) => i.label);
    const conflicts = lines.filter((i) => i.id.startsWith('import_conflict:')).map((i) => i.label);
    assert.deepEqual(changes, [`거래 ${sent.deals[0].id} '${sent.deals[0].title}': 갱신: 가져온 버전이 더 최신 (title)`]);
    assert.equal(conflicts.length, 1, conflicts.join('\n'));
    assert.match(conflicts[0], new RegExp(`^요구 사항 ${sent.deals[0].requirements[0].id} .*\\(weight\\)\\. 내 버전을 유지함$`));
    await saveScreenshot(page, 'merge-preview-ko');
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);

    await clickItem(page, 'import_apply');
    const deal = await waitFor(page, () => window.setright.state().deals[0], (d) => d.title === 'Renamed by the buyer', { what: 'the merge' });
    assert.equal(deal.requirements[0].weight, sent.deals[0].requirements[0].weight, 'the conflict keeps my version');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a file with errors lists each with its JSON pointer and changes nothing', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1);
    const before = await state(page);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ format: 'setright', version: 1,
      deals: [{ id: 'x', title: 'Bad', stage: 'maybe', requirements: [{ id: 'r1', text: 'A', priority: 'urgent' }] }] }));
    fs.writeFileSync(path.join(dir, 'broken.json'), '{"format": "setright",\n  "version": 1,\n  "deals": [}');
    await importThroughPicker(page, [path.join(dir, 'bad.json'), path.join(dir, 'broken.json')]);
    const problems = (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label);
    assert.ok(problems.some((p) => p.startsWith('bad.json: /deals/0/stage: ')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('bad.json: /deals/0/requirements/0/priority: ')), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('broken.json:3:')), problems.join('\n'));
    assert.equal((await page.evaluate(() => window.setright.items())).some((i) => i.id === 'import_apply'), false);
    // Escape cancels the dialog, as its Cancel button does (shortcuts.escape says so).
    await page.keyboard.press('Escape');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'import_cancel'), (open) => !open, { what: 'Escape to close the preview' });
    assert.deepEqual(await state(page), before);
    assert.deepEqual(consoleErrors, []);
  });
});

test('import problems are told in the user\'s language, still with their pointers', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ru`);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'newer.json'), JSON.stringify({ format: 'setright', version: 2, deals: [] }));
    fs.writeFileSync(path.join(dir, 'dangling.json'), JSON.stringify({ format: 'setright', version: 1,
      deals: [{ id: 'd', title: 'D', questions: [{ id: 'q1', text: 'Q', requirement: 'r9' }] }] }));
    await importThroughPicker(page, [path.join(dir, 'newer.json'), path.join(dir, 'dangling.json')]);
    const problems = (await page.evaluate(() => window.setright.items())).filter((i) => i.id.startsWith('import_problem:')).map((i) => i.label);
    assert.deepEqual(problems, [
      'newer.json: /version: создано более новой версией Setright (версия формата 2); эта версия читает только версию 1: обновите Setright',
      "dangling.json: /deals/0/questions/0/requirement: в этой сделке нет требования с id 'r9'",
    ]);
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    await clickItem(page, 'import_cancel');
    assert.deepEqual((await state(page)).deals, []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('several files dropped on the page at once are previewed together', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    const files = ['fit-check', 'meddpicc'].map((name) => ({
      name: `${name}.json`,
      text: fs.readFileSync(path.join(import.meta.dirname, `../../assets/templates/${name}.nb.json`), 'utf8'),
    }));
    await dropFiles(page, files);
    await clickItem(page, 'import_apply');
    const deals = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 2, { what: 'two deals' });
    assert.deepEqual(deals.map((d) => d.id).sort(), ['fit-check', 'meddpicc'].map((n) => JSON.parse(files.find((f) => f.name === `${n}.json`).text).deals[0].id).sort());
    assert.deepEqual(consoleErrors, []);
  });
});

test('reports download as Markdown and CSV', async () => {
  await withBrowser(async (context, url) => {
    const { page } = await openApp(context, url);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1);
    const markdown = await menuDownload(page, 'file_report_md');
    assert.match(markdown, /BattlBox/);
    assert.match(markdown, /NOT READY/);
    const csv = await menuDownload(page, 'file_report_csv');
    assert.match(csv.split('\r\n')[0], /^Deal,Requirement,Priority,Weight,Vendor,Status$/);
    assert.match(csv, /Recharge/);

    // Hostile text: a title holding "##", a requirement holding a NUL, and
    // the case of tests/hostile/injection.mjs (formulas, ESC sequences, "|", CR).
    const labels = { format: 'setright', version: 1, deals: [
      { id: 'budget', title: 'Budget approved ## NOT by the CFO', currency: 'USD' },
      { id: 'nul', title: 'A NUL inside', currency: 'USD', requirements: [{ id: 'r1', text: 'Before\u0000after ## more' }] },
    ] };
    await dropFiles(page, [{ name: 'labels.json', text: JSON.stringify(labels) }, { name: 'hostile.json', text: JSON.stringify(injectionWorkspace()) }]);
    await clickItem(page, 'import_apply');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 4, { what: 'the hostile deals imported' });
    // Listed whole: "##" is not an ImGui id here, and the label is what is drawn.
    assert.equal((await findItem(page, 'deal_row:budget')).label, 'Budget approved ## NOT by the CFO');
    assert.equal((await findItem(page, `deal_row:${hostile.dealId}`)).label, hostile.dealTitle);
    await clickItem(page, 'deal_row:nul');
    await openTab(page, 'tab_requirements');
    // A NUL does not cut the row short: drawn as U+FFFD, kept as it was in the workspace.
    assert.equal((await findItem(page, 'requirement:r1')).label, 'Before\ufffdafter ## more');
    assert.equal((await state(page)).deals.find((d) => d.id === 'nul').requirements[0].text, 'Before\u0000after ## more');
    await saveScreenshot(page, 'hostile-labels');

    // The reports the app downloads: no formula cell, no control character, whole tables.
    const hostileCsv = await menuDownload(page, 'file_report_csv');
    assert.deepEqual(formulaCells(parseCsv(hostileCsv)), []);
    assert.deepEqual(controlCharacters(hostileCsv, { allowCr: true }), []);
    assert.match(hostileCsv, /"'=HYPERLINK\(""http:\/\/x"",""y""\)"/);
    const hostileMd = await menuDownload(page, 'file_report_md');
    assert.deepEqual(controlCharacters(hostileMd), []);
    for (const rows of markdownTables(hostileMd)) assert.equal(new Set(rows).size, 1, `a table keeps its columns: ${rows}`);

    // The workshop room's exports, with participants named like formulas.
    await clickItem(page, `deal_row:${hostile.dealId}`);
    await openTab(page, 'tab_case');
    await clickItem(page, 'case.mode.room');
    await dropFiles(page, injectionAnswers());
    await clickItem(page, 'import_apply'); // answer files are previewed first, like any import
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'case.room.totals')?.label, Boolean, { what: 'the room' });
    const [roomCsv] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'case.room.export_csv')]);
    const roomText = fs.readFileSync(await roomCsv.path(), 'utf8');
    const roomRows = parseCsv(roomText);
    assert.deepEqual(formulaCells(roomRows), []);
    assert.deepEqual(controlCharacters(roomText, { allowCr: true }), []);
    assert.ok(roomRows.some((row) => row[0] === 'spotted' && row[2] === `'${hostile.participants[0]}`), roomText);
    const [roomMd] = await Promise.all([page.waitForEvent('download'), clickItem(page, 'case.room.export_markdown')]);
    const roomMarkdown = fs.readFileSync(await roomMd.path(), 'utf8');
    assert.deepEqual(controlCharacters(roomMarkdown), []);
    for (const rows of markdownTables(roomMarkdown)) assert.equal(new Set(rows).size, 1, `a table keeps its columns: ${rows}`);
  });
});

test('a deal and its reports are saved under its title in any script, and the app says so for a few seconds', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ko`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:buyer-saas-evaluation');
    const [deal] = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1);
    assert.equal(deal.title, 'SaaS 도입 평가: 공급사 2곳 비교');
    const json = await menuDownloadFile(page, 'file_export_deal');
    assert.equal(json.name, 'SaaS-도입-평가-공급사-2곳-비교.json', 'Hangul kept, the colon dropped, spaces as dashes');
    assert.equal(JSON.parse(json.text).deals[0].id, deal.id);
    assert.equal((await findItem(page, 'notice')).label, '“SaaS-도입-평가-공급사-2곳-비교.json” 파일을 다운로드 폴더에 저장했습니다');
    await saveScreenshot(page, 'files-saved-notice');
    assert.equal((await menuDownloadFile(page, 'file_report_md')).name, 'SaaS-도입-평가-공급사-2곳-비교-report.md');
    assert.equal((await menuDownloadFile(page, 'file_report_csv')).name, 'SaaS-도입-평가-공급사-2곳-비교-report.csv');
    // It goes by itself, with no input: the idle app wakes for it.
    await page.mouse.move(5, 790);
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'notice'), (shown) => !shown,
      { what: 'the notice gone', timeout: 15000 });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('both reports are written in the language of the UI, by names and labels, never ids or codes', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=nb`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    const [deal] = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1);
    // Every id in the deal, and the codes behind its statuses and flags.
    const ids = [deal.id, ...['vendors', 'requirements', 'people', 'questions'].flatMap((list) => (deal[list] ?? []).map((item) => item.id))];
    const codes = ['not_supported', 'accepted_risk', 'must_have_only_claimed', 'question_tabled_again', 'promised_answer_overdue',
      'reference_does_not_answer', 'offer_expiring_unverified', 'vendor_contact_turnover', 'implementation_deferred', 'no_no_decision_option'];
    assert.ok(ids.length > 10, `the case has its items: ${ids}`);
    const assertNoIdsOrCodes = (text) => {
      for (const idOrCode of [...ids, ...codes]) assert.ok(!text.includes(idOrCode), `${idOrCode} in\n${text}`);
    };

    const markdown = await menuDownload(page, 'file_report_md');
    assert.match(markdown, new RegExp(`^# Setright-rapport: ${deal.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\nVurdert per `), 'titled with the deal, judged as of a date');
    assert.match(markdown, /^\*\*IKKE KLAR til å signere med SMS-leverandør\*\*$/m);
    assert.match(markdown, /^### Åpne spørsmål$/m);
    assert.match(markdown, /^\| Krav \| Prioritet \| Vekt \| SMS-leverandør \|$/m);
    assert.match(markdown, /\| Må \| \d+ \| Påstått \|/, 'priorities and claim statuses by their Norwegian names');
    assert.match(markdown, /^- \*\*Kritisk\*\* Må-krav bare påstått: /m, 'red flags by their Norwegian headline');
    assert.doesNotMatch(markdown, /NOT READY|Open questions|Requirements|`/);
    assertNoIdsOrCodes(markdown);

    const csv = await menuDownload(page, 'file_report_csv');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ['Avtale', 'Krav', 'Prioritet', 'Vekt', 'Leverandør', 'Status']);
    assert.equal(rows.length, 1 + deal.requirements.length);
    for (const [i, row] of rows.slice(1).entries()) {
      assert.deepEqual([row[0], row[1], row[4]], [deal.title, deal.requirements[i].text, 'SMS-leverandør']);
    }
    assert.ok(rows.some((row) => row[2] === 'Må' && row[5] === 'Påstått'), csv);
    assertNoIdsOrCodes(csv);
    assert.deepEqual(formulaCells(rows), []);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a deal\'s dates download as a calendar in the UI\'s language, each date once, with the same UIDs every time', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ko`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:sms-vendor-case');
    const [deal] = await waitFor(page, () => window.setright.state().deals, (d) => d.length === 1);
    const first = await menuDownloadFile(page, 'file_calendar');
    assert.equal(first.name, 'BattlBox의-SMS-마케팅-툴-도입.ics', 'named after the deal');

    const vevents = (text) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const uidOf = (vevent) => vevent.getFirstPropertyValue('uid');
    const found = vevents(first.text);
    // Every date the deal holds, once.
    const expected = [
      ...(deal.target_sign_date ? [[`target-sign/${deal.id}@setright`, deal.target_sign_date]] : []),
      ...deal.questions.filter((q) => q.promised_by).map((q) => [`promise/${deal.id}/${q.id}@setright`, q.promised_by]),
      ...deal.timeline.filter((t) => t.offer?.expires).map((t) => [`offer/${deal.id}/${t.id}@setright`, t.offer.expires]),
      ...deal.requirements.filter((r) => r.due).map((r) => [`requirement/${deal.id}/${r.id}@setright`, r.due]),
      ...(deal.post_sale ?? []).filter((c) => c.due).map((c) => [`post-sale/${deal.id}/${c.id}@setright`, c.due]),
    ];
    assert.ok(expected.length >= 3, `the case has dates: ${expected}`);
    assert.deepEqual(found.map(uidOf).sort(), expected.map(([uid]) => uid).sort());
    for (const [uid, date] of expected) {
      const event = new ICAL.Event(found.find((v) => uidOf(v) === uid));
      assert.equal(event.startDate.toString(), date, uid);
      assert.equal(event.startDate.isDate, true, uid);
    }
    // In Korean, by names: who promised the answer, the question as written.
    const question = deal.questions.find((q) => q.promised_by);
    const promise = new ICAL.Event(found.find((v) => uidOf(v) === `promise/${deal.id}/${question.id}@setright`));
    const promiser = deal.people.find((p) => p.id === question.promised_by_whom).name;
    assert.ok(promise.summary.startsWith(promiser), promise.summary);
    assert.ok(promise.summary.endsWith(`약속한 답변: ${question.text}`), promise.summary);
    assert.match(promise.description, /^거래: /);
    const alarm = found.find((v) => uidOf(v) === `promise/${deal.id}/${question.id}@setright`).getFirstSubcomponent('valarm');
    assert.equal(alarm.getFirstPropertyValue('trigger').toString(), '-P1D');

    // Again a moment later: the same events, by the same UIDs.
    const again = await menuDownloadFile(page, 'file_calendar');
    assert.deepEqual(vevents(again.text).map(uidOf), found.map(uidOf));
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

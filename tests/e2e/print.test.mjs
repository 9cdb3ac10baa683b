// print.test.mjs — "Print / save as PDF" (issue #18): the browser prints a
// document the page builds (#print-page), not a picture of the canvas.
// Chromium's own PDF of the page in print media is read back with Debian's
// poppler-utils: pdftotext finds the verdict and every blocker the app shows,
// pdfinfo counts one page for the SMS case on A4 and on Letter, in Korean and
// Russian. The print dialog is the browser's: the test counts window.print()
// calls in its place (headless Chromium would start a print job that blocks
// page.pdf()); page.pdf() fires `beforeprint` as a print from the dialog does.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, addSmsCase, artifactsDir, clickItem, dropFiles, items, waitFor, sharedBrowser } from './support/app.mjs';

const shared = sharedBrowser();

// Text as the page and pdftotext both have it: without white space (lines
// wrap differently) and hyphens (pdftotext joins "SMS-" at a line's end to
// the next line's word).
const flat = (text) => text.replace(/[\s-]+/g, '');

async function countPrintCalls(page) {
  await page.evaluate(() => {
    window.printCalls = 0;
    window.print = () => { window.printCalls += 1; };
  });
}

async function printFromMenu(page) {
  await clickItem(page, 'menu_file');
  await clickItem(page, 'file_print');
  await waitFor(page, () => window.printCalls, (n) => n === 1, { what: 'window.print()' });
}

// The PDF Chromium makes of the page in print media, and what poppler reads in it.
async function pdfOf(page, name, format) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format, printBackground: false });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  return { text, pages, file };
}

for (const lang of ['ko', 'ru']) {
  test(`print (${lang}): File > Print lays out the verdict, every blocker, flags, coverage and open promises on one page`, async () => {
    const { page, consoleErrors, foreignRequests } = await openApp(shared.context, `${shared.url}?lang=${lang}`);
    await addSmsCase(page);
    await countPrintCalls(page);
    await printFromMenu(page);
    const shown = await items(page);
    const verdict = shown.find((i) => i.id === 'verdict').label;
    const blockers = shown.filter((i) => i.id.startsWith('blocker:')).map((i) => i.label);
    assert.ok(blockers.length > 0, 'the SMS case has blockers');
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return { lang: document.getElementById('print-page').lang, hangul: document.fonts.check('10pt "Setright Print Hangul"', '계약'),
        latin: document.fonts.check('10pt "Setright Print Latin"', 'Ёж') };
    });
    assert.deepEqual(fonts, { lang, hangul: true, latin: true });

    for (const format of ['A4', 'Letter']) {
      const { text, pages, file } = await pdfOf(page, `print-sms-${lang}-${format}`, format);
      assert.equal(pages, 1, `${file}: one page`);
      assert.ok(flat(text).includes(flat(verdict)), `${file} has the verdict “${verdict}”:\n${text}`);
      for (const blocker of blockers) assert.ok(flat(text).includes(flat(blocker)), `${file} has the blocker “${blocker}”:\n${text}`);
    }
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(foreignRequests, []);
    await page.close();
  });
}

test('print: Ctrl+P or the browser menu prints the deal as it is now, and the screen never shows the print page', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=en`);
  const deal = await addSmsCase(page);
  // No File > Print: the browser fires `beforeprint` itself, as for Ctrl+P.
  const renamed = 'SMS tool for BattlBox, second look';
  await page.evaluate(() => document.getElementById('print-page')?.replaceChildren());
  await clickItem(page, 'deal_title');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(renamed);
  await page.keyboard.press('Enter');
  await waitFor(page, () => window.setright.state().deals.at(-1).title, (title) => title === renamed, { what: 'the new title' });
  const { text, pages } = await pdfOf(page, 'print-sms-en-ctrl-p', 'Letter');
  assert.equal(pages, 1);
  assert.ok(text.startsWith(`${renamed}\n`), text);
  assert.ok(!text.includes(deal.title), 'not the title the deal had before');
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('print-page')).display), 'none');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

// Vendors from Beijing and Tokyo, and a requirement in Hanja: the print page
// draws them with the fonts fetched for them (lazy_font_web.cpp), not with
// whatever the printing machine has, and printing from the menu waits for
// fonts still on their way. (That the print page's own text asks for its
// fonts, drawn on screen or not, is not told apart here: this deal's names
// are all on the Overview too.)
test('print (CJK): names in Chinese, Japanese and Hanja print with the fonts fetched for them', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ko`);
  const deal = {
    id: 'cjk-print', title: '계약 검토 (契約)', perspective: 'buyer', buyer: { id: 'o-b', name: '서울 물류' },
    vendors: [{ id: 'v-bj', name: '北京数据科技' }, { id: 'v-jp', name: '東京システム' }], primary_vendor: 'v-bj',
    requirements: [{ id: 'r-1', text: '電子署名 (Hanja only here)', priority: 'must', weight: 3,
      claims: [{ vendor: 'v-bj', status: 'claimed' }, { vendor: 'v-jp', status: 'verified' }] }],
  };
  await dropFiles(page, [{ name: 'cjk.json', text: JSON.stringify({ format: 'setright', version: 1, deals: [deal] }) }]);
  await clickItem(page, 'import_apply');
  await clickItem(page, 'deal_row:cjk-print');
  await countPrintCalls(page);
  await printFromMenu(page);
  const families = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--print-extra-fonts'));
  for (const [file, sample] of [['cjk-5800.otf', '契'], ['kana.otf', 'シ'], ['cjk-9400.otf', '電'], ['cjk-5000.otf', '北']]) {
    assert.ok(families.includes(`Setright Print ${file}`), `${file} on the print page's font list: ${families}`);
    assert.ok(await page.evaluate(([f, c]) => document.fonts.check(`10pt "Setright Print ${f}"`, c), [file, sample]), `${file} loaded`);
  }
  const { text, pages, file } = await pdfOf(page, 'print-cjk-ko', 'A4');
  assert.equal(pages, 1);
  for (const name of ['北京数据科技', '東京システム', '電子署名']) assert.ok(flat(text).includes(flat(name)), `${file} has “${name}”:\n${text}`);
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

// bench.mjs — Setright's benchmarks (run through scripts/bench, which builds
// what they need). Prints a table, then as its last line one JSON object with
// every figure; README.md ("Performance") explains each and quotes the latest.
//
// Every timing is the median of several runs; nothing is quoted from one run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { startServer } from './static-server.mjs';
import { launchBrowser, openApp, clickItem, findItem, openTab, waitFor, buildDir, sourceDir } from '../tests/e2e/support/app.mjs';
import { bigDeal, seedStorage, workspaceOf } from '../tests/e2e/support/big_deal.mjs';

const LOADS = Number(process.env.SETRIGHT_BENCH_LOADS ?? 21); // per page, for the first frame: a start varies by +-20 ms here
const RUNS = Number(process.env.SETRIGHT_BENCH_RUNS ?? 5);   // imports and saves
const SCALE = { requirements: 2000, questions: 2000, touches: 1000, studyRequests: 0 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, places = 2) => Number(value.toFixed(places));
const gzipBytes = (files) => files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length, 0);
const rows = [];
const row = (what, value, note = '') => rows.push([what, String(value), note]);

// --- Bundle sizes --------------------------------------------------------------------
function bundles() {
  const web = path.join(buildDir, 'web');
  const demo = path.join(buildDir, 'web-bench-demo');
  const setright = gzipBytes([path.join(web, 'setright.wasm'), path.join(web, 'setright.js')]);
  const bare = gzipBytes([path.join(demo, 'demo.wasm'), path.join(demo, 'demo.js')]);
  const fonts = gzipBytes([path.join(web, 'setright.data')]);
  row('bundle, gzipped .wasm + .js', `${setright} B`, `bare ImGui demo ${bare} B`);
  row('fonts, gzipped (setright.data)', `${fonts} B`, 'reported apart');
  // The workbook program (XLSX in and out): fetched the first time a workbook is read or written, not at start.
  const workbooks = gzipBytes([path.join(web, 'setright-workbooks.wasm'), path.join(web, 'setright-workbooks.js')]);
  row('workbook program, gzipped .wasm + .js', `${workbooks} B`, 'fetched when a workbook is first read or written');
  // The built-in templates: each fetched when a deal is first started from it.
  const templateDir = path.join(web, 'templates');
  const templateFiles = fs.readdirSync(templateDir).map((name) => path.join(templateDir, name));
  const templates = gzipBytes(templateFiles);
  row('built-in templates, gzipped', `${templates} B`, `${templateFiles.length} files, each fetched when a deal starts from it`);
  // The words of Korean, Norwegian and Russian: one fetched (with the code) when the UI starts in it.
  const wordsDir = path.join(web, 'i18n');
  const wordsFiles = fs.readdirSync(wordsDir).map((name) => path.join(wordsDir, name));
  const words = gzipBytes(wordsFiles);
  row('words of ko, nb and ru, gzipped', `${words} B`, `${wordsFiles.length} files, one fetched when the UI is in it`);
  const deferredKb = round((workbooks + templates + words) / 1024, 0);
  row('deferred (workbooks, templates, words), gzipped', `${deferredKb} KB`, 'none of it needed for an English first frame');
  return { bundle_gz_bytes: setright, demo_gz_bytes: bare, fonts_gz_bytes: fonts, workbooks_gz_bytes: workbooks,
    templates_gz_bytes: templates, words_gz_bytes: words, deferred_kb_gz: deferredKb, bundle_ratio_gz: round(setright / bare, 3) };
}

// --- Time to first frame, Setright and the bare demo loaded in turn -------------------
async function firstFrames() {
  const app = await startServer(path.join(buildDir, 'web'));
  const demo = await startServer(path.join(buildDir, 'web-bench-demo'));
  const browser = await launchBrowser();
  // Korean too: its words are fetched beside the code (English is built in).
  const times = { setright: [], korean: [], demo: [] };
  try {
    // One load of each first, not counted: all then come from the HTTP cache alike.
    for (let i = 0; i <= LOADS; ++i) {
      for (const which of ['setright', 'demo', 'korean']) {
        const page = await browser.context.newPage();
        if (which !== 'demo') {
          await page.goto(`${app.url}?lang=${which === 'korean' ? 'ko' : 'en'}`);
          await page.waitForFunction(() => window.setright?.firstFrameMs, null, { timeout: 60000 });
          if (i > 0) times[which].push(await page.evaluate(() => window.setright.firstFrameMs));
        } else {
          await page.goto(demo.url);
          await page.waitForFunction(() => window.benchFirstFrameMs, null, { timeout: 60000 });
          if (i > 0) times.demo.push(await page.evaluate(() => window.benchFirstFrameMs));
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    app.server.close();
    demo.server.close();
  }
  const setright = median(times.setright);
  const bare = median(times.demo);
  row('first frame, Setright', `${round(setright, 1)} ms`, `median of ${LOADS}: ${times.setright.map((t) => round(t, 0)).join(', ')}`);
  row('first frame, bare ImGui demo', `${round(bare, 1)} ms`, `median of ${LOADS}: ${times.demo.map((t) => round(t, 0)).join(', ')}`);
  const korean = median(times.korean);
  row('first frame, Setright in Korean', `${round(korean, 1)} ms`, `median of ${LOADS}, ${round(korean / bare, 3)} x the demo`);
  return { first_frame_ms: round(setright, 1), first_frame_ms_demo: round(bare, 1), first_frame_ratio: round(setright / bare, 3),
    first_frame_ms_ko: round(korean, 1), first_frame_ratio_ko: round(korean / bare, 3) };
}

// --- At scale: frames while scrolling each table, an autosave, the heap, idling ------
async function atScale() {
  const app = await startServer(path.join(buildDir, 'web'));
  const browser = await launchBrowser();
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ ...SCALE, id: 'scale' })));
    const { page } = await openApp(browser.context, `${app.url}?lang=en`);
    await clickItem(page, 'deal_row:scale');
    const perf = (from = 0) => page.evaluate((f) => window.setright.performance(f), from);
    const { width, height } = page.viewportSize();
    const firstScrollFrame = [];
    const perTab = {};
    const a11yMs = []; // the page's time to apply each frame's changes to the accessibility tree
    for (const tab of ['tab_requirements', 'tab_questions', 'tab_timeline']) {
      await openTab(page, tab);
      await page.evaluate(() => { window.setrightAccessibility.applyMs = []; });
      const from = (await perf()).frames;
      firstScrollFrame.push(from);
      await page.mouse.move(width * 0.6, height * 0.7);
      for (let i = 0; i < 40; ++i) {
        await page.mouse.wheel(0, i < 20 ? 300 : -300);
        await page.waitForTimeout(25);
      }
      perTab[tab] = await perf(from);
      a11yMs.push(...await page.evaluate(() => window.setrightAccessibility.applyMs));
      row(`frame CPU while scrolling ${tab.slice(4)}`, `p50 ${perTab[tab].cpuMsP50} ms`, `p95 ${perTab[tab].cpuMsP95} ms over ${perTab[tab].frames - from} frames`);
    }
    const scrolling = await perf(firstScrollFrame[0]);
    row('accessibility tree kept while scrolling', `p50 ${round(median(a11yMs), 3)} ms`, `page-side, over ${a11yMs.length} frames that changed it`);
    const heap = (await perf()).heapBytes / (1 << 20);
    row('wasm heap with the scale deal', `${round(heap, 1)} MB`);

    // Autosaves: a one-letter edit of the title, then the save half a second later.
    const saves = [];
    await openTab(page, 'tab_overview');
    const generation = () => page.evaluate(() => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0);
    for (let i = 0; i < RUNS; ++i) {
      const before = await generation();
      await clickItem(page, 'deal_title');
      await page.keyboard.press('End');
      await page.keyboard.type(String(i));
      await page.keyboard.press('Enter');
      await waitFor(page, () => JSON.parse(localStorage.getItem('setright.v1.head') || '{}').generation || 0,
        (g) => g > before, { what: 'the autosave', timeout: 10000 });
      saves.push((await perf()).lastSaveMs);
    }
    const size = (await page.evaluate(() => localStorage.getItem('setright.v1.slot.0')?.length ?? 0)
      || await page.evaluate(() => localStorage.getItem('setright.v1.slot.1')?.length ?? 0));
    row('autosave of the scale workspace', `${round(median(saves), 1)} ms`, `median of ${RUNS}, ${round(size / 1e6, 2)} M characters stored`);

    // Idle: the pointer away, nothing typed; count frames over three seconds.
    await page.mouse.move(width - 5, height - 5);
    await page.waitForTimeout(1500);
    const idleFrom = (await perf()).frames;
    const idleMutations = await page.evaluate(() => new Promise((resolve) => {
      let count = 0;
      const observer = new MutationObserver((records) => { count += records.length; });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => { observer.disconnect(); resolve(count); }, 3000);
    }));
    const idle = (await perf()).frames - idleFrom;
    row('frames drawn in 3 s of idling', idle);
    row('accessibility tree changes in 3 s of idling', idleMutations);
    return {
      frame_ms_p50_at_scale: scrolling.cpuMsP50, frame_ms_p95_at_scale: scrolling.cpuMsP95,
      frames_at_scale: scrolling.frames - firstScrollFrame[0],
      heap_mb: round(heap, 1), save_ms: round(median(saves), 2), idle_frames_3s: idle,
      a11y_ms_p50_at_scale: round(median(a11yMs), 3), a11y_idle_mutations_3s: idleMutations,
    };
  } finally {
    await browser.close();
    app.server.close();
  }
}

// --- The phone layout at scale: the same deal's requirements, stacked rows, scrolled ---
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };
async function atScalePhone() {
  const app = await startServer(path.join(buildDir, 'web'));
  const browser = await launchBrowser([], PHONE);
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal({ ...SCALE, id: 'scale' })));
    const { page } = await openApp(browser.context, `${app.url}?lang=en`);
    await clickItem(page, 'deal_row:scale');
    await openTab(page, 'tab_requirements');
    const perf = (from = 0) => page.evaluate((f) => window.setright.performance(f), from);
    const from = (await perf()).frames;
    await page.mouse.move(195, 600);
    for (let i = 0; i < 40; ++i) {
      await page.mouse.wheel(0, i < 20 ? 300 : -300);
      await page.waitForTimeout(25);
    }
    const scrolling = await perf(from);
    row('frame CPU while scrolling requirements, phone', `p50 ${scrolling.cpuMsP50} ms`, `p95 ${scrolling.cpuMsP95} ms over ${scrolling.frames - from} frames (390×844, 3 device px)`);
    return { frame_ms_p50_phone: scrolling.cpuMsP50, frame_ms_p95_phone: scrolling.cpuMsP95 };
  } finally {
    await browser.close();
    app.server.close();
  }
}

// --- Fonts fetched the first time a character needs one (Hanja, kana, emoji) ----------
// Their size apart from the bundle, and the time from typing a character whose
// font is not yet there to its glyph drawn: each Hanja below is in a block of
// its own, so each is a first fetch (over the local server: the network's own
// time comes on top).
const HANJA_OF_FIVE_BLOCKS = ['契', '約', '要', '書', '電'];
// And five emoji, each in a block of 64 of its own.
const EMOJI_OF_FIVE_BLOCKS = ['😀', '🥰', '🫠', '🚀', '🐳'];

// Types each text into the new requirement's field and times it until drawn:
// the field holds it and no glyph is missing. (Symbola, which has emoji too,
// is fetched only for a character its colour block lacks: none of these, so
// an emoji drawn is one drawn in colour.)
async function timesToDraw(page, texts) {
  const times = [];
  for (const text of texts) {
    const start = Date.now();
    await page.keyboard.type(text);
    await waitFor(page, (typed) => {
      const field = window.setright.items().find((i) => i.id === 'new_requirement');
      return field?.value === typed && window.setright.missingGlyphs() === 0;
    }, Boolean, { arg: text, timeout: 15000, what: `${text} drawn` });
    times.push(Date.now() - start);
    await page.keyboard.press('Enter');
  }
  return times;
}

// Runs `body(page)` on the app in English with a new deal open at its
// Requirements tab; closes the browser and the server after.
async function onNewDeal(body) {
  const app = await startServer(path.join(buildDir, 'web'));
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, `${app.url}?lang=en`);
    await clickItem(page, 'new_deal');
    await openTab(page, 'tab_requirements');
    return await body(page);
  } finally {
    await browser.close();
    app.server.close();
  }
}

async function lazyFonts() {
  const fontsDir = path.join(buildDir, 'web', 'fonts');
  const files = fs.readdirSync(fontsDir).filter((f) => f !== 'stamp').map((f) => path.join(fontsDir, f));
  const kbGz = round(gzipBytes(files) / 1024, 0);
  row('fonts fetched when first needed, gzipped (fonts/)', `${kbGz} KB`, `${files.length} files, none fetched at start`);
  return onNewDeal(async (page) => {
    await clickItem(page, 'new_requirement');
    const times = await timesToDraw(page, HANJA_OF_FIVE_BLOCKS);
    row('a character typed to its glyph drawn, font fetched', `${round(median(times), 1)} ms`,
      `median of ${times.length}: ${times.join(', ')}`);
    // Colour emoji: the block's PNGs fetched, decoded by the browser and baked.
    const emojiTimes = await timesToDraw(page, EMOJI_OF_FIVE_BLOCKS);
    row('an emoji typed to its colour glyph drawn, block fetched', `${round(median(emojiTimes), 1)} ms`,
      `median of ${emojiTimes.length}: ${emojiTimes.join(', ')}`);
    return { fonts_lazy_kb_gz: kbGz, glyph_fetch_ms: round(median(times), 1), emoji_fetch_ms: round(median(emojiTimes), 1) };
  });
}

// --- Importing a 10 MB workspace: in the browser (file chosen -> preview drawn) and natively
function tenMegabytes(dir) {
  const deals = [];
  for (let d = 0; deals.length < 100; ++d) {
    deals.push(bigDeal({ requirements: 400, questions: 300, touches: 150, studyRequests: 0, id: `deal-${d}` }));
    const bytes = JSON.stringify(workspaceOf(...deals)).length;
    if (bytes >= 10e6) break;
  }
  const file = path.join(dir, 'ten-megabytes.json');
  fs.writeFileSync(file, JSON.stringify(workspaceOf(...deals)));
  return file;
}

// Timed in the page: from the file input's change event (the moment the page
// learns which file was chosen) to the first animation frame whose items
// include the preview's button `shownId`. The time Playwright takes to hand
// the file to the input is reported beside it, not counted. Returns
// { times, withHandOver }, one per run.
async function timeImports(page, file, shownId, cancelId) {
  const times = [];
  const withHandOver = [];
  await page.evaluate(() => document.addEventListener('change', () => { window.benchFileChosenAt = performance.now(); }, true));
  for (let i = 0; i < RUNS; ++i) {
    await clickItem(page, 'menu_file');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickItem(page, 'file_import')]);
    const handedAt = await page.evaluate(() => performance.now());
    await chooser.setFiles(file);
    const previewAt = await (await page.waitForFunction(
      (id) => window.setright.items().some((item) => item.id === id) && performance.now(),
      shownId, { timeout: 60000, polling: 'raf' })).jsonValue();
    times.push(previewAt - await page.evaluate(() => window.benchFileChosenAt));
    withHandOver.push(previewAt - handedAt);
    await clickItem(page, cancelId);
    await waitFor(page, (id) => window.setright.items().some((item) => item.id === id), (open) => !open, { what: 'preview closed', arg: cancelId });
  }
  return { times, withHandOver };
}

async function importsWasm(file) {
  const app = await startServer(path.join(buildDir, 'web'));
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, `${app.url}?lang=en`);
    const { times, withHandOver } = await timeImports(page, file, 'import_apply', 'import_cancel');
    row('import 10 MB, browser (file chosen to preview drawn)', `${round(median(times), 1)} ms`,
      `median of ${RUNS}: ${times.map((t) => round(t, 0)).join(', ')}; with Playwright handing the file over: ${round(median(withHandOver), 1)} ms`);
    return round(median(times), 1);
  } finally {
    await browser.close();
    app.server.close();
  }
}

// --- A 5,000-row XLSX workbook (openpyxl's) into a deal: file chosen -> preview drawn.
// The first of the runs fetches the workbook program too (reported apart).
async function importsXlsxWasm(dir) {
  const python = spawnSync('/usr/bin/python3', [path.join(sourceDir, 'tests', 'sheets', 'make_xlsx_fixtures.py'), dir], { encoding: 'utf8' });
  if (python.status !== 0) throw new Error(`make_xlsx_fixtures.py failed: ${python.stderr}`);
  const file = path.join(dir, 'rows-5000.xlsx');
  return onNewDeal(async (page) => {
    const { times } = await timeImports(page, file, 'sheet_add', 'sheet_cancel');
    row('import a 5,000-row XLSX, browser (file chosen to preview drawn)', `${round(median(times), 1)} ms`,
      `median of ${RUNS}: ${times.map((t) => round(t, 0)).join(', ')}; ${fs.statSync(file).size} bytes`);
    row('  the first of them, workbook program fetched too', `${round(times[0], 1)} ms`);
    return { import_ms_xlsx_5000: round(median(times), 1), import_ms_xlsx_5000_first: round(times[0], 1) };
  });
}

function importsNative(file) {
  const cli = path.join(buildDir, 'native', 'setright');
  const times = [];
  for (let i = 0; i < RUNS; ++i) {
    const started = process.hrtime.bigint();
    const r = spawnSync(cli, ['validate', file], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (r.status !== 0) throw new Error(`setright validate failed: ${r.stderr}`);
  }
  row('import 10 MB, native (setright validate, whole process)', `${round(median(times), 1)} ms`, `median of ${RUNS}`);
  return round(median(times), 1);
}

// --- Run ---------------------------------------------------------------------------------
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setright-bench-'));
try {
  const tenMb = tenMegabytes(dir);
  const result = {
    ...bundles(),
    ...(await firstFrames()),
    ...(await atScale()),
    ...(await atScalePhone()),
    ...(await lazyFonts()),
    import_ms_10mb_wasm: await importsWasm(tenMb),
    import_ms_10mb_native: importsNative(tenMb),
    ...(await importsXlsxWasm(dir)),
    import_file_bytes: fs.statSync(tenMb).size,
  };
  const targets = {
    first_frame_ratio: result.first_frame_ratio <= 1.25,
    frame_ms_p50_at_scale: result.frame_ms_p50_at_scale <= 4,
    frame_ms_p50_phone: result.frame_ms_p50_phone <= 4,
    idle_frames_3s: result.idle_frames_3s <= 3,
    a11y_ms_p50_at_scale: result.a11y_ms_p50_at_scale <= 0.5,
    a11y_idle_mutations_3s: result.a11y_idle_mutations_3s === 0,
    import_ms_10mb_wasm: result.import_ms_10mb_wasm <= 300,
    bundle_ratio_gz: result.bundle_ratio_gz <= 1.5,
  };
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [what, value, note] of rows) console.log(`${what.padEnd(width)}  ${value.padStart(12)}  ${note}`);
  console.log(`targets met: ${Object.entries(targets).map(([k, ok]) => `${k} ${ok ? 'yes' : 'NO'}`).join(', ')}`);
  console.log(JSON.stringify({ ...result, targets_met: targets }));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

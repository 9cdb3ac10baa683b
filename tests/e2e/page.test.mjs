// page.test.mjs — the page around the app: sharp at devicePixelRatio 2,
// following window resizes, and a plain message where the browser cannot run it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { packStored } from './support/stored_copy.mjs';
import { launchBrowser, serveWebBundle, openApp, findItem, items, waitFor } from './support/app.mjs';

test('the canvas fills the window at devicePixelRatio 2 and follows resizes', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], { deviceScaleFactor: 2 });
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    const canvasSize = () => {
      const canvas = document.getElementById('canvas');
      return { width: canvas.width, height: canvas.height, css: [canvas.clientWidth, canvas.clientHeight], dpr: devicePixelRatio };
    };
    const before = await page.evaluate(canvasSize);
    assert.equal(before.dpr, 2);
    assert.deepEqual(before.css, [1280, 800]);
    assert.equal(before.width, 2560, 'backing store at twice the CSS width: text is rendered at full resolution');
    assert.equal(before.height, 1600);

    await page.setViewportSize({ width: 900, height: 600 });
    await waitFor(page, canvasSize, (s) => s.width === 1800 && s.height === 1200, { what: 'the canvas to follow the resize' });
    // The UI lays itself out in the new size: the app's bar spans it (at 900 px
    // the tablet layout puts the deals list away, its button in the bar).
    const button = await findItem(page, 'menu_view');
    assert.ok(button.rect.x + button.rect.w < 900);
    assert.equal((await items(page)).some((item) => item.id === 'new_deal'), false, 'the deals list put away at 900 px');
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

for (const [lang, label] of [['en', 'New deal'], ['ko', '새 거래'], ['nb', 'Ny avtale'], ['ru', 'Новая сделка']]) {
  test(`?lang=${lang} draws the UI in that language with every glyph present`, async () => {
    const { server, url } = await serveWebBundle();
    const browser = await launchBrowser();
    try {
      const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${lang}`);
      assert.equal((await findItem(page, 'new_deal')).label, label);
      assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
      assert.deepEqual(consoleErrors, []);
    } finally {
      await browser.close();
      server.close();
    }
  });
}

test('without WebGL the page says so plainly instead of failing silently', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser(['--disable-3d-apis']);
  try {
    const { page } = await openApp(browser.context, `${url}?lang=nb`, { waitReady: false });
    const problem = page.locator('#problem');
    await problem.waitFor({ state: 'visible' });
    assert.match(await problem.textContent(), /WebGL 2/);
    assert.match(await problem.textContent(), /nettleseren/, 'in the language asked for');
    assert.equal(await page.locator('#loading').isVisible(), false);
  } finally {
    await browser.close();
    server.close();
  }
});

test('when the app cannot start, the work saved in the browser can still be downloaded, exactly as stored', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const packed = { format: 'setright', version: 1, deals: [{ id: 'd1', title: 'Сделка kept packed — 보관' }] };
    const stored = {
      'setright.v1.head': '{"generation":4,"slot":2,"slots":[{},{"generation":3,"bytes":40},{"generation":4,"bytes":60}]}',
      'setright.v1.slot.1': '3\n{"format":"setright","version":1,"deals":[]}',
      'setright.v1.slot.2': packStored(4, JSON.stringify(packed)),
    };
    await browser.context.addInitScript((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      localStorage.setItem('another-app', 'not ours');
    }, stored);
    // The app's code never arrives (a broken deploy, a proxy that mangles .wasm).
    await browser.context.route('**/setright.wasm', (route) => route.abort());
    const { page } = await openApp(browser.context, `${url}?lang=en`, { waitReady: false });
    const button = page.locator('#download-stored-data');
    await button.waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await page.locator('#problem').textContent(), /could not start.*safe/s);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    assert.equal(download.suggestedFilename(), 'setright-stored-data.json');
    const saved = JSON.parse(await (await import('node:fs')).promises.readFile(await download.path(), 'utf8'));
    assert.deepEqual(saved.kept, stored, "Setright's keys, byte for byte, and nothing else");
    assert.deepEqual(saved.readable, { 'setright.v1.slot.2': packed }, 'and the packed copy as the workspace it holds');
  } finally {
    await browser.close();
    server.close();
  }
});

test('the Content-Security-Policy lets the page reach nothing beyond its own origin', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page } = await openApp(browser.context, `${url}?lang=en`);
    const outcome = await page.evaluate(async () => {
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const tried = await fetch('http://127.0.0.2:9/elsewhere').then(() => 'fetched', () => 'refused');
      const image = await new Promise((resolve) => {
        const img = new Image();
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('refused');
        img.src = 'http://127.0.0.2:9/pixel.png';
      });
      let evaluated = 'refused';
      try { evaluated = String(eval('1 + 1')); } catch (error) { /* blocked: no 'unsafe-eval' */ }
      await new Promise((r) => setTimeout(r, 50));
      return { tried, image, evaluated, violations };
    });
    assert.deepEqual({ tried: outcome.tried, image: outcome.image, evaluated: outcome.evaluated },
      { tried: 'refused', image: 'refused', evaluated: 'refused' });
    assert.ok(outcome.violations.includes('connect-src') && outcome.violations.includes('img-src'), JSON.stringify(outcome.violations));
  } finally {
    await browser.close();
    server.close();
  }
});

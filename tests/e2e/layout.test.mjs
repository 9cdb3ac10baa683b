// layout.test.mjs — the app's look and layout (issue #15): a first visit that
// says what Setright is for and starts in one tap, a phone layout where the
// deal has the whole screen and the deals list is a screen of its own, the
// layout re-chosen on resize and zoom with nothing lost, light and dark
// themes (the system's, or the user's choice, remembered), and targets a
// finger can hit. Real taps, clicks and typing; items are found through
// window.setright.items(). Screenshots per size and theme land in the
// artifacts directory.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  serveWebBundle, launchBrowser, withBrowser, openApp, clickItem, findItem, items, openTab, waitFor, saveScreenshot,
} from './support/app.mjs';
import { decodePng } from './support/png.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true };

// Every item of the last frame lies within the page horizontally: nothing
// needs the page scrolled sideways (WCAG 1.4.10 reflow).
async function assertWithinWidth(page, where, width = page.viewportSize().width) {
  const outside = (await items(page)).filter((i) => i.rect.x < -0.5 || i.rect.x + i.rect.w > width + 0.5);
  assert.deepEqual(outside.map((i) => `${i.id} ${JSON.stringify(i.rect)}`), [], `${where}: items outside the ${width}-px page`);
}

// The colour the canvas is cleared to, read at a pixel no window covers.
async function backgroundLightness(page) {
  const { width, height } = page.viewportSize();
  const [r, g, b] = decodePng(await page.screenshot({ clip: { x: width - 3, y: height - 3, width: 1, height: 1 }, scale: 'css' })).at(0, 0);
  return (r + g + b) / 3;
}

async function withPage(contextOptions, lang, body) {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], contextOptions);
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${lang}`);
    await body(page, `${url}?lang=${lang}`);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
}

test('a first visit on a phone says what Setright is for and starts a buyer in one tap, the deal filling the screen', async () => {
  await withPage(PHONE, 'ko', async (page) => {
    // The welcome: three starts, each a finger-sized button, all on the page.
    for (const id of ['welcome_buyer', 'welcome_rep', 'welcome_trainer', 'welcome_blank']) {
      const { rect } = await findItem(page, id);
      assert.ok(rect.h >= 44, `${id} is ${rect.h} px tall: a finger needs 44`);
    }
    await assertWithinWidth(page, 'welcome');
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    await saveScreenshot(page, 'layout-welcome-ko-390');

    // One tap: a buyer's deal, its verdict the first thing on the screen,
    // whole words on whole lines (no deals list squeezing it).
    await clickItem(page, 'welcome_buyer');
    const verdict = await findItem(page, 'verdict');
    assert.ok(verdict.rect.w > 300, `the verdict is ${verdict.rect.w} px wide on a 390-px phone`);
    assert.ok(verdict.rect.y + verdict.rect.h < 844, 'the verdict is on the first screen');
    assert.equal((await items(page)).filter((i) => i.id.startsWith('deal_row:')).length, 0, 'the deals list is not beside the deal');
    await assertWithinWidth(page, 'overview');
    // The tabs: a strip a finger drags sideways, each tab a finger-sized target.
    for (const tab of ['tab_overview', 'tab_requirements']) {
      const { rect } = await findItem(page, tab);
      assert.ok(rect.h >= 44 && rect.w >= 44, `${tab} is ${rect.w}×${rect.h}: every tab a finger-sized target`);
    }
    assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id}`), []);
    // More tabs lie past the strip's right edge: the tabs fade into the page there (a cut tab alone looked like a fault).
    const strip = (await items(page)).filter((i) => i.kind === 'tab');
    const stripRight = 390 - strip[0].rect.x; // the strip is inset from both sides of the page alike
    const last = strip.at(-1);
    assert.ok(last.rect.x + last.rect.w > stripRight - 24, `the last tab drawn nears the strip's edge: ${last.id} ${last.rect.x}+${last.rect.w}`);
    const pixels = decodePng(await page.screenshot({ clip: { x: 0, y: last.rect.y, width: 390, height: last.rect.h }, scale: 'css' }));
    // A tab is its outline and words on the page's colour: how strongly a column of pixels stands out from the page.
    const page_ = pixels.at(2, Math.round(last.rect.h / 2)); // left of the strip: the page itself
    const ink = (x) => Math.max(...Array.from({ length: Math.round(last.rect.h) }, (_, y) => pixels.at(x, y))
      .map((p) => Math.max(...[0, 1, 2].map((c) => Math.abs(p[c] - page_[c])))));
    const tabStart = ink(Math.round(last.rect.x) + 10);
    const tabEnd = ink(Math.min(Math.round(last.rect.x + last.rect.w), Math.floor(stripRight)) - 5);
    assert.ok(tabStart > 30, `the tab's outline stands out from the page by ${tabStart}`);
    assert.ok(tabEnd * 2 <= tabStart, `near the strip's edge the tab fades into the page: ${tabEnd} against ${tabStart}`);
    await saveScreenshot(page, 'layout-overview-ko-390');

    // Requirements as stacked rows, every control on the page.
    await openTab(page, 'tab_requirements');
    const rows = (await items(page)).filter((i) => i.id.startsWith('requirement:'));
    assert.ok(rows.length >= 1, 'requirements are listed');
    assert.ok(rows[0].rect.w > 300, `a requirement row is ${rows[0].rect.w} px wide`);
    await assertWithinWidth(page, 'requirements');
    // With no header row over them, the priority and the claim are captioned, each word right over its field.
    const first = rows[0].id.slice('requirement:'.length);
    for (const [field, caption] of [[`priority:${first}`, '우선순위'], [`claim:${first}`, '공급업체 주장']]) {
      const { rect } = await findItem(page, field);
      const captions = await page.evaluate((words) => [...document.querySelectorAll('#a11y *')]
        .filter((e) => e.childElementCount === 0 && e.textContent === words).map((e) => e.getBoundingClientRect().toJSON()), caption);
      assert.ok(captions.some((c) => Math.abs(c.left - rect.x) <= 1 && c.bottom <= rect.y + 1 && c.bottom > rect.y - 12),
        `"${caption}" over ${field} ${JSON.stringify(rect)}: ${JSON.stringify(captions)}`);
    }
    await saveScreenshot(page, 'layout-requirements-ko-390');

    // The deals list is a screen of its own: open it, pick the deal, back to it.
    await clickItem(page, 'deals_toggle');
    const row = (await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('deal_row:')), (r) => r.length === 1,
      { what: 'the deals list' }))[0];
    assert.ok(row.rect.w > 300, 'the deals list has the whole width');
    assert.equal((await items(page)).filter((i) => i.id === 'verdict' || i.id.startsWith('tab_')).length, 0, 'the deal is not beside it');
    await saveScreenshot(page, 'layout-deals-ko-390');
    await clickItem(page, row.id);
    await findItem(page, 'tab_requirements');
    assert.equal((await items(page)).filter((i) => i.id.startsWith('deal_row:')).length, 0, 'picking a deal opened it');
  });
});

test('a blank deal: its empty tabs say what goes there and offer what fills it', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, 'nb', async (page) => {
    await clickItem(page, 'welcome_blank');
    // No vendor yet: the Overview says so, and its button opens the Vendors tab at the field that adds one.
    await clickItem(page, 'overview_add_vendor');
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'tab_vendors')?.selected, Boolean, { what: 'the Vendors tab open' });
    await findItem(page, 'new_vendor');
    await openTab(page, 'tab_requirements');
    await findItem(page, 'new_requirement');
    await openTab(page, 'tab_questions');
    await findItem(page, 'new_question');
    assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id}`), []);
  });
});

test('resizing and zooming re-choose the layout mid-session and lose nothing', async () => {
  await withPage({}, 'nb', async (page) => {
    await clickItem(page, 'welcome_buyer');
    await openTab(page, 'tab_requirements');
    await clickItem(page, 'new_requirement');
    await page.keyboard.type('Eksport av alle data');
    const draft = () => findItem(page, 'new_requirement').then((i) => i.value);
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'new_requirement')?.value, (v) => v === 'Eksport av alle data');
    assert.ok((await items(page)).some((i) => i.id === 'new_deal'), 'desktop: the deals list beside the deal');
    await saveScreenshot(page, 'layout-requirements-nb-1280');

    // A phone's width: one column, the same tab open, the draft still there.
    await page.setViewportSize({ width: 390, height: 844 });
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'new_deal'), (shown) => !shown, { what: 'the phone layout' });
    assert.ok((await findItem(page, 'tab_requirements')).selected, 'the requirements tab is still open');
    assert.equal(await draft(), 'Eksport av alle data');
    await assertWithinWidth(page, 'phone width');

    // 200% zoom of a 1280×800 window: 640×400 CSS px at a pixel ratio of 2.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 400, deviceScaleFactor: 2, mobile: false });
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'deals_toggle')?.rect.h, (h) => h > 0, { what: 'a frame at 640×400' });
    await page.waitForTimeout(200);
    assert.ok((await findItem(page, 'tab_requirements')).selected, 'still the requirements tab at 200%');
    assert.equal(await draft(), 'Eksport av alle data');
    await assertWithinWidth(page, '200% zoom', 640);
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);
    await saveScreenshot(page, 'layout-requirements-nb-640-dpr2');

    // The deals list can be shown at any size, and hidden again.
    await clickItem(page, 'deals_toggle');
    await findItem(page, 'new_deal');
    await clickItem(page, 'deals_toggle');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'new_deal'), (shown) => !shown, { what: 'the list hidden' });

    // Back to the desktop: as it was.
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'tab_requirements')?.rect.y, (y) => y !== undefined && y < 100,
      { what: 'the desktop layout' });
    assert.equal(await draft(), 'Eksport av alle data');
    assert.equal((await page.evaluate(() => window.setright.state())).deals.length, 1);
  });
});

test('light and dark: the system’s by default, the user’s choice remembered, targets at least 24 px', async () => {
  await withPage({ colorScheme: 'light' }, 'ru', async (page, url) => {
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'follows prefers-color-scheme');
    assert.ok(await backgroundLightness(page) > 200, 'a light background');
    await saveScreenshot(page, 'layout-welcome-ru-light-1280');
    for (const item of await items(page)) assert.ok(item.rect.h >= 24, `${item.id} is ${item.rect.h} px tall (at least 24)`);

    await clickItem(page, 'menu_view');
    await clickItem(page, 'theme_dark');
    await waitFor(page, () => document.documentElement.dataset.theme, (t) => t === 'dark', { what: 'the dark theme' });
    assert.ok(await backgroundLightness(page) < 60, 'a dark background');

    await page.goto(url);
    await page.evaluate(() => window.setright.ready);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'the choice is remembered');
    await clickItem(page, 'welcome_rep');
    await findItem(page, 'verdict');
    await saveScreenshot(page, 'layout-overview-ru-dark-1280');
  });
});

// The README opens with these (docs/screenshots/): the app itself, a buyer's
// deal on a desktop and on a phone, light and dark. `scripts/test` makes them
// fresh in the artifacts directory; copy them over when the look changes.
test('the README’s screenshots: a buyer’s deal, desktop and phone, light and dark', async () => {
  const { server, url } = await serveWebBundle();
  try {
    for (const scheme of ['light', 'dark']) {
      for (const [name, options] of [['desktop', { viewport: { width: 1280, height: 800 } }],
        ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true }]]) {
        const browser = await launchBrowser([], { ...options, colorScheme: scheme });
        try {
          const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
          await clickItem(page, 'welcome_buyer');
          await findItem(page, 'verdict');
          assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), scheme);
          // The pointer out of the way: no line lit up by a hover in the picture.
          await page.mouse.move(options.viewport.width - 2, options.viewport.height - 2);
          await page.waitForTimeout(200);
          await saveScreenshot(page, `readme-${name}-${scheme}`);
          assert.deepEqual(consoleErrors, []);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    server.close();
  }
});

// WCAG 1.4.10 reflow: 320 CSS px wide (a 1280-px window at 400%), every tab
// of a buyer's deal works without the page scrolling sideways.
test('at 320 CSS px every tab reflows: nothing off the page, no layout problem', async () => {
  await withPage({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true }, 'ru', async (page) => {
    await assertWithinWidth(page, 'welcome at 320');
    await clickItem(page, 'welcome_buyer');
    await findItem(page, 'tab_overview');
    for (const tab of ['overview', 'requirements', 'questions', 'timeline', 'vendors', 'fit_decision', 'relationship', 'study', 'case']) {
      // The strip of tabs scrolls sideways (a finger drags it; here the wheel does).
      for (let i = 0; i < 20 && !(await items(page)).some((item) => item.id === `tab_${tab}`); ++i) {
        const strip = (await items(page)).find((item) => item.kind === 'tab');
        await page.mouse.move(strip.rect.x + strip.rect.w / 2, strip.rect.y + strip.rect.h / 2);
        await page.mouse.wheel(120, 0);
        await page.waitForTimeout(80);
      }
      await openTab(page, `tab_${tab}`);
      await assertWithinWidth(page, `${tab} at 320`);
      assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${tab}: ${p.problem} ${p.id} ${p.detail}`), []);
    }
    await saveScreenshot(page, 'layout-case-ru-320');
  });
});

// On a 1024×768 projector the deal's header keeps one line in every
// language, its as-of date whole: the calendar button beside the date was
// once pushed past the window's edge in Norwegian, clipped to 16 of its 28 px.
test('the deal header on a 1024-px projector: one line, the as-of date and its calendar button whole, in every language', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser([], { viewport: { width: 1024, height: 768 } });
  try {
    for (const lang of ['en', 'ko', 'nb', 'ru']) {
      const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${lang}`);
      await clickItem(page, 'new_deal');
      const calendar = await findItem(page, 'as_of_date:calendar');
      const title = await findItem(page, 'deal_title');
      const date = await findItem(page, 'as_of_date');
      assert.equal(calendar.rect.w, calendar.rect.h, `${lang}: the calendar button whole (${JSON.stringify(calendar.rect)})`);
      assert.ok(calendar.rect.x + calendar.rect.w <= 1024 - 16, `${lang}: inside the window (${JSON.stringify(calendar.rect)})`);
      assert.equal(date.rect.y, title.rect.y, `${lang}: the date on the title's line`);
      await assertWithinWidth(page, `${lang} 1024×768`);
      assert.deepEqual(consoleErrors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});

test('1280 px: the claims matrix scrolls with its tab, every row drawn, no box scrolling inside it', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, 'en', async (page) => {
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:buyer-saas-evaluation');
    await waitFor(page, () => window.setright.items().some((i) => i.id === 'tab_overview'), Boolean, { what: 'the buyer\'s deal' });
    // The matrix is as tall as its rows: the tab scrolled to its foot shows every one, no box scrolling inside it.
    await openTab(page, 'tab_vendors');
    await page.mouse.move(700, 500);
    for (let i = 0; i < 12; ++i) await page.mouse.wheel(0, 300);
    await page.evaluate(() => window.setright.settled());
    const matrix = await waitFor(page, () => {
      const grid = document.querySelector('#a11y [role=grid][aria-label="What each claim counts as"]');
      return grid && { rows: grid.querySelectorAll('[role=row]').length, count: Number(grid.getAttribute('aria-rowcount')) };
    }, (m) => m && m.rows === m.count, { what: 'every row of the matrix drawn' });
    assert.equal(matrix.count, 11, 'ten requirements and the header');
    await saveScreenshot(page, 'layout-1280-vendors-matrix');
  });
});

test('questions at 1280 px: the question keeps room for its words, the day asked and the age give way (shown at 1920)', async () => {
  await withBrowser(async (context, url) => {
    for (const lang of ['en', 'ko']) {
      const { page, consoleErrors } = await openApp(context, url.replace('?lang=en', `?lang=${lang}`));
      await clickItem(page, 'new_from_template');
      await clickItem(page, 'template:buyer-saas-evaluation');
      await openTab(page, 'tab_questions');
      const headers = async () => Object.fromEntries((await items(page)).filter((i) => i.id.startsWith('sort_')).map((i) => [i.id, i.rect.w]));
      const at1280 = await headers();
      assert.ok(at1280.sort_text >= 320, `${lang} 1280: the question column is ${at1280.sort_text} px`);
      assert.ok(!('sort_asked' in at1280) && !('sort_age' in at1280), `${lang} 1280: ${Object.keys(at1280)}`);
      assert.deepEqual((await page.evaluate(() => window.setright.layoutProblems())).map((p) => `${p.problem} ${p.id}`), []);
      await page.setViewportSize({ width: 1920, height: 1080 });
      const at1920 = await waitFor(page, () => window.setright.items().filter((i) => i.id.startsWith('sort_')).map((i) => i.id),
        (ids) => ids.includes('sort_asked') && ids.includes('sort_age'), { what: `${lang} 1920: every column` });
      assert.equal(at1920.length, 6);
      assert.deepEqual(consoleErrors, []);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.close();
    }
  }, { viewport: { width: 1280, height: 800 } });
});

test('a field too narrow for its text ends in "…" inside a whole border, no letter drawn over it', async () => {
  await withPage({ viewport: { width: 1280, height: 800 } }, 'en', async (page) => {
    await clickItem(page, 'new_deal');
    await clickItem(page, 'deal_title');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('M'.repeat(120));
    await page.keyboard.press('Enter');
    await clickItem(page, 'tab_overview'); // the field no longer edited: drawn cut, "…" at its end
    const { rect } = await findItem(page, 'deal_title');
    const field = decodePng(await page.screenshot({ clip: { x: rect.x, y: rect.y, width: rect.w, height: rect.h }, scale: 'css' }));
    // The border's right edge, down its straight part: one colour, where the letters' row crosses it too.
    const width = Math.round(rect.w), height = Math.round(rect.h);
    const darkness = (p) => 765 - p[0] - p[1] - p[2];
    for (const x of [width - 1, width - 2]) {
      const column = Array.from({ length: height - 12 }, (_, i) => darkness(field.at(x, i + 6)));
      const spread = Math.max(...column) - Math.min(...column);
      assert.ok(spread <= 24, `column ${x} of the field's right edge varies by ${spread}: ${column}`);
    }
  });
});

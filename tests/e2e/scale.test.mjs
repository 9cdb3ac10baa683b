// scale.test.mjs — a deal with thousands of items stays fast: 5,000
// requirements claimed by two vendors, 5,000 questions with histories, 3,000
// touches and a 3,000-request study. Every tab is opened and its table
// scrolled with the wheel; the CPU time to build and submit a frame
// (frameStats) must stay within a few milliseconds at the median. The state
// Dear ImGui's renderer saves each frame is answered by the page, not by a
// round trip to the GPU process (gl_state_web.cpp), and answered right.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, openTab } from './support/app.mjs';
import { bigDeal, seedStorage, workspaceOf } from './support/big_deal.mjs';

test('every tab of a deal with thousands of items draws in a few milliseconds', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await seedStorage(browser.context, workspaceOf(bigDeal()));
    // Counts the queries of blend state and scissor box that reach the browser's own getParameter.
    await browser.context.addInitScript(() => {
      const asked = [0x8009, 0x883d, 0x80c8, 0x80c9, 0x80ca, 0x80cb, 0x0c10];
      const browserGetParameter = WebGL2RenderingContext.prototype.getParameter;
      window.glStateQueries = 0;
      window.browserGetParameter = browserGetParameter;
      WebGL2RenderingContext.prototype.getParameter = function (name) {
        if (asked.includes(name)) window.glStateQueries += 1;
        return browserGetParameter.call(this, name);
      };
    });
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'deal_row:big');
    for (const tab of ['tab_overview', 'tab_requirements', 'tab_questions', 'tab_timeline', 'tab_vendors', 'tab_study']) {
      await openTab(page, tab);
      const before = await page.evaluate(() => window.setright.frameStats());
      // Scroll the tab's table (or page) down and back: every wheel notch is a frame.
      const { width, height } = page.viewportSize();
      await page.mouse.move(width * 0.6, height * 0.7);
      for (let i = 0; i < 30; ++i) {
        await page.mouse.wheel(0, i < 15 ? 400 : -400);
        await page.waitForTimeout(20);
      }
      const after = await page.evaluate((from) => window.setright.frameStats(from), before.frames);
      const frames = after.frames - before.frames;
      console.log(`# ${tab}: ${frames} frames scrolling, CPU ms median ${after.cpuMsP50.toFixed(2)}, p95 ${after.cpuMsP95.toFixed(2)}`);
      assert.ok(frames >= 20, `${tab}: frames drawn while scrolling (${frames})`);
    }
    // The page's answers are the context's state, and the browser was not asked while drawing.
    const state = await page.evaluate(() => {
      const gl = document.getElementById('canvas').getContext('webgl2');
      const names = [0x8009, 0x883d, 0x80c8, 0x80c9, 0x80ca, 0x80cb, 0x0c10];
      const plain = (value) => (ArrayBuffer.isView(value) ? Array.from(value) : [value]);
      const queries = window.glStateQueries;
      const answered = names.map((name) => plain(gl.getParameter(name)));
      const browser = names.map((name) => plain(window.browserGetParameter.call(gl, name)));
      return { queries, answered, browser };
    });
    assert.equal(state.queries, 0, 'blend state and scissor box queries sent to the GPU process while drawing');
    assert.deepEqual(state.answered, state.browser);
    console.log(`# blend and scissor state as answered: ${JSON.stringify(state.answered)}`);
    const stats = await page.evaluate(() => window.setright.frameStats());
    console.log(`# frames ${stats.frames}, CPU ms per frame: median ${stats.cpuMsP50.toFixed(2)}, p95 ${stats.cpuMsP95.toFixed(2)}`);
    assert.ok(stats.cpuMsP50 < 6, `median frame CPU ${stats.cpuMsP50} ms`);
    assert.ok(stats.cpuMsP95 < 15, `95th percentile frame CPU ${stats.cpuMsP95} ms`);
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

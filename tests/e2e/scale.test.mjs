// scale.test.mjs — a deal with thousands of items stays fast: 5,000
// requirements claimed by two vendors, 5,000 questions with histories, 3,000
// touches and a 3,000-request study. Every tab is opened and its table
// scrolled with the wheel; the CPU time to build and submit a frame
// (frameStats) must stay within a few milliseconds at the median.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, openApp, clickItem, openTab, waitFor } from './support/app.mjs';

function bigDeal(n = 5000) {
  const day = (i) => new Date(Date.UTC(2026, 0, 1) + i * 3600e3).toISOString().slice(0, 16) + 'Z';
  const statuses = ['unknown', 'claimed', 'demonstrated', 'verified', 'partial'];
  return {
    format: 'setright', version: 1,
    deals: [{
      id: 'big', title: 'Five thousand requirements', perspective: 'buyer',
      buyer: { id: 'o-buyer', name: 'Buyer' },
      vendors: [{ id: 'v-a', name: 'Vendor A' }, { id: 'v-b', name: 'Vendor B' }], primary_vendor: 'v-a',
      requirements: Array.from({ length: n }, (_, i) => ({
        id: `r-${i}`, text: `Requirement number ${i} about some capability`, category: `Area ${i % 12}`,
        priority: ['must', 'should', 'nice'][i % 3], weight: 1 + (i % 5),
        claims: ['v-a', 'v-b'].map((vendor, v) => ({ vendor, status: statuses[(i + v) % 5],
          evidence: i % 7 ? [] : [{ id: 'e-1', kind: 'document', summary: 'Spec sheet', answers: i % 2 === 0 }] })),
      })),
      questions: Array.from({ length: n }, (_, i) => ({
        id: `q-${i}`, text: `Question ${i}: does it really do this?`, requirement: `r-${i}`, vendor: 'v-a',
        asked_at: day(i % 2000), status: ['open', 'promised', 'answered'][i % 3],
        ...(i % 3 === 1 ? { promised_by: day(i % 2000 + 100).slice(0, 10) } : {}),
        history: [{ at: day(i % 2000 + 24), kind: 'tabled' }, { at: day(i % 2000 + 72), kind: 'raised_again' }],
      })),
      timeline: Array.from({ length: 3000 }, (_, i) => ({
        id: `t-${i}`, at: day(i * 3), channel: 'email', direction: i % 2 ? 'from_vendor' : 'to_vendor',
        vendor: i % 4 < 2 ? 'v-a' : 'v-b', summary: `Touch ${i}`,
      })),
      study: {
        method: 'Synthetic', requests: Array.from({ length: 3000 }, (_, i) => ({
          id: `lr-${i}`, vendor: `Studio ${i}`, channel: 'form', sent_at: day(i),
          ...(i % 3 ? { first_reply_at: day(i + (i % 97)), reply_channel: 'email' } : {}),
          quoted_price: 50000 + (i * 7919) % 2000000, followed_up: i % 5 === 0,
        })),
      },
    }],
  };
}

test('every tab of a deal with thousands of items draws in a few milliseconds', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    // Stored as the app stores it (tests/README.md): a slot is "<generation>\n<workspace JSON>".
    const text = `1\n${JSON.stringify(bigDeal())}`;
    await browser.context.addInitScript((stored) => {
      if (localStorage.getItem('setright.v1.head')) return;
      localStorage.setItem('setright.v1.head', JSON.stringify({ generation: 1, slot: 0, slots: [{ generation: 1, bytes: stored.length }] }));
      localStorage.setItem('setright.v1.slot.0', stored);
    }, text);
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=en`);
    await clickItem(page, 'deal_row:big');
    const perTab = {};
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
      const after = await page.evaluate(() => window.setright.frameStats());
      perTab[tab] = after.frames - before.frames;
      assert.ok(after.frames - before.frames >= 20, `${tab}: frames drawn while scrolling (${after.frames - before.frames})`);
    }
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

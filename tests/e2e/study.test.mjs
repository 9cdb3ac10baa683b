// study.test.mjs — the lead-response study from its template, in Russian: the
// figures the study is known for (57% by email, 11% by phone, 32% never), the
// charts as items, and the weekday × hour heatmap drawn by its WebGL2 shader:
// the busiest cell in the brightest colour of the ramp, an empty cell in the
// background, read from a screenshot's pixels. Then a request is added and
// the figures follow.
import test from 'node:test';
import assert from 'node:assert/strict';
import {
  launchBrowser, serveWebBundle, openApp, clickItem, findItem, openTab, saveScreenshot, scrollTo, typeInto, waitFor,
} from './support/app.mjs';
import { decodePng } from './support/png.mjs';

// Replies per [weekday, Monday first][hour], UTC, as the core counts them.
function repliesByWeekdayHour(requests) {
  const counts = Array.from({ length: 7 }, () => new Array(24).fill(0));
  for (const r of requests) {
    if (!r.first_reply_at || !r.first_reply_at.includes('T')) continue;
    const at = new Date(r.first_reply_at);
    counts[(at.getUTCDay() + 6) % 7][at.getUTCHours()] += 1;
  }
  return counts;
}

test('the study tab: figures, charts and the heatmap shader', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ru`);
    await clickItem(page, 'new_from_template');
    await clickItem(page, 'template:lead-response-audit');
    const deal = await waitFor(page, () => window.setright.state().deals[0], Boolean, { what: 'the study deal' });
    await openTab(page, 'tab_study');

    const replies = (await findItem(page, 'study_replies')).label;
    assert.match(replies, /письмом 57\s%, звонком 11\s%.*не ответили 32\s%/, replies);
    assert.match((await findItem(page, 'chart_channel:3')).label, /Никогда: 32\s%/);
    assert.match((await findItem(page, 'study_prices')).label, /медиана 400\s000/);
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);

    const counts = repliesByWeekdayHour(deal.study.requests);
    const total = counts.flat().reduce((a, b) => a + b, 0);
    const heatmap = await findItem(page, 'study_heatmap');
    assert.match(heatmap.label, new RegExp(`: ${total}$`), 'the label counts every timed reply');
    let hot = [0, 0];
    counts.forEach((row, d) => row.forEach((n, h) => { if (n > counts[hot[0]][hot[1]]) hot = [d, h]; }));
    const emptyDay = counts.findIndex((row) => row.every((n) => n === 0));
    assert.ok(emptyDay >= 0, 'the template has a day with no replies (a Sunday)');

    await saveScreenshot(page, 'study-ru');
    const { rect } = heatmap;
    const shot = decodePng(await page.screenshot({ clip: { x: rect.x, y: rect.y, width: rect.w, height: rect.h }, scale: 'css' }));
    const cell = (d, h) => shot.at((h + 0.5) * rect.w / 24, (d + 0.5) * rect.h / 7);
    const [r, g, b] = cell(hot[0], hot[1]);
    assert.ok(r > 200 && g > 170 && b < 120, `the busiest cell is the top of the ramp (yellow): ${[r, g, b]}`);
    const empty = cell(emptyDay, 12);
    assert.ok(Math.max(...empty) < 60, `an empty cell is the background: ${empty}`);

    // A new request that is never answered moves the figures.
    await scrollTo(page, 'new_study_vendor');
    await typeInto(page, 'new_study_vendor', 'Студия 29');
    await waitFor(page, () => window.setright.state().deals[0].study.requests.length, (n) => n === deal.study.requests.length + 1,
      { what: 'the new request' });
    await scrollTo(page, 'study_replies', { step: -200 });
    await waitFor(page, () => window.setright.items().find((i) => i.id === 'study_replies')?.label, (l) => l && !/32\s%/.test(l),
      { what: 'the figures to follow' });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

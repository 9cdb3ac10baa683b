// buyer_journey.test.mjs — the buyer's main journey, counted (issue #16):
// a new deal, two vendors, five requirements of which two are must-haves,
// ten claims, a question the vendor promised to answer, the as-of date,
// both vendors compared, the deal and the report exported. Every click goes
// through one counter; typing and keys (Enter, the arrows, the digits that
// set a claim in the matrix) are not clicks. It must take at most 25.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser, openApp, clickItem, findItem, saveScreenshot, state, waitFor } from './support/app.mjs';

const kMaxClicks = 25;

test('a buyer compares two vendors, start to exports, in at most 25 clicks', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url);
    await page.setViewportSize({ width: 1280, height: 800 });
    const clicked = [];
    const click = async (id) => {
      clicked.push(id);
      await clickItem(page, id);
    };
    const openTab = async (id) => {
      await click(id);
      await waitFor(page, (tab) => window.setright.items().find((i) => i.id === tab)?.selected, Boolean, { what: id, arg: id });
    };
    const deal = (accept, what) => waitFor(page, () => window.setright.state().deals.at(-1), accept, { what });
    const typeLines = async (lines) => {
      for (const line of lines) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
      }
    };
    const press = async (...keys) => {
      for (const key of keys) {
        await page.keyboard.press(key);
        await page.waitForTimeout(40); // a frame for the app to move its focus
      }
    };

    await click('new_deal');
    await deal(Boolean, 'a new deal');

    await openTab('tab_vendors');
    await click('new_vendor');
    await typeLines(['Northwind CRM', 'Contoso Sales Cloud']);
    const [northwind, contoso] = (await deal((d) => d.vendors?.length === 2, 'two vendors')).vendors.map((v) => v.id);

    await openTab('tab_requirements');
    await click('new_requirement');
    await typeLines(['Single sign-on', 'Two-way sync with Outlook', 'Export to CSV', 'Audit log', 'Mobile app']);
    const requirements = (await deal((d) => d.requirements?.length === 5, 'five requirements')).requirements.map((r) => r.id);

    // Every vendor's claims at once: one click on the first cell, then keys only.
    await click('claims_matrix');
    await findItem(page, `claim:${requirements[0]}:${northwind}`);
    await click(`priority:${requirements[0]}`);
    await press('1', 'ArrowDown', '1'); // Must, Must
    await click(`claim:${requirements[0]}:${northwind}`);
    // Northwind, row by row: Demonstrated, Claimed, Verified, Claimed, Not supported; Contoso beside it.
    await press('3', 'ArrowRight', '3', 'ArrowDown', '2', 'ArrowLeft', '2', 'ArrowDown', '4', 'ArrowRight', '2', 'ArrowDown', '2',
      'ArrowLeft', '2', 'ArrowDown', '6', 'ArrowRight', '3');
    const filled = await deal((d) => d.requirements.every((r) => (r.claims ?? []).length === 2), 'ten claims');
    const status = (r, v) => filled.requirements[r].claims.find((c) => c.vendor === v).status;
    assert.deepEqual(filled.requirements.slice(0, 2).map((r) => r.priority), ['must', 'must']);
    assert.deepEqual([0, 1, 2, 3, 4].map((r) => status(r, northwind)),
      ['demonstrated', 'claimed', 'verified', 'claimed', 'not_supported']);
    assert.deepEqual([0, 1, 2, 3, 4].map((r) => status(r, contoso)), ['demonstrated', 'claimed', 'claimed', 'claimed', 'demonstrated']);
    await saveScreenshot(page, 'buyer-journey-matrix');

    // A question Northwind promised to answer by a date.
    await openTab('tab_questions');
    await click('new_question');
    await typeLines(['Does the sync keep Outlook categories?']);
    const question = (await deal((d) => d.questions?.length === 1, 'a question')).questions[0].id;
    await click(`promise:${question}`);
    await click('promise_date');
    await page.keyboard.press('Control+A');
    await typeLines(['2026-12-10']);
    await click('promise_ok');
    await deal((d) => d.questions[0].status === 'promised', 'the promise');

    // Judged as of a date, then both vendors side by side.
    await click('as_of_date');
    await page.keyboard.press('Control+A');
    await typeLines(['2026-12-15']);
    await openTab('tab_overview');
    await findItem(page, `standing:${northwind}`);
    await findItem(page, `standing:${contoso}`);
    await saveScreenshot(page, 'buyer-journey-overview');

    const exported = [];
    for (const id of ['file_export_deal', 'file_report_md']) {
      await click('menu_file');
      const [download] = await Promise.all([page.waitForEvent('download'), click(id)]);
      exported.push(download.suggestedFilename());
    }
    assert.equal(exported.length, 2);

    assert.ok(clicked.length <= kMaxClicks, `${clicked.length} clicks (at most ${kMaxClicks}): ${clicked.join(', ')}`);
    console.log(`buyer journey: ${clicked.length} clicks`);
    assert.deepEqual(consoleErrors, []);
    const final = (await state(page)).deals.at(-1);
    assert.equal(final.requirements.length, 5);
  });
});

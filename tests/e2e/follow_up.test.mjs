// follow_up.test.mjs — the follow-up draft to a vendor (issue #18): from the
// Vendors tab, a popup with the message listing the overdue promise and the
// must-haves only claimed; Copy puts it on the clipboard, "Open in mail
// program" hands a mailto: link to the browser. Nothing is sent: window.open
// is replaced in the page, so the link is read, not followed.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openApp, addSmsCase, clickItem, findItem, items, openTab, saveScreenshot, waitFor, sharedBrowser } from './support/app.mjs';

const shared = sharedBrowser();

test('follow-up: the draft lists the overdue promise and the claimed must-have, copies, and opens as mailto:', async () => {
  await shared.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { page, consoleErrors, foreignRequests } = await openApp(shared.context, `${shared.url}?lang=en`);
  const deal = await addSmsCase(page);
  const vendor = deal.vendors[0];
  const overdue = deal.questions.find((q) => q.status === 'promised');
  const promiser = deal.people.find((p) => p.id === overdue.promised_by_whom).name;
  const claimed = deal.requirements.find((r) => r.priority === 'must' && r.claims.some((c) => c.status === 'claimed'));

  await openTab(page, 'tab_vendors');
  await clickItem(page, `follow_up:${vendor.id}`);
  const body = await waitFor(page, () => window.setright.items().find((i) => i.id === 'follow_up_body')?.label, Boolean,
    { what: 'the draft' });
  assert.ok(body.includes(`OVERDUE “${overdue.text}”: ${promiser} promised an answer by 23 Oct 2019`), body);
  assert.ok(body.includes(`\n- ${claimed.text}\n`), body);
  assert.ok(!body.includes(vendor.id) && !body.includes(overdue.id), 'names, not ids');
  const subject = (await findItem(page, 'follow_up_subject')).label;
  assert.equal(subject, `${deal.title}: open questions for ${vendor.name}`);
  await saveScreenshot(page, 'follow-up-1280x800');

  await clickItem(page, 'follow_up_copy');
  await waitFor(page, () => navigator.clipboard.readText(), (text) => text === body.replace(/\r\n/g, '\n'), { what: 'the draft copied' });

  await page.evaluate(() => {
    window.openedUrls = [];
    window.open = (url, target) => { window.openedUrls.push({ url: String(url), target }); return null; };
  });
  await clickItem(page, 'follow_up_mail');
  const [opened] = await waitFor(page, () => window.openedUrls, (urls) => urls.length === 1, { what: 'the mailto: link' });
  assert.equal(opened.target, '_self');
  const url = new URL(opened.url);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(url.pathname, '', 'no recipient: the deal keeps no addresses');
  assert.ok(!/[ \n“”]/.test(opened.url), 'spaces, line breaks and UTF-8 percent-encoded');
  assert.equal(url.searchParams.get('subject'), subject);
  assert.equal(url.searchParams.get('body'), body.replace(/\n/g, '\r\n'));

  // On a phone the popup fits the screen, its buttons reachable.
  await page.setViewportSize({ width: 390, height: 844 });
  await waitFor(page, () => window.setright.items().find((i) => i.id === 'follow_up_close')?.rect,
    (rect) => rect && rect.x >= 0 && rect.x + rect.w <= 390 && rect.y + rect.h <= 844, { what: 'the popup on a phone' });
  await saveScreenshot(page, 'follow-up-390x844');
  await clickItem(page, 'follow_up_close');
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'follow_up_body'), (shown) => !shown, { what: 'the popup closed' });
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
  await page.close();
});

test('follow-up: in Russian the draft is in Russian, the overdue days in their plural form', async () => {
  const { page, consoleErrors } = await openApp(shared.context, `${shared.url}?lang=ru`);
  const deal = await addSmsCase(page);
  await openTab(page, 'tab_vendors');
  await clickItem(page, `follow_up:${deal.vendors[0].id}`);
  const body = await waitFor(page, () => window.setright.items().find((i) => i.id === 'follow_up_body')?.label, Boolean,
    { what: 'the draft' });
  assert.match(body, /^Здравствуйте!\n/);
  assert.match(body, /ПРОСРОЧЕНО «.+»: ответ обещан до 23\.10\.2019 \(.+\), [\d\s\u00a0]+ (день|дня|дней) назад\./);
  assert.ok((await items(page)).some((i) => i.id === 'follow_up_mail' && i.label === 'Открыть в почтовой программе'));
  await clickItem(page, 'follow_up_close');
  assert.deepEqual(consoleErrors, []);
  await page.close();
});

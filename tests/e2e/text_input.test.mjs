// text_input.test.mjs — typing as people who write Korean, Russian and
// Norwegian do. Korean goes through IME composition (Chromium's DevTools
// protocol: Input.imeSetComposition for each pre-edit state, then
// Input.insertText to commit), and the pre-edit text shows in the field while
// composing. Russian and Norwegian arrive as inserted text (on-screen
// keyboards, dictation and Playwright's typing of non-ASCII do this). Copy and
// paste go through the system clipboard. The deal title is typed into: its
// value is in state() at every step.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveWebBundle, withBrowser, openApp, clickItem, waitFor } from './support/app.mjs';

const title = (page) => page.evaluate(() => window.setright.state().deals[0]?.title);
const untilTitle = (page, expected, what) =>
  waitFor(page, () => window.setright.state().deals[0]?.title ?? '', (t) => t === expected, { what: `${what}: "${expected}"` });

async function emptyTitleField(page) {
  await clickItem(page, 'deal_title');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await untilTitle(page, '', 'the title emptied');
}

test('Korean through an IME, Russian and Norwegian inserted, copy and paste', async () => {
  const { server, url } = await serveWebBundle();
  const browser = await launchBrowser();
  try {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Sees every key before the app does, and afterwards whether the app kept the browser from acting on it.
    await browser.context.addInitScript(() => {
      window.__prevented = {};
      window.addEventListener('keydown', (event) => {
        if (event.ctrlKey) setTimeout(() => { window.__prevented[event.code] = event.defaultPrevented; }, 0);
      }, true);
    });
    const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=ko`);
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a deal' });
    await emptyTitleField(page);
    const agentFocused = () => page.evaluate(() => document.activeElement?.id === 'setright-text-agent');
    assert.ok(await agentFocused(), 'the text agent has the focus while the field is active (a phone opens its keyboard)');

    // 한국 typed syllable by syllable: ㅎ → 하 → 한, commit; ㄱ → 구 → 국, commit.
    const cdp = await page.context().newCDPSession(page);
    const compose = async (text) => {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    };
    for (const step of ['ㅎ', '하', '한']) {
      await compose(step);
      await untilTitle(page, step, 'the pre-edit text in the field');
    }
    await cdp.send('Input.insertText', { text: '한' });
    await untilTitle(page, '한', 'the first syllable committed');
    for (const step of ['ㄱ', '구', '국']) {
      await compose(step);
      await untilTitle(page, `한${step}`, 'the pre-edit after committed text');
    }
    await cdp.send('Input.insertText', { text: '국' });
    await untilTitle(page, '한국', 'committed exactly');
    await page.waitForTimeout(200);
    assert.equal(await title(page), '한국', 'no doubled or lost jamo');
    assert.equal(await page.evaluate(() => window.setright.missingGlyphs()), 0);

    // The IME's candidate window opens at the caret: the agent sits on the title field.
    const field = (await page.evaluate(() => window.setright.items())).find((i) => i.id === 'deal_title').rect;
    const agent = await page.evaluate(() => {
      const r = document.getElementById('setright-text-agent').getBoundingClientRect();
      return { x: r.x, y: r.y };
    });
    assert.ok(agent.x >= field.x && agent.x <= field.x + field.w && agent.y >= field.y - 2 && agent.y <= field.y + field.h,
      `agent ${JSON.stringify(agent)} inside the field ${JSON.stringify(field)}`);

    // Russian and Norwegian as inserted text, after what is there.
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Привет, мир');
    await untilTitle(page, '한국 Привет, мир', 'Russian');
    await page.keyboard.insertText(' blåbærsyltetøy ÆØÅ');
    await untilTitle(page, '한국 Привет, мир blåbærsyltetøy ÆØÅ', 'Norwegian');
    // A dead key composes with the next letter (´ then e: é), as Norwegian keyboards do.
    await compose('´');
    await untilTitle(page, '한국 Привет, мир blåbærsyltetøy ÆØÅ´', 'the dead key pending');
    await cdp.send('Input.insertText', { text: 'é' });
    await page.keyboard.press('Backspace');
    await untilTitle(page, '한국 Привет, мир blåbærsyltetøy ÆØÅ', 'the composed letter committed, then deleted');
    // ASCII keys still come through the keyboard as before.
    await page.keyboard.type(' ok');
    await untilTitle(page, '한국 Привет, мир blåbærsyltetøy ÆØÅ ok', 'ASCII keys');

    // Copy to the system clipboard, paste from it.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    await waitFor(page, () => navigator.clipboard.readText(), (t) => t === '한국 Привет, мир blåbærsyltetøy ÆØÅ ok',
      { what: 'the title on the system clipboard' });
    await page.evaluate(() => navigator.clipboard.writeText('Avtale med Æøå AS — 계약'));
    await page.keyboard.press('Control+A');
    // Ctrl+V as the browser receives it: headless Chromium on Linux has no
    // native key bindings, so the key event carries its editing command.
    const ctrlV = { key: 'v', code: 'KeyV', windowsVirtualKeyCode: 86, modifiers: 2 };
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...ctrlV, commands: ['paste'] });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...ctrlV });
    await untilTitle(page, 'Avtale med Æøå AS — 계약', 'pasted from another application');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+X');
    await untilTitle(page, '', 'cut');
    await waitFor(page, () => navigator.clipboard.readText(), (t) => t === 'Avtale med Æøå AS — 계약', { what: 'cut text on the clipboard' });

    // The app's shortcuts are the app's; the browser keeps the rest (find, reload, address bar).
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+F');
    await page.keyboard.press('Control+L');
    await waitFor(page, () => window.__prevented, (p) => 'KeyZ' in p && 'KeyF' in p && 'KeyL' in p, { what: 'the shortcuts seen' });
    const { KeyZ, KeyF, KeyL, KeyV } = await page.evaluate(() => window.__prevented);
    assert.deepEqual({ KeyZ, KeyF, KeyL, KeyV }, { KeyZ: true, KeyF: false, KeyL: false, KeyV: false }, 'Ctrl+V is the browser\'s paste');
    await page.keyboard.press('Escape');

    // Leaving the field gives the focus back to the page.
    await page.keyboard.press('Enter');
    await clickItem(page, 'menu_file');
    await waitFor(page, () => document.activeElement?.id === 'setright-text-agent', (f) => !f, { what: 'the agent blurred' });
    assert.deepEqual(consoleErrors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

// A screen-reader user is on the title's element in the accessibility tree,
// not on the canvas: Korean composed there, and text an on-screen keyboard
// inserts there, go into the field as if typed into it (the field starts
// editing with its text selected, as Tab into an input selects it).
test('Korean composed, and text inserted, on a field\'s element in the accessibility tree go into the field', async () => {
  await withBrowser(async (context, url) => {
    const { page, consoleErrors } = await openApp(context, url.replace('lang=en', 'lang=ko'));
    await clickItem(page, 'new_deal');
    await waitFor(page, () => window.setright.state().deals.length, (n) => n === 1, { what: 'a deal' });
    const element = page.locator('#a11y input[data-id="deal_title"]');
    const cdp = await page.context().newCDPSession(page);
    await element.focus();
    for (const step of ['ㅎ', '하', '한']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '한' });
    await untilTitle(page, '한', 'the syllable composed on the element');
    // The field edits now: the next syllable composes in it as usual.
    for (const step of ['ㄱ', '구', '국']) await cdp.send('Input.imeSetComposition', { text: step, selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: '국' });
    await untilTitle(page, '한국', 'the next syllable in the field');
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.setright.settled());

    // An on-screen keyboard's text on the element: the field's text replaced by it.
    await element.focus();
    await page.keyboard.insertText('Привет');
    await untilTitle(page, 'Привет', 'inserted text on the element');
    await page.keyboard.press('Enter');
    await waitFor(page, () => document.querySelector('#a11y input[data-id="deal_title"]')?.value, (v) => v === 'Привет',
      { what: 'the element showing the field\'s text' });
    assert.deepEqual(consoleErrors, []);
  });
});

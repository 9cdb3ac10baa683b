// layout_check.test.mjs — every tab of every built-in template, in English,
// Korean, Norwegian and Russian, at a phone (390×844, touch, 3 device pixels
// a CSS pixel), 200% zoom of a 1280×800 window (640×400 at 2), 1280×800 and
// 1920×1080 (see SIZES): window.setright.layoutProblems() is empty (no target too small
// for the pointer, none off the page or under another, no text cut without
// an ellipsis; src/app/logic/layout_check.hpp), no glyph is missing, no
// label is an untranslated key or a sentence left unfilled, no item needs
// the page scrolled sideways, and (at 1280×800, the welcome too) axe-core finds
// no serious or critical WCAG 2.2 A/AA violation in the accessibility tree. Deals are started and tabs opened
// by real clicks and taps. A screenshot per size and tab (Korean and Russian,
// the buyer's template) lands in the artifacts directory, and every problem
// found in layout-problems-<size>.txt.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  launchBrowser, serveWebBundle, openApp, clickItem, items, openTab, sourceDir, artifactsDir, saveScreenshot, waitFor,
} from './support/app.mjs';
import { axeViolations } from './support/axe.mjs';

const TEMPLATES = [...new Set(fs.readdirSync(path.join(sourceDir, 'assets/templates')).map((file) => file.split('.')[0]))].sort();
const TABS = ['overview', 'requirements', 'questions', 'timeline', 'vendors', 'fit_decision', 'relationship', 'study', 'case'];
const LANGUAGES = ['en', 'ko', 'nb', 'ru'];
const SIZES = [
  { name: 'phone-390', width: 390, options: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true } },
  { name: 'zoom200-640', width: 640, options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
  // axe: the accessibility tree checked by axe-core on this size's every tab (and the welcome).
  { name: 'desktop-1280', width: 1280, options: { viewport: { width: 1280, height: 800 } }, axe: true },
  { name: 'wide-1920', width: 1920, options: { viewport: { width: 1920, height: 1080 } } },
];
// A translation key drawn as itself ("tab.overview") means a missing row; a
// sentence with a fact or a plural form left unfilled shows "{2}", "{2:day|days}".
const LOOKS_LIKE_KEY = /^[a-z_]+(\.[a-z0-9_]+)+$/;
const UNFILLED = /\{[1-9](:[^}]*)?\}/;
const SCREENSHOTS = { languages: ['ko', 'ru'], template: 'buyer-saas-evaluation' };

const shown = async (page, id) => (await items(page)).some((item) => item.id === id);

// A deal from the template, through the deals list (shown for the moment
// where it is hidden by default: a phone, 200% zoom).
async function startDeal(page, template) {
  const listWasHidden = !(await shown(page, 'new_from_template'));
  if (listWasHidden) await clickItem(page, 'deals_toggle');
  await clickItem(page, 'new_from_template');
  // On a short screen the list of templates scrolls: the wheel brings the one wanted into view.
  for (let i = 0; i < 20 && !(await shown(page, `template:${template}`)); ++i) {
    const { width, height } = page.viewportSize();
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(60);
  }
  await clickItem(page, `template:${template}`);
  await waitFor(page, () => window.setright.items().some((i) => i.id === 'tab_overview'), Boolean, { what: `a deal from ${template}` });
  if (listWasHidden && (await shown(page, 'new_from_template'))) await clickItem(page, 'deals_toggle');
}

for (const size of SIZES) {
  test(`every tab of every template at ${size.name} in ${LANGUAGES.join(', ')}: no layout problem, no missing glyph`, async () => {
    const { server, url } = await serveWebBundle();
    const found = [];
    try {
      for (const language of (process.env.SETRIGHT_LAYOUT_LANGUAGES?.split(',') ?? LANGUAGES)) {
        const browser = await launchBrowser([], size.options); // a fresh profile: no deals from the last language
        const { page, consoleErrors } = await openApp(browser.context, `${url}?lang=${language}`);
        if (size.axe) for (const violation of await axeViolations(page)) found.push(`${size.name} ${language} welcome: ${violation}`);
        for (const template of TEMPLATES) {
          await startDeal(page, template);
          for (const tab of TABS) {
            await openTab(page, `tab_${tab}`);
            const where = `${size.name} ${language} ${template} ${tab}`;
            // A frame after the one that opened it (layout settled), then all
            // three questions of that frame at once: one round trip per tab.
            const frame = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
              resolve({ problems: window.setright.layoutProblems(), missing: window.setright.missingGlyphs(), items: window.setright.items() })))));
            for (const problem of frame.problems)
              found.push(`${where}: ${problem.problem} ${problem.id} "${problem.label}" ${problem.detail ?? ''} ${JSON.stringify(problem.rect)}`);
            if (frame.missing) found.push(`${where}: ${frame.missing} missing glyphs`);
            for (const item of frame.items.filter((drawn) => LOOKS_LIKE_KEY.test(drawn.label) || UNFILLED.test(drawn.label)))
              found.push(`${where}: ${item.id} "${item.label}" untranslated or unfilled`);
            for (const item of frame.items)
              if (item.rect.x < -0.5 || item.rect.x + item.rect.w > size.width + 0.5) found.push(`${where}: ${item.id} off the page sideways`);
            if (size.axe) for (const violation of await axeViolations(page)) found.push(`${where}: ${violation}`);
            if (SCREENSHOTS.languages.includes(language) && template === SCREENSHOTS.template)
              await saveScreenshot(page, `layout-${size.name}-${language}-${tab}`);
          }
        }
        assert.deepEqual(consoleErrors, []);
        await browser.close();
      }
    } finally {
      server.close();
    }
    fs.mkdirSync(artifactsDir, { recursive: true });
    fs.writeFileSync(path.join(artifactsDir, `layout-problems-${size.name}.txt`), found.join('\n'));
    assert.deepEqual(found.slice(0, 60), [], `${found.length} layout problems (all in layout-problems-${size.name}.txt); the first 60 listed`);
  });
}

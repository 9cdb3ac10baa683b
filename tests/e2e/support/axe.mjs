// axe.mjs — axe-core (npm) run on the page as it stands, with the WCAG 2.0,
// 2.1 and 2.2 A and AA rules, for the accessibility tree the app keeps over
// its canvas (src/platform/web/accessibility_web.cpp).
import fs from 'node:fs';
import path from 'node:path';
import { sourceDir } from './app.mjs';

const AXE_SOURCE = fs.readFileSync(path.join(sourceDir, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The serious and critical violations, one line each: rule, what it says and
// the elements (their app ids). Two rules are judged on the canvas instead,
// where the eye and the pointer are: colour contrast (the tree's text is
// transparent; the theme's colours are held to 4.5:1 by
// tests/app/test_palette.cpp) and target size (the tree's elements take no
// pointer; layoutProblems() holds every item the pointer can hit to 24 CSS
// px, 44 for a finger, and a row half scrolled out of its list is as big as
// it is, not as big as the part showing).
export async function axeViolations(page) {
  // Evaluated, not added as a script tag: the page's CSP allows no inline script.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
    resultTypes: ['violations'],
  }), TAGS);
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id} (${violation.help}): ${violation.nodes
      .map((node) => (node.html.match(/data-id="([^"]*)"/) ?? [null, node.target.join(' ')])[1]).join(', ')}`);
}

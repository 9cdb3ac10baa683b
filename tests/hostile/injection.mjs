// injection.mjs — valid files whose text is built to attack whoever reads
// Setright's output, shared by the CLI test (tests/cli/injection.test.mjs)
// and the browser test (tests/e2e/files.test.mjs). Setright takes them whole;
// what it writes must not carry the attack:
//   - CSV cells starting with "=", "+", "-", "@", TAB or CR (spreadsheet
//     formulas: =HYPERLINK sends a click to another site);
//   - ESC sequences (OSC 0 retitles a terminal, CSI 2J clears it), BEL, NUL,
//     and "|" or CR that would break a Markdown table;
//   - "##" and NUL, which Dear ImGui would take as the end of a label.

export const ESC = '\u001b';
export const BEL = '\u0007';
export const NUL = '\u0000';
export const HYPERLINK = '=HYPERLINK("http://x","y")';
export const RETITLE = `${ESC}]0;pwned${BEL}`; // OSC 0: the terminal's title becomes "pwned"
export const CLEAR = `${ESC}[2J`; // CSI 2J: the screen is cleared

// Every text a cell, line or label is made from, each hostile in its own way.
export const hostile = {
  dealId: '+1|deal\r',
  dealTitle: `${RETITLE}Budget approved ## NOT by the CFO${CLEAR}`,
  vendorId: '@SUM(A1)',
  vendorName: `${HYPERLINK}|${NUL}`,
  requirementId: '-r1|x\r',
  requirementText: HYPERLINK,
  nulText: `Before${NUL}after ${CLEAR}| pipe\rCR`,
  tabText: '\t=1+1',
  stepId: '@step',
  stepTitle: `${CLEAR}Demo ## step`,
  signLabel: `=cmd|' /C calc'!A0`,
  participants: [HYPERLINK, '+1', '@SUM(A1)', `-${RETITLE}`, `Ana|${NUL}\r`],
};

// One deal, a case, with every hostile text above where a report, a room or
// the score prints it. A must-have only claimed keeps it NOT READY, so the
// blockers and red flags quote the requirement's text too.
export function injectionDeal() {
  return {
    id: hostile.dealId,
    title: hostile.dealTitle,
    currency: 'USD',
    perspective: 'buyer',
    stage: 'negotiation',
    vendors: [{ id: hostile.vendorId, name: hostile.vendorName }],
    primary_vendor: hostile.vendorId,
    requirements: [
      { id: hostile.requirementId, text: hostile.requirementText, priority: 'must', weight: 2,
        claims: [{ vendor: hostile.vendorId, status: 'claimed' }] },
      { id: 'r2', text: hostile.nulText, priority: 'must', weight: 1, claims: [] },
      { id: 'r3', text: hostile.tabText, priority: 'nice', weight: 1, claims: [] },
    ],
    questions: [
      { id: 'q1', text: `${RETITLE}When?`, vendor: hostile.vendorId, asked_at: '2019-10-16', status: 'promised',
        promised_by: '2019-10-20', promised_by_whom: `@${CLEAR}` },
    ],
    case: {
      intro: `${CLEAR}Intro`,
      signs: [{ code: 'custom_sign', label: hostile.signLabel }],
      steps: [
        { id: hostile.stepId, at: '2019-10-16', title: hostile.stepTitle, expected_flags: ['must_have_only_claimed', 'custom_sign'],
          expected_decision: 'wait', debrief: `${RETITLE}Debrief` },
      ],
    },
  };
}

export const injectionWorkspace = () => ({ format: 'setright', version: 1, deals: [injectionDeal()] });

// The room's answer files: one per hostile participant name.
export function injectionAnswers() {
  return hostile.participants.map((participant, i) => ({
    name: `answers-${i}.json`,
    text: JSON.stringify({
      format: 'setright-answers', version: 1, deal: hostile.dealId, participant,
      answers: [{ step: hostile.stepId, flags: i % 2 ? ['custom_sign'] : ['must_have_only_claimed'], decision: 'wait' }],
    }),
  }));
}

// A minimal RFC 4180 reader (CRLF rows, quoted fields), to read back what Setright writes.
export function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

// What a spreadsheet would run: a cell starting with one of OWASP's characters.
export const formulaCells = (rows) => rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));

// Bytes a terminal or viewer acts on: C0 controls but TAB and LF (CR too),
// DEL and C1 (U+0080–U+009F). `allowCr` for CSV, whose cells may hold CR.
export function controlCharacters(text, { allowCr = false } = {}) {
  const found = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c === 0x09 || c === 0x0a || (allowCr && c === 0x0d)) continue;
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) found.push(`U+${c.toString(16).padStart(4, '0')}`);
  }
  return found;
}

// Markdown table rows (lines starting with "|") and their cells, split at
// "|" not escaped by a backslash.
export function markdownTables(md) {
  const tables = [];
  let current = null;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) { current = null; continue; }
    if (!current) tables.push((current = []));
    current.push(line.replace(/\\./g, '__').split('|').length - 2);
  }
  return tables; // per table: the number of cells of each row
}

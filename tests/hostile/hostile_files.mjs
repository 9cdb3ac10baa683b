// hostile_files.mjs — files built to break an importer, shared by the CLI
// test (tests/cli/hostile.test.mjs) and the browser test
// (tests/e2e/hostile.test.mjs). Each says what Setright must do with it:
// refuse it with a message matching `message` (the CLI prints it after the
// file name; the browser lists it in the import preview), or take it whole.

const deal = (fields = {}) => ({ id: 'd1', title: 'Hostile', currency: 'USD', ...fields });
const workspace = (...deals) => JSON.stringify({ format: 'setright', version: 1, deals });

// 100,000 requirements: a valid file of about 6 MB.
function manyItems() {
  const requirements = [];
  for (let i = 0; i < 100000; ++i) requirements.push({ id: `r${i}`, text: `Requirement ${i}`, priority: 'should' });
  return workspace(deal({ requirements }));
}

export function hostileFiles() {
  return [
    { name: 'huge-string.json', text: workspace(deal({ title: 'x'.repeat(2 * 1024 * 1024) })), message: /a string longer than 1 MB/ },
    { name: 'deep.json', text: '['.repeat(100000) + ']'.repeat(100000), message: /nested more than 64 levels deep/ },
    { name: 'deep-object.json', text: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000), message: /nested more than 64 levels deep/ },
    { name: 'duplicate-ids.json', text: workspace(deal({ requirements: [{ id: 'r1', text: 'A' }, { id: 'r1', text: 'B' }] })),
      message: /\/deals\/0\/requirements\/1\/id: duplicate id 'r1' \(first at \/deals\/0\/requirements\/0\)/ },
    { name: 'duplicate-deals.json', text: workspace(deal(), deal()), message: /\/deals\/1\/id: duplicate id 'd1'/ },
    { name: 'duplicate-key.json', text: '{"format": "setright", "version": 1, "deals": [], "deals": []}', message: /duplicate key "deals"/ },
    { name: 'dangling.json', text: workspace(deal({ questions: [{ id: 'q1', text: 'Q', requirement: 'nope', vendor: 'ghost' }] })),
      message: /\/deals\/0\/questions\/0\/requirement: no requirement with id 'nope' in this deal/ },
    { name: 'invalid-utf8.json', bytes: Buffer.concat([Buffer.from('{"format": "setright", "version": 1, "deals": [{"id": "d1", "title": "'),
      Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}]}')]), message: /:1:\d+: syntax error/ },
    { name: 'number-too-large.json', text: workspace(deal()).replace('"currency":"USD"', '"currency":"USD","expected_response_hours":1e400'),
      message: /a number is out of range/ },
    { name: 'negative-weight.json', text: workspace(deal({ requirements: [{ id: 'r1', text: 'A', weight: -3 }] })),
      message: /\/deals\/0\/requirements\/0\/weight: must be a number of at least 0/ },
    { name: 'share-over-one.json', text: workspace(deal({ clv: { retention: 1.5 } })), message: /\/deals\/0\/clv\/retention: must be a share between 0 and 1/ },
    { name: 'version-huge.json', text: '{"format": "setright", "version": 18446744073709551615, "deals": []}', message: /made by a newer Setright/ },
    { name: 'no-such-day.json', text: workspace(deal({ target_sign_date: '2019-02-30' })), message: /\/deals\/0\/target_sign_date: not a valid date: '2019-02-30'/ },
    { name: 'no-such-hour.json', text: workspace(deal({ needed_by: '2019-10-16T25:61Z' })), message: /\/deals\/0\/needed_by: not a valid date/ },
    { name: 'not-json.json', text: '\u0000\u0001binary garbage', message: /syntax error/ },
    { name: 'many-items.json', text: manyItems(), accepted: true, requirements: 100000 },
  ];
}

export const bytesOf = (file) => file.bytes ?? Buffer.from(file.text, 'utf8');

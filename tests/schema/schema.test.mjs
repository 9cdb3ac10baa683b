// docs/setright-v1.schema.json, checked by a real validator (ajv, strict mode):
// it compiles, the built-in templates and the valid samples pass, and every
// invalid sample fails at the JSON pointer tests/data/format-v1/invalid/expected.json
// names. The same samples go through the C++ importer in
// tests/core/test_json_format_samples.cpp, so schema and importer agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const sourceDir = process.env.SETRIGHT_SOURCE_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const jsonFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

const schema = readJson(join(sourceDir, 'docs', 'setright-v1.schema.json'));
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);
const errorsOf = () => (validate.errors ?? []).map((e) => `${e.instancePath || '(document)'} ${e.message}`).join('; ');

const samples = join(sourceDir, 'tests', 'data', 'format-v1');
const expected = readJson(join(samples, 'invalid', 'expected.json'));

test('the schema is draft 2020-12 and allows unknown fields everywhere', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  for (const [name, def] of Object.entries(schema.$defs)) {
    if (def.type === 'object') assert.notEqual(def.additionalProperties, false, `$defs/${name} must keep unknown fields`);
  }
});

test('the schema knows every enum value of model.hpp', () => {
  assert.deepEqual(schema.$defs.priority.enum, ['must', 'should', 'nice']);
  assert.deepEqual(schema.$defs.stage.enum.at(-1), 'no_decision');
  assert.deepEqual(schema.$defs.claim_status.enum, [
    'unknown', 'claimed', 'demonstrated', 'verified', 'partial', 'not_supported', 'accepted_risk',
  ]);
  assert.equal(schema.$defs.channel.enum.length, 13);
});

test('dates: the pattern takes the canonical forms and refuses the malformed', () => {
  const moment = new RegExp(schema.$defs.moment.pattern, 'u');
  for (const ok of ['2019-10-16', '2019-10-16T14:30Z', '2019-10-16T14:30', '2019-10-16T14:30:05.5+03:00'])
    assert.ok(moment.test(ok), ok);
  for (const bad of ['2019-13-01', '2019-10-16T24:00Z', '2019-10-16 14:30', '16.10.2019', '2019-10-16T14:30+0300', ''])
    assert.ok(!moment.test(bad), bad);
});

test('every built-in template is valid and says what it is', () => {
  const dir = join(sourceDir, 'assets', 'templates');
  for (const file of jsonFiles(dir)) {
    const doc = readJson(join(dir, file));
    assert.ok(validate(doc), `${file}: ${errorsOf()}`);
    assert.equal(typeof doc.template?.name, 'string', `${file}: a built-in template carries template.name`);
  }
});

test('valid samples pass', () => {
  const files = jsonFiles(join(samples, 'valid'));
  assert.deepEqual(files, ['minimal.json', 'sms-case.json', 'template.json']);
  for (const file of files) assert.ok(validate(readJson(join(samples, 'valid', file))), `${file}: ${errorsOf()}`);
});

test('invalid samples fail at the expected place', () => {
  const files = jsonFiles(join(samples, 'invalid')).filter((f) => f !== 'expected.json');
  assert.deepEqual(files, Object.keys(expected).sort(), 'expected.json lists every invalid sample');
  for (const [file, want] of Object.entries(expected)) {
    const valid = validate(readJson(join(samples, 'invalid', file)));
    if (want.schema_instance_path === null) {
      // Uniqueness, references and days that do not exist: only Setright sees these.
      assert.ok(valid, `${file} is beyond JSON Schema and should pass it: ${errorsOf()}`);
      continue;
    }
    assert.ok(!valid, `${file} should fail`);
    const paths = validate.errors.map((e) => e.instancePath);
    assert.ok(paths.includes(want.schema_instance_path), `${file}: expected an error at ${want.schema_instance_path}, got ${errorsOf()}`);
  }
});

test('a document with unknown fields at every level passes', () => {
  const doc = readJson(join(samples, 'valid', 'sms-case.json'));
  assert.equal(doc.x_exported_by, 'a future Setright');
  assert.equal(doc.deals[0].x_color, 'red');
  assert.equal(doc.deals[0].requirements[0].claims[0].evidence[1].x_link, 'https://example.com/case');
  assert.ok(validate(doc), errorsOf());
});

// template.test.mjs — `setright template list|show`, and the built-in SMS
// vendor case replayed at its signing date.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, sourceDir, tempDir, writeFile } from './support/cli.mjs';

const languages = ['en', 'ko', 'nb', 'ru'];
const templateDir = path.join(sourceDir, 'assets/templates');
const names = [...new Set(fs.readdirSync(templateDir).filter((f) => f.endsWith('.json')).map((f) => f.split('.')[0]))].sort();

test('the source tree has templates, the SMS vendor case among them', () => {
  assert.ok(names.includes('sms-vendor-case'), `templates: ${names.join(', ')}`);
});

test('list: one line per template with all four languages and its summary', () => {
  const r = run(['template', 'list']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.map((l) => l.split(/\s+/)[0]), names);
  for (const line of lines) {
    const [name, langs, ...summary] = line.split(/\s{2,}/);
    assert.equal(langs, languages.join(','), line);
    const en = JSON.parse(fs.readFileSync(path.join(templateDir, `${name.trim()}.en.json`), 'utf8'));
    assert.equal(summary.join('  '), en.template.summary, line);
  }
});

test('show prints the template file byte for byte, English by default', () => {
  for (const name of names) {
    const expected = fs.readFileSync(path.join(templateDir, `${name}.en.json`), 'utf8');
    const r = run(['template', 'show', name]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trimEnd(), expected.trimEnd(), name);
  }
});

test('show --lang gives each language, Korean and Russian text unchanged', () => {
  for (const name of names) {
    for (const lang of languages) {
      const expected = fs.readFileSync(path.join(templateDir, `${name}.${lang}.json`), 'utf8');
      const r = run(['template', 'show', name, '--lang', lang]);
      assert.equal(r.status, 0, `${name} ${lang}: ${r.stderr}`);
      assert.equal(r.stdout.trimEnd(), expected.trimEnd(), `${name} ${lang}`);
    }
  }
});

test('every template in every language is a valid workspace', () => {
  const dir = tempDir();
  for (const name of names) {
    for (const lang of languages) {
      const file = writeFile(dir, `${name}.${lang}.json`, run(['template', 'show', name, '--lang', lang]).stdout);
      const r = run(['validate', file]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /: ok \(1 deal\)\n$/);
    }
  }
});

test('every template in every language goes through score, report and study', () => {
  const dir = tempDir();
  for (const name of names) {
    for (const lang of languages) {
      const file = writeFile(dir, `${name}.${lang}.json`, run(['template', 'show', name, '--lang', lang]).stdout);
      for (const args of [['score', '--json'], ['report', '--format', 'md'], ['report', '--format', 'csv'], ['study', '--json']]) {
        const r = run([args[0], file, ...args.slice(1)]);
        assert.equal(r.status, 0, `${name} ${lang} ${args.join(' ')}: ${r.stderr}`);
        assert.equal(r.stderr, '');
        if (args.includes('--json')) JSON.parse(r.stdout);
      }
    }
  }
});

test('the SMS vendor case is NOT READY at its signing date, 2019-12-21, in every language', () => {
  const dir = tempDir();
  for (const lang of languages) {
    const file = writeFile(dir, `sms.${lang}.json`, run(['template', 'show', 'sms-vendor-case', '--lang', lang]).stdout);
    const r = run(['score', file, '--at', '2019-12-21', '--json']);
    assert.equal(r.status, 0, r.stderr);
    const deal = JSON.parse(r.stdout).deals[0];
    assert.equal(deal.readiness.ready, false, lang);
    assert.ok(deal.readiness.blockers.length > 0, lang);
    assert.ok(deal.red_flags.some((f) => f.severity === 'critical'), lang);
  }
  const text = run(['score', path.join(dir, 'sms.en.json'), '--at', '2019-12-21']);
  assert.match(text.stdout, /^  NOT READY to sign with /m);
});

test('an unknown template, language or subcommand is a usage error', () => {
  let r = run(['template', 'show', 'no-such-template']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "setright: unknown template 'no-such-template' (see 'setright template list')\nTry 'setright template --help'.\n");
  r = run(['template', 'show', 'sms-vendor-case', '--lang', 'de']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^setright: unknown language 'de' \(expected en, ko, nb or ru\)\n/);
  r = run(['template', 'delete']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^setright: unknown subcommand 'delete'/);
  r = run(['template', 'list', 'extra']);
  assert.equal(r.status, 2);
});

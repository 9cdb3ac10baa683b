// basics.test.mjs — help, version and usage errors (exit 2 with a hint).
import test from 'node:test';
import assert from 'node:assert/strict';
import { run } from './support/cli.mjs';

const commands = ['validate', 'score', 'report', 'calendar', 'merge', 'study', 'template'];

test('--help lists every command and exits 0', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Usage: setright COMMAND/m);
  for (const c of commands) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'), c);
  assert.equal(r.stderr, '');
});

test('--version prints the version and exits 0', () => {
  const r = run(['--version']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^setright \d+\.\d+\.\d+\n$/);
});

for (const c of commands) {
  test(`${c} --help prints that command's usage and exits 0`, () => {
    for (const flag of ['--help', '-h']) {
      const r = run([c, flag]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`^Usage: setright ${c}`));
    }
  });
}

test('merge --help says conflicts keep the base version', () => {
  const r = run(['merge', '--help']);
  assert.match(r.stdout, /conflict/i);
  assert.match(r.stdout, /BASE's version/);
});

test('no command is a usage error (exit 2) with a hint to --help', () => {
  const r = run([]);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, "setright: no command given\nTry 'setright --help'.\n");
});

test('an unknown command is a usage error naming it', () => {
  const r = run(['frobnicate']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "setright: unknown command 'frobnicate'\nTry 'setright --help'.\n");
});

test('an unknown top-level option is a usage error', () => {
  const r = run(['--frob']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option '--frob'/);
});

test("an unknown option of a command is a usage error pointing to that command's help", () => {
  const r = run(['score', 'x.json', '--frob']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, "setright: unknown option '--frob'\nTry 'setright score --help'.\n");
});

test('an option without its value is a usage error', () => {
  const r = run(['score', 'x.json', '--at']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^setright: option '--at' needs a value \(DATE\)\n/);
});

test('an option given twice is a usage error', () => {
  const r = run(['score', 'x.json', '--json', '--json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /given twice/);
});

test('a flag given a value is a usage error', () => {
  const r = run(['score', 'x.json', '--json=yes']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /'--json' takes no value/);
});

test('missing operands are usage errors for every command', () => {
  for (const args of [['validate'], ['score'], ['report'], ['calendar'], ['merge'], ['merge', 'a.json'], ['study'], ['template'], ['template', 'show']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^setright: missing /, args.join(' '));
    assert.match(r.stderr, new RegExp(`Try 'setright ${args[0]} --help'\\.\\n$`));
  }
});

test('too many operands are a usage error', () => {
  const r = run(['score', 'a.json', 'b.json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unexpected argument 'b\.json'/);
});

test('"help COMMAND" shows that command\'s help', () => {
  const r = run(['help', 'score']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^Usage: setright score/);
});

test('"--" ends the options, so a file may start with a dash', () => {
  const r = run(['validate', '--', '-no-such-file.json']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '-no-such-file.json: cannot open: No such file or directory\n');
});

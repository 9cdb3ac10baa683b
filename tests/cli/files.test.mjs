// files.test.mjs — the CLI writes only files, and safely, and reads only
// files, without blocking.
//
// `merge -o OUT` writes a temporary file made by mkstemp next to OUT and
// renames it over OUT: devices, FIFOs and directories are refused, symlinks
// are written through, OUT keeps its mode, and nothing it did not create is
// ever removed or followed. Inputs that are not regular files (a FIFO with no
// writer) are refused at once by every command that reads files.
//
// The tests on /dev/null and /dev/full run in a private mount namespace with a
// tmpfs over /dev, so a bug cannot replace the machine's devices.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cli, run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';

function inputs(dir) {
  const incoming = sampleDeal();
  incoming.requirements.push({ id: 'segments', text: 'Segment by subscriber status', priority: 'must' });
  return {
    base: writeFile(dir, 'base.json', workspace(sampleDeal())),
    incoming: writeFile(dir, 'incoming.json', workspace(incoming)),
  };
}

function mkfifo(file) {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, `mkfifo: ${r.stderr}`);
  return file;
}

const merged = (file) => JSON.parse(fs.readFileSync(file, 'utf8')).deals[0].requirements.length;

// ---- -o OUT ---------------------------------------------------------------

// A shell script run as root in a private mount namespace, with /dev a fresh
// tmpfs holding only null and full. Returns null (and the reason) when the
// machine does not allow it.
function inNamespace(script, dir) {
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c',
    `set -u
     mount -t tmpfs tmpfs /dev || exit 97
     mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/full c 1 7 || exit 97
     ${script}`], { encoding: 'utf8', timeout: 20000, env: { ...process.env, CLI: cli, DIR: dir } });
  if (r.error?.code === 'ENOENT') return { skip: 'unshare is not installed' };
  if (r.status === 97 || /unshare: /.test(r.stderr)) return { skip: `a private mount namespace is not permitted here: ${r.stderr.trim()}` };
  return r;
}

const probe = inNamespace('true', tempDir());
const namespaceSkip = probe.skip ?? false;
if (namespaceSkip) console.log(`# skipping the /dev/null and /dev/full tests: ${namespaceSkip}`);

test('-o /dev/null and -o /dev/full are refused, exit 1, and the devices stay devices', { skip: namespaceSkip }, () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  const r = inNamespace(`
    for out in /dev/null /dev/full; do
      "$CLI" merge "${base}" "${incoming}" -o "$out" >/dev/null 2>"$DIR/stderr"
      echo "$out exit=$? $(cat "$DIR/stderr")"
    done
    ln -s /dev/null "$DIR/to-null.json"
    "$CLI" merge "${base}" "${incoming}" -o "$DIR/to-null.json" >/dev/null 2>"$DIR/stderr"
    echo "link exit=$? $(cat "$DIR/stderr")"
    stat -c '%n %F %t:%T' /dev/null /dev/full
    echo "in /dev:" $(ls -A /dev)`, dir);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.deepEqual(lines, [
    '/dev/null exit=1 /dev/null: cannot write: not a regular file (a character device)',
    '/dev/full exit=1 /dev/full: cannot write: not a regular file (a character device)',
    `link exit=1 ${dir}/to-null.json, a link to /dev/null: cannot write: not a regular file (a character device)`,
    '/dev/null character special file 1:3',
    '/dev/full character special file 1:7',
    'in /dev: full null',
  ]);
});

test('a full disk mid-write exits 1, keeps OUT as it was and removes only its own temporary file', { skip: namespaceSkip }, () => {
  const dir = tempDir();
  // ~200 KB of workspace into a 64 KB tmpfs.
  const big = sampleDeal();
  for (let n = 0; n < 2000; n++) big.requirements.push({ id: `r${n}`, text: `Requirement number ${n} of a long list`, priority: 'nice' });
  const base = writeFile(dir, 'base.json', workspace(big));
  const r = inNamespace(`
    mkdir "$DIR/small" && mount -t tmpfs -o size=64k tmpfs "$DIR/small" || exit 97
    echo previous > "$DIR/small/out.json"
    echo mine > "$DIR/small/out.json.tmp"
    "$CLI" merge "${base}" "${base}" -o "$DIR/small/out.json" >/dev/null 2>"$DIR/stderr"
    echo "exit=$? $(cat "$DIR/stderr")"
    echo "out: $(cat "$DIR/small/out.json")"
    echo "tmp: $(cat "$DIR/small/out.json.tmp")"
    echo "files:" $(ls -A "$DIR/small")`, dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split('\n'), [
    `exit=1 ${dir}/small/out.json: cannot write: No space left on device`,
    'out: previous',
    'tmp: mine',
    'files: out.json out.json.tmp',
  ]);
});

test('a FIFO as OUT is refused at once and stays a FIFO', () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  const out = mkfifo(path.join(dir, 'out.fifo'));
  const r = run(['merge', base, incoming, '-o', out], { timeout: 5000 });
  assert.equal(r.signal, null, 'no hang');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, `${out}: cannot write: not a regular file (a FIFO)\n`);
  assert.equal(fs.lstatSync(out).isFIFO(), true);
  assert.deepEqual(fs.readdirSync(dir).sort(), ['base.json', 'incoming.json', 'out.fifo']);
});

test('a symlink as OUT is written through: the link stays, the file it points to is replaced', () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  fs.mkdirSync(path.join(dir, 'real'));
  const real = writeFile(path.join(dir, 'real'), 'deal.json', 'old');
  fs.chmodSync(real, 0o600);
  const link = path.join(dir, 'link.json');
  fs.symlinkSync('real/deal.json', link); // relative, as ln -s makes them
  const r = run(['merge', base, incoming, '-o', link]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(fs.lstatSync(link).isSymbolicLink(), true);
  assert.equal(fs.readlinkSync(link), 'real/deal.json');
  assert.equal(merged(real), 4);
  assert.equal(fs.statSync(real).mode & 0o777, 0o600);
  assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['deal.json']);

  // A chain of links, and a link whose file does not exist yet (it is created).
  const chain = path.join(dir, 'chain.json');
  fs.symlinkSync(link, chain);
  fs.writeFileSync(real, 'old');
  assert.equal(run(['merge', base, incoming, '-o', chain]).status, 0);
  assert.equal(merged(real), 4);
  const dangling = path.join(dir, 'dangling.json');
  fs.symlinkSync('real/new.json', dangling);
  assert.equal(run(['merge', base, incoming, '-o', dangling]).status, 0);
  assert.equal(merged(path.join(dir, 'real', 'new.json')), 4);
  assert.equal(fs.lstatSync(dangling).isSymbolicLink(), true);

  // A loop of links is refused.
  fs.symlinkSync('loop-b', path.join(dir, 'loop-a'));
  fs.symlinkSync('loop-a', path.join(dir, 'loop-b'));
  const loop = run(['merge', base, incoming, '-o', path.join(dir, 'loop-a')]);
  assert.equal(loop.status, 1);
  assert.match(loop.stderr, /loop-a: cannot write: Too many levels of symbolic links\n$/);
});

test('OUT keeps its mode: a 0600 file stays 0600, a 0640 file 0640; a new file follows the umask', () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  for (const mode of [0o600, 0o640, 0o755]) {
    const out = writeFile(dir, `out-${mode.toString(8)}.json`, 'old');
    fs.chmodSync(out, mode);
    const r = run(['merge', base, incoming, '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.statSync(out).mode & 0o7777, mode);
    assert.equal(merged(out), 4);
  }
  const fresh = path.join(dir, 'fresh.json');
  assert.equal(run(['merge', base, incoming, '-o', fresh]).status, 0);
  assert.equal(fs.statSync(fresh).mode & 0o777, 0o666 & ~process.umask());
});

test('OUT keeps its owner and group when run as root', { skip: process.getuid?.() !== 0 && 'only root can give a file away' }, () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  const out = writeFile(dir, 'out.json', 'old');
  fs.chownSync(out, 1234, 5678);
  assert.equal(run(['merge', base, incoming, '-o', out]).status, 0);
  const { uid, gid } = fs.statSync(out);
  assert.deepEqual([uid, gid], [1234, 5678]);
});

test('an existing OUT.tmp is never touched, and an OUT.tmp symlink is not followed', () => {
  const dir = tempDir();
  const { base, incoming } = inputs(dir);
  const out = path.join(dir, 'out.json');
  writeFile(dir, 'out.json.tmp', 'my own notes');
  fs.chmodSync(`${out}.tmp`, 0o600);
  let r = run(['merge', base, incoming, '-o', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(fs.readFileSync(`${out}.tmp`, 'utf8'), 'my own notes');
  assert.equal(fs.statSync(`${out}.tmp`).mode & 0o777, 0o600);
  assert.equal(merged(out), 4);

  // OUT.tmp a link to a file elsewhere: that file is not written, the link stays.
  const other = path.join(dir, 'out2.json');
  const victim = writeFile(dir, 'victim.txt', 'do not overwrite');
  fs.symlinkSync(victim, `${other}.tmp`);
  r = run(['merge', base, incoming, '-o', other]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(fs.readFileSync(victim, 'utf8'), 'do not overwrite');
  assert.equal(fs.lstatSync(`${other}.tmp`).isSymbolicLink(), true);
  assert.equal(merged(other), 4);

  // Nothing else was left behind: no temporary file of the CLI's remains.
  assert.deepEqual(fs.readdirSync(dir).sort(),
    ['base.json', 'incoming.json', 'out.json', 'out.json.tmp', 'out2.json', 'out2.json.tmp', 'victim.txt']);
});

test('a failed merge removes its temporary file and nothing else', () => {
  const dir = tempDir();
  const { base } = inputs(dir);
  const bad = writeFile(dir, 'bad.json', workspace(sampleDeal({ stage: 'wedding' })));
  const out = writeFile(dir, 'out.json', 'previous');
  writeFile(dir, 'out.json.tmp', 'mine');
  const r = run(['merge', base, bad, '-o', out]);
  assert.equal(r.status, 1);
  assert.equal(fs.readFileSync(out, 'utf8'), 'previous');
  assert.equal(fs.readFileSync(`${out}.tmp`, 'utf8'), 'mine');
  assert.deepEqual(fs.readdirSync(dir).sort(), ['bad.json', 'base.json', 'incoming.json', 'out.json', 'out.json.tmp']);
});

// ---- inputs ---------------------------------------------------------------

test('a FIFO with no writer is refused within a second by every command that reads files', () => {
  const dir = tempDir();
  const good = writeFile(dir, 'good.json', workspace(sampleDeal()));
  const caseFile = path.join(dir, 'case.json');
  fs.writeFileSync(caseFile, run(['template', 'show', 'sms-vendor-case']).stdout);
  const fifo = mkfifo(path.join(dir, 'input.fifo'));
  const refused = `${fifo}: cannot read: not a regular file (a FIFO); to read a pipe, give - and send it to standard input\n`;
  for (const args of [
    ['validate', fifo],
    ['validate', good, fifo],
    ['score', fifo],
    ['report', fifo],
    ['study', fifo],
    ['merge', fifo, good, '-o', '-'],
    ['merge', good, fifo, '-o', path.join(dir, 'out.json')],
    ['room', fifo, good],
    ['room', caseFile, fifo],
  ]) {
    const started = Date.now();
    const r = run(args, { timeout: 1000 });
    assert.equal(r.signal, null, `${args.join(' ')}: blocked`);
    assert.ok(Date.now() - started < 1000, `${args.join(' ')}: took ${Date.now() - started} ms`);
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.endsWith(refused), `${args.join(' ')}: ${r.stderr}`);
  }
  assert.equal(fs.existsSync(path.join(dir, 'out.json')), false);
  // The FIFO is still there and unread.
  assert.equal(fs.lstatSync(fifo).isFIFO(), true);
});

test('devices are refused as inputs, without reading them', () => {
  for (const device of ['/dev/null', '/dev/zero']) {
    if (!fs.existsSync(device)) continue;
    const r = run(['validate', device], { timeout: 5000 });
    assert.equal(r.signal, null);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `${device}: cannot read: not a regular file (a character device); to read a pipe, give - and send it to standard input\n`);
  }
});

test('standard input may still be a pipe', () => {
  const r = run(['validate', '-'], { input: JSON.stringify(workspace(sampleDeal())) });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '<stdin>: ok (1 deal)\n');
});

test('a symlink to a regular file is read as that file', () => {
  const dir = tempDir();
  const good = writeFile(dir, 'good.json', workspace(sampleDeal()));
  fs.symlinkSync(good, path.join(dir, 'link.json'));
  const r = run(['validate', path.join(dir, 'link.json')]);
  assert.equal(r.status, 0, r.stderr);
});

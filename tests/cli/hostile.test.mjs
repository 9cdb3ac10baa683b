// hostile.test.mjs — hostile files through the real CLI: each is refused with
// its message (file, JSON pointer or line) and exit 1, never a crash; the one
// that is merely large is taken whole. Merging a hostile file into a good one
// refuses and leaves the good file as it was.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { run, tempDir, writeFile, workspace, sampleDeal } from './support/cli.mjs';
import { hostileFiles, bytesOf } from '../hostile/hostile_files.mjs';

const dir = tempDir();

for (const file of hostileFiles()) {
  test(`validate ${file.name}`, () => {
    const where = path.join(dir, file.name);
    fs.writeFileSync(where, bytesOf(file));
    const r = run(['validate', where], { timeout: 60000 });
    assert.equal(r.signal, null, 'no crash');
    if (file.accepted) {
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /ok \(1 deal\)/);
      return;
    }
    assert.equal(r.status, 1, r.stdout);
    assert.match(r.stderr, new RegExp(`${file.name.replace('.', '\\.')}`));
    assert.match(r.stderr, file.message);
  });
}

test('merging a hostile file into a good one refuses and leaves the good one as it was', () => {
  const good = writeFile(dir, 'good.json', workspace(sampleDeal()));
  const before = fs.readFileSync(good);
  for (const file of hostileFiles().filter((f) => !f.accepted)) {
    const where = path.join(dir, `merge-${file.name}`);
    fs.writeFileSync(where, bytesOf(file));
    const r = run(['merge', good, where, '-o', good], { timeout: 60000 });
    assert.equal(r.signal, null, `${file.name}: no crash`);
    assert.equal(r.status, 1, `${file.name}: refused`);
    assert.deepEqual(fs.readFileSync(good), before, `${file.name}: the good file is untouched`);
  }
});

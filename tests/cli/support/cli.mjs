// cli.mjs — running the real `setright` binary from the tests, and fixtures.
//
// SETRIGHT_CLI is the binary and SETRIGHT_SOURCE_DIR the source tree (ctest
// sets both, see tests/CMakeLists.txt). Fixtures are written to a fresh
// directory under os.tmpdir(), never into the source tree.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const cli = process.env.SETRIGHT_CLI;
export const sourceDir = process.env.SETRIGHT_SOURCE_DIR;
if (!cli || !sourceDir) throw new Error('set SETRIGHT_CLI and SETRIGHT_SOURCE_DIR (ctest does)');

// Runs the binary; { status, signal, stdout, stderr }. A hang fails the test
// through the timeout (signal SIGTERM) instead of stalling the suite. EPIPE is
// not an error: the binary may rightly stop reading an oversized input.
export function run(args, { input, cwd, timeout = 20000 } = {}) {
  const result = spawnSync(cli, args, { input, cwd, timeout, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.error && !['ETIMEDOUT', 'EPIPE'].includes(result.error.code)) throw result.error;
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

export function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'setright-cli-'));
}

export function writeFile(dir, name, content) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

export function workspace(...deals) {
  return { format: 'setright', version: 1, deals };
}

// A buyer's deal with one vendor, Acme: two must-haves (one verified by
// evidence that answers, one only claimed) and a nice-to-have. Question q1 on
// the verified must-have was promised for 2019-10-30 and is still open.
export function sampleDeal(overrides = {}) {
  return {
    id: 'sms',
    title: 'SMS marketing tool',
    perspective: 'buyer',
    buyer: { id: 'battlbox', name: 'BattlBox' },
    vendors: [{ id: 'acme', name: 'Acme SMS' }],
    primary_vendor: 'acme',
    stage: 'negotiation',
    requirements: [
      {
        id: 'recharge',
        text: 'Recharge integration',
        priority: 'must',
        weight: 3,
        claims: [
          {
            vendor: 'acme',
            status: 'verified',
            evidence: [{ id: 'e1', kind: 'sandbox_test', summary: 'Tested in sandbox', answers: true }],
          },
        ],
      },
      {
        id: 'gorgias',
        text: 'Gorgias integration',
        priority: 'must',
        weight: 2,
        claims: [{ vendor: 'acme', status: 'claimed' }],
      },
      { id: 'emoji', text: 'Emoji in messages', priority: 'nice', weight: 1, claims: [] },
    ],
    questions: [
      {
        id: 'q1',
        text: 'Does the Recharge integration sync subscriber status?',
        requirement: 'recharge',
        vendor: 'acme',
        asked_at: '2019-10-16',
        status: 'promised',
        promised_by: '2019-10-30',
        promised_by_whom: 'Rep One',
      },
    ],
    ...overrides,
  };
}

// A deal whose only must-have is verified and whose only question on it was
// promised for 2019-10-30: ready on that day, not ready the day after.
export function promiseDeal() {
  const deal = sampleDeal({ id: 'promise', title: 'Promise deal' });
  deal.requirements = deal.requirements.filter((r) => r.id !== 'gorgias');
  return deal;
}

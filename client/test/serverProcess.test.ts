// The server process as the extension starts it: real processes (node itself stands in for Python).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeExit, ensureExited, startProcess } from '../src/serverProcess';

const node = process.execPath;

test('startProcess: a missing interpreter is one clear rejection, not a crash', async () => {
  await assert.rejects(startProcess('/nonexistent/python3', ['-m', 'torchmode']), { message: 'not found' });
});

test('startProcess: a real process runs and talks over its pipes', async () => {
  const child = await startProcess(node, ['-e', 'process.stdin.pipe(process.stdout)']);
  const echoed = new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString())));
  child.stdin!.write('Content-Length: 2\r\n\r\n{}');
  assert.equal(await echoed, 'Content-Length: 2\r\n\r\n{}');
  child.stdin!.end();
  await ensureExited(child, 5000);
  assert.equal(child.exitCode, 0);
});

test('describeExit: code 0 is a normal end, never an error', () => {
  assert.deepEqual(describeExit(0, null, true), { level: 'info', message: 'Server process exited normally (code 0).' });
  assert.equal(describeExit(0, null, false).level, 'info');
  assert.deepEqual(describeExit(1, null, false), { level: 'error', message: 'Server process exited with code 1.' });
  assert.equal(describeExit(null, 'SIGTERM', true).level, 'warn');
  assert.equal(describeExit(null, 'SIGKILL', false).message, 'Server process exited on signal SIGKILL.');
});

test('ensureExited: a process that ignores the stop is killed after the grace period', async () => {
  const child = await startProcess(node, ['-e', 'setInterval(() => {}, 1000)']);
  const started = Date.now();
  await ensureExited(child, 200);
  assert.equal(child.signalCode, 'SIGTERM');
  assert.ok(Date.now() - started < 5000);
});

test('ensureExited: a process that exits on its own is not killed', async () => {
  const child = await startProcess(node, ['-e', 'setTimeout(() => process.exit(0), 100)']);
  await ensureExited(child, 5000);
  assert.equal(child.exitCode, 0);
  assert.equal(child.signalCode, null);
});

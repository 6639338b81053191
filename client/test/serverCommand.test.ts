import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverCommand } from '../src/serverCommand';

test('useBundled runs the launcher inside the extension with the chosen interpreter', () => {
  const c = serverCommand('/usr/bin/python3.11', 'useBundled', '/ext/torchmode-0.1.0', 'off', { PATH: '/bin' });
  assert.equal(c.command, '/usr/bin/python3.11');
  assert.deepEqual(c.args, ['/ext/torchmode-0.1.0/bundled/tool/launcher.py', 'serve']);
  assert.equal(c.env.PATH, '/bin');
  assert.equal(c.env.PYTHONUNBUFFERED, '1');
});

test("fromEnvironment runs the interpreter's own torchmode; verbose trace turns on the server's debug log", () => {
  const c = serverCommand('/venv/bin/python', 'fromEnvironment', '/ext', 'verbose', {});
  assert.equal(c.command, '/venv/bin/python');
  assert.deepEqual(c.args, ['-m', 'torchmode', 'serve', '-v']);
});

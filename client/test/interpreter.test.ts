// Interpreter resolution against real interpreters: the machine's python3, a missing path, and small
// executables standing in for an old Python (this machine need not have one installed).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { interpreterCandidates, isSupported, probeInterpreter, resolveInterpreter } from '../src/interpreter';

const dir = mkdtempSync(join(tmpdir(), 'tm-interp-'));
const realPython = execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim();

/** An executable that answers the probe like Python 3.8 would. */
function oldPython(): string {
  const p = join(dir, 'python3.8');
  writeFileSync(p, '#!/bin/sh\necho \'{"executable": "/opt/py38/bin/python3.8", "version": [3, 8, 18], "hasTorchmode": true}\'\n');
  chmodSync(p, 0o755);
  return p;
}

/** The real python3 with a `torchmode` package importable, as after `pip install torchmode`. */
function pythonWithTorchmode(): string {
  const site = join(dir, 'site');
  mkdirSync(join(site, 'torchmode'), { recursive: true });
  writeFileSync(join(site, 'torchmode', '__init__.py'), '');
  const p = join(dir, 'python-with-torchmode');
  writeFileSync(p, `#!/bin/sh\nPYTHONPATH='${site}' exec '${realPython}' "$@"\n`);
  chmodSync(p, 0o755);
  return p;
}

test('probe: the real python3 reports its absolute executable and version', async () => {
  const r = await probeInterpreter('python3');
  assert.equal(r.executable, realPython);
  assert.ok(r.executable.startsWith('/'));
  const expected = execFileSync('python3', ['-c', 'import sys; print(*sys.version_info[:3])']).toString().trim().split(' ').map(Number);
  assert.deepEqual(r.version, expected);
});

test('probe: a missing interpreter is rejected as not found', async () => {
  await assert.rejects(probeInterpreter(join(dir, 'nope', 'python')), /not found/);
});

test('probe: a program that is not Python is rejected', async () => {
  await assert.rejects(probeInterpreter('/bin/false'));
});

test('isSupported: 3.10 and newer', () => {
  assert.equal(isSupported([3, 9, 18]), false);
  assert.equal(isSupported([3, 10, 0]), true);
  assert.equal(isSupported([3, 13, 1]), true);
  assert.equal(isSupported([4, 0, 0]), true);
});

test('candidates: the setting alone when set; else Python extension, then python3 on PATH', () => {
  assert.deepEqual(interpreterCandidates('/x/python', '/y/python'), [{ command: '/x/python', source: 'setting' }]);
  assert.deepEqual(interpreterCandidates('', '/y/python'), [
    { command: '/y/python', source: 'python-extension' },
    { command: 'python3', source: 'path' },
  ]);
  assert.deepEqual(interpreterCandidates('', undefined), [{ command: 'python3', source: 'path' }]);
});

test('resolve: the setting wins when it works', async () => {
  const r = await resolveInterpreter(interpreterCandidates(realPython, undefined), probeInterpreter, false);
  assert.ok(r.ok);
  assert.equal(r.candidate.source, 'setting');
  assert.equal(r.probe.executable, realPython);
});

test('resolve: a broken setting is an error naming it, never silently replaced by PATH', async () => {
  const missing = join(dir, 'venv', 'bin', 'python');
  const r = await resolveInterpreter(interpreterCandidates(missing, undefined), probeInterpreter, false);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.message.includes(missing) && r.message.includes('torchmode.interpreter') && /not found/.test(r.message));
});

test('resolve: a too old Python from the setting is an error that says 3.10 is needed', async () => {
  const r = await resolveInterpreter(interpreterCandidates(oldPython(), undefined), probeInterpreter, false);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && /Python 3\.8\.18; torchmode needs Python 3\.10 or newer/.test(r.message), !r.ok ? r.message : '');
});

test("resolve: the Python extension's old interpreter is skipped for python3 on PATH, with the reason kept", async () => {
  const r = await resolveInterpreter(interpreterCandidates('', oldPython()), probeInterpreter, false);
  assert.ok(r.ok);
  assert.equal(r.candidate.source, 'path');
  assert.equal(r.skipped.length, 1);
  assert.match(r.skipped[0], /Python extension.*3\.8\.18/);
});

test('resolve: fromEnvironment needs torchmode importable in the interpreter', async () => {
  const plain = await resolveInterpreter([{ command: realPython, source: 'setting' }], async (c) => ({ ...(await probeInterpreter(c)), hasTorchmode: false }), true);
  assert.equal(plain.ok, false);
  assert.ok(!plain.ok && /no torchmode installed/.test(plain.message));
  const withIt = await resolveInterpreter([{ command: pythonWithTorchmode(), source: 'setting' }], probeInterpreter, true);
  assert.ok(withIt.ok, !withIt.ok ? withIt.message : '');
  assert.equal(withIt.probe.hasTorchmode, true);
});

test('resolve: nothing usable at all gives one clear message', async () => {
  const r = await resolveInterpreter(interpreterCandidates('', join(dir, 'gone'), join(dir, 'also-gone')), probeInterpreter, false);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.message.startsWith('torchmode cannot start its server:') && r.skipped.length === 2);
});

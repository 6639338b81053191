// The server inside the built .vsix, started the way the extension starts it (useBundled: the
// interpreter runs bundled/tool/launcher.py serve --stdio), with a python3 that has none of torchmode's
// dependencies installed: the .vsix alone must be enough. Talks LSP to it like an editor would.
// Run: node --test tests_e2e/vsix_server.test.mjs (after the .vsix is built).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const root = resolve(import.meta.dirname, '..');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const vsix = join(root, `torchmode-${version}.vsix`);
const python = process.env.TORCHMODE_TEST_PYTHON || 'python3';

let server;
let connection;
const diagnostics = new Map(); // uri -> latest params
const waiters = [];
let work;

function waitForDiagnostics(uri, predicate, ms = 30000) {
  return new Promise((resolvePromise, reject) => {
    const check = () => {
      const params = diagnostics.get(uri);
      if (params && predicate(params)) {
        resolvePromise(params);
        return true;
      }
      return false;
    };
    if (check()) return;
    const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} in ${ms} ms; last: ${JSON.stringify(diagnostics.get(uri))}`)), ms);
    waiters.push(() => { if (check()) { clearTimeout(timer); return true; } return false; });
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'tm-vsix-'));
  execFileSync('python3', ['-m', 'zipfile', '-e', vsix, work]);
  const ws = join(work, 'ws');
  execFileSync('mkdir', ['-p', ws]);
  copyFileSync(join(root, 'tests_e2e/fixtures/workspace/train.py'), join(ws, 'train.py'));
  // The interpreter must not have the server's libraries: then only the bundle can provide them.
  const missing = execFileSync(python, ['-c', 'import importlib.util as u; print([m for m in ("pygls", "jedi", "lsprotocol") if u.find_spec(m) is None])']).toString();
  assert.match(missing, /pygls/, `${python} has pygls installed; this test needs a bare interpreter`);

  server = spawn(python, [join(work, 'extension/bundled/tool/launcher.py'), 'serve', '--stdio'], { cwd: ws });
  let stderr = '';
  server.stderr.on('data', (d) => { stderr += d; });
  server.on('exit', (code) => { if (code) process.stderr.write(`server exited ${code}: ${stderr}\n`); });
  connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    diagnostics.set(params.uri, params);
    for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]()) waiters.splice(i, 1);
  });
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(ws).href,
    workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
    initializationOptions: { interpreter: execFileSync(python, ['-c', 'import sys; print(sys.executable)']).toString().trim() },
    capabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true, relatedInformation: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
        synchronization: { didSave: true },
      },
      workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
    },
  });
  assert.ok(init.capabilities.codeActionProvider, 'the server offers code actions');
  connection.sendNotification('initialized', {});
});

after(async () => {
  try {
    await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
    connection.sendNotification('exit');
  } catch { /* already gone */ }
  setTimeout(() => server.kill(), 1000).unref();
});

test('the bundled server finds TM001 in a training script and offers the .train() fix first', async () => {
  const file = join(work, 'ws', 'train.py');
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
  const params = await waitForDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'TM001'));
  const diag = params.diagnostics.find((d) => d.code === 'TM001');
  const lines = text.split('\n');
  assert.equal(lines[diag.range.start.line].trim(), 'loss.backward()');
  assert.equal(diag.source, 'torchmode');

  const actions = await connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diag.range,
    context: { diagnostics: [diag], only: ['quickfix'] },
  });
  assert.ok(actions.length >= 2, JSON.stringify(actions));
  assert.equal(actions[0].isPreferred, true);
  assert.match(actions[0].title, /model\.train\(\)/);
});

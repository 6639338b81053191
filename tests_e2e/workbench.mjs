// Drives the real VS Code workbench (code-server) in headless Chromium with the torchmode .vsix
// installed: TM001 shows in the Problems panel on the right line, Ctrl+. offers the `.train()` fix
// first, applying and saving writes it to disk, the problem goes away, and `torchmode.fixAll` fixes a
// file with two findings at once. Then the extension's own behaviour: language status, interpreter
// errors and restarts, importStrategy fromEnvironment, its commands, live settings, notebook cells.
// A screenshot per step (and of a failure) goes to $ARTIFACTS.
// Started by tests_e2e/run_workbench.sh, which provides the environment variables below.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const { WORKBENCH_URL, WORKSPACE, ARTIFACTS, PLAYWRIGHT_CORE, CHROMIUM, LOGS_DIR, VENV_PYTHON } = process.env;
const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_CORE);
const SERVER_WAIT_MS = 90000; // cold start: interpreter probe, server start, jedi's first inference

const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
let page;
let shot = 0;

async function screenshot(name) {
  shot += 1;
  const file = join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`   [${seconds()} s] ${name} -> ${file}`);
}

async function poll(what, fn, ms) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${last})`);
}

/** 1-based number of the first line of `text` whose content is exactly `content` (trimmed). */
function lineOf(text, content) {
  const i = text.split('\n').findIndex((l) => l.trim() === content);
  assert.ok(i >= 0, `no line "${content}"`);
  return i + 1;
}

async function openFromExplorer(name) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30000 });
  await row.dblclick();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 15000 });
  // Focus the text area so keyboard commands go to the editor.
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
}

async function showProblems() {
  if (!(await page.locator('.markers-panel').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+M');
  }
  await page.locator('.markers-panel').waitFor({ timeout: 10000 });
}

/** Texts of the Problems panel rows that are TM001 markers. */
async function tm001Rows() {
  const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
  return rows.filter((t) => t.includes('TM001'));
}

/** Saves the active editor once an edit has made it dirty (edits apply asynchronously). */
async function saveAfterEdit() {
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: 15000 });
  await page.keyboard.press('Control+S');
  await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: 15000 });
}

/** The torchmode entry of the language status hover ({} next to "Python" in the status bar). */
async function languageStatus() {
  await page.locator('[id="status.languageStatus"]').click();
  const entry = page.locator('.monaco-hover', { hasText: 'torchmode:' }).last();
  await entry.waitFor({ timeout: 10000 });
  return entry.innerText();
}

/** The extension's output channel as the workbench wrote it to disk. */
function outputLog() {
  const found = execFileSync('find', [LOGS_DIR, '-name', '*torchmode.log']).toString().trim().split('\n').filter(Boolean);
  return found.map((f) => readFileSync(f, 'utf8')).join('\n');
}

async function runCommand(title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 10000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
  await page.keyboard.press('Enter');
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(WORKBENCH_URL);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 30000 });
    await screenshot('workbench');

    // 1. The diagnostic: TM001 in the Problems panel, on the line of loss.backward().
    const trainPath = join(WORKSPACE, 'train.py');
    const original = readFileSync(trainPath, 'utf8');
    const backwardLine = lineOf(original, 'loss.backward()');
    await openFromExplorer('train.py');
    await showProblems();
    const rows = await poll('TM001 in the Problems panel', async () => {
      const r = await tm001Rows();
      return r.length ? r : undefined;
    }, SERVER_WAIT_MS);
    await screenshot('problems-panel');
    assert.match(await languageStatus(), /torchmode: ready\nPython 3\.\d+\.\d+ · bundled server\nShow logs/);
    await screenshot('language-status-ready');
    await page.keyboard.press('Escape');
    assert.equal(rows.length, 1, `one TM001 expected: ${JSON.stringify(rows)}`);
    assert.match(rows[0], /eval mode/);
    assert.match(rows[0], new RegExp(`\\[Ln ${backwardLine}, Col \\d+\\]`), `TM001 on line ${backwardLine}: ${rows[0]}`);

    // 2. Ctrl+. on that line: the preferred fix (`model.train()`) comes first.
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+G');
    await page.locator('.quick-input-widget input').fill(`:${backwardLine}:13`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+.');
    const actionRows = page.locator('.action-widget .monaco-list-row.action');
    await actionRows.first().waitFor({ timeout: 15000 });
    const titles = await actionRows.allInnerTexts();
    await screenshot('quick-fix-menu');
    // The README's picture (docs/vscode-quick-fix.png is a copy): the code, the menu and the Problems panel.
    await page.screenshot({ path: join(ARTIFACTS, 'readme-quick-fix.png'), clip: { x: 350, y: 140, width: 1050, height: 590 } });
    assert.match(titles[0], /model\.train\(\)/, `first quick fix: ${JSON.stringify(titles)}`);

    // 3. Apply it and save: `model.train()` lands on disk at the top of the epoch loop.
    await actionRows.first().click();
    await saveAfterEdit();
    const fixed = await poll('the fixed train.py on disk', () => {
      const text = readFileSync(trainPath, 'utf8');
      return text !== original ? text : undefined;
    }, 15000);
    const lines = fixed.split('\n');
    const loopLine = lineOf(original, 'for epoch in range(3):');
    assert.equal(lines[loopLine], '        model.train()', `line after the epoch loop header:\n${fixed}`);
    assert.equal(lines.filter((_, i) => i !== loopLine).join('\n'), original, 'the fix only adds the one line');
    await screenshot('fix-applied-and-saved');

    // 4. The problem disappears.
    await poll('TM001 to leave the Problems panel', async () => (await tm001Rows()).length === 0, 30000);
    await screenshot('problem-gone');

    // 5. torchmode.fixAll on a file with two findings fixes both at once.
    const twoPath = join(WORKSPACE, 'two_models.py');
    const twoOriginal = readFileSync(twoPath, 'utf8');
    await openFromExplorer('two_models.py');
    await poll('two TM001 in two_models.py', async () => (await tm001Rows()).length === 2, SERVER_WAIT_MS);
    await screenshot('two-findings');
    await runCommand('torchmode: Fix all problems in this file');
    await saveAfterEdit();
    const twoFixed = await poll('the fixed two_models.py on disk', () => {
      const text = readFileSync(twoPath, 'utf8');
      return text !== twoOriginal ? text : undefined;
    }, 15000);
    const twoLines = twoFixed.split('\n');
    assert.deepEqual(twoLines.filter((l) => l.trim().endsWith('.train()')).map((l) => l.trim()), ['encoder.train()', 'decoder.train()'], twoFixed);
    for (const name of ['encoder', 'decoder']) {
      const at = twoLines.findIndex((l) => l.trim() === `${name}.train()`);
      assert.equal(twoLines[at - 1].trim(), 'for step in range(4):', `${name}.train() opens its loop body:\n${twoFixed}`);
      assert.equal(twoLines[at], `        ${name}.train()`);
    }
    assert.equal(twoLines.filter((l) => !l.trim().endsWith('.train()')).join('\n'), twoOriginal, 'fix-all only adds lines');
    await poll('both TM001 to leave the Problems panel', async () => (await tm001Rows()).length === 0, 30000);
    await screenshot('fix-all-done');

    // 6. A broken interpreter setting (with ${workspaceFolder}, resolved) gives a clear error with a
    //    button to pick one, and the error status; a working one restarts the server (debounced).
    const settingsFile = join(WORKSPACE, '.vscode', 'settings.json');
    mkdirSync(join(WORKSPACE, '.vscode'), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify({ 'torchmode.interpreter': '${workspaceFolder}/venv/bin/python' }));
    const toast = page.locator('.notification-toast', { hasText: 'torchmode cannot start its server' });
    await toast.waitFor({ timeout: 30000 });
    const toastText = await toast.innerText();
    assert.ok(toastText.includes(join(WORKSPACE, 'venv/bin/python')), `the resolved path is named: ${toastText}`);
    assert.ok(await toast.locator('.monaco-button', { hasText: 'Select Interpreter' }).isVisible(), 'a button to pick an interpreter');
    await page.waitForTimeout(600); // let the toast's slide-in animation finish for the screenshot
    await screenshot('interpreter-error');
    assert.match(await languageStatus(), /torchmode: error/);
    await page.keyboard.press('Escape');

    const venvBin = join(WORKSPACE, 'env', 'bin');
    mkdirSync(venvBin, { recursive: true });
    symlinkSync(execFileSync('python3', ['-c', 'import sys; print(sys.executable)']).toString().trim(), join(venvBin, 'python3'));
    writeFileSync(settingsFile, JSON.stringify({ 'torchmode.interpreter': '${workspaceFolder}/env/bin/python3' }));
    await poll('the server to restart with the interpreter from the setting', async () =>
      outputLog().includes(`Interpreter: ${join(venvBin, 'python3')}`) && /torchmode: ready/.test(await languageStatus()), 30000);
    await page.keyboard.press('Escape');
    copyFileSync(join(import.meta.dirname, 'fixtures', 'workspace', 'train.py'), join(WORKSPACE, 'train_again.py'));
    await openFromExplorer('train_again.py');
    await poll('TM001 from the restarted server', async () => (await tm001Rows()).length === 1, SERVER_WAIT_MS);
    await screenshot('restarted-server-diagnoses');

    // 7. importStrategy fromEnvironment: an interpreter without torchmode is refused with the reason;
    //    the project's .venv (torchmode installed, and torch for jedi) runs its own server.
    writeFileSync(settingsFile, JSON.stringify({ 'torchmode.interpreter': '${workspaceFolder}/env/bin/python3', 'torchmode.importStrategy': 'fromEnvironment' }));
    await page.locator('.notification-toast', { hasText: 'has no torchmode installed' }).waitFor({ timeout: 30000 });
    await page.waitForTimeout(600);
    await screenshot('from-environment-without-torchmode');
    writeFileSync(settingsFile, JSON.stringify({ 'torchmode.interpreter': VENV_PYTHON, 'torchmode.importStrategy': 'fromEnvironment' }));
    await poll('the server from the environment', async () =>
      outputLog().includes('-m torchmode serve --stdio (importStrategy fromEnvironment)') &&
      /torchmode: ready\nPython [\d.]+ · server from the environment/.test(await languageStatus()), 60000);
    await page.keyboard.press('Escape');
    copyFileSync(join(import.meta.dirname, 'fixtures', 'workspace', 'train.py'), join(WORKSPACE, 'train_env.py'));
    await openFromExplorer('train_env.py');
    // train_again.py still has its finding: the new file's makes two.
    await poll('TM001 from the environment\'s server', async () => {
      const r = await tm001Rows();
      return r.length === 2 && r.every((t) => t.includes(`[Ln ${backwardLine},`));
    }, SERVER_WAIT_MS);
    await screenshot('from-environment-diagnoses');

    // 8. Commands: Restart server restarts (the log says why), Show logs opens the torchmode channel.
    await runCommand('torchmode: Restart server');
    await poll('a restart from the command', () => outputLog().includes('Restarting the server (torchmode.restart command)'), 15000);
    await runCommand('torchmode: Show logs');
    await page.locator('.panel .monaco-select-box[title="torchmode"], .panel [aria-label*="torchmode"]').first().waitFor({ timeout: 10000 });
    await screenshot('show-logs');
    // The restarted server re-checks the open files: both findings come back.
    await showProblems();
    await poll('the findings after the restart', async () => (await tm001Rows()).length === 2, SERVER_WAIT_MS);
    await screenshot('after-restart');
    // A normal stop is no error: the old server's end is logged as such (serverProcess.ts).
    assert.ok(outputLog().includes('Server process exited normally (code 0).'), 'the old server exited with code 0');
    assert.ok(!/\[Error[^\]]*\] Server process exited with code 0/.test(outputLog()), 'exit code 0 logged as an error');

    // 9. A rule setting applies live, without a restart: TM001 as a warning.
    const restarts = () => outputLog().split('Restarting the server').length;
    const restartsBefore = restarts();
    writeFileSync(settingsFile, JSON.stringify({
      'torchmode.interpreter': VENV_PYTHON, 'torchmode.importStrategy': 'fromEnvironment', 'torchmode.severity': { TM001: 'warning' },
    }));
    await poll('TM001 shown as warnings', async () =>
      (await page.locator('.markers-panel .monaco-list-row .codicon-warning').count()) === 2 &&
      (await page.locator('.markers-panel .monaco-list-row .codicon-error').count()) === 0, 30000);
    await screenshot('severity-warning-live');
    assert.equal(restarts(), restartsBefore, 'a severity change must not restart the server');

    // 10. Jupyter notebooks: a code cell holding the training loop gets its finding, on the right line.
    copyFileSync(join(import.meta.dirname, 'fixtures', 'notebook', 'train.ipynb'), join(WORKSPACE, 'train.ipynb'));
    const notebookRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'train.ipynb' }).first();
    await notebookRow.waitFor({ timeout: 30000 });
    await notebookRow.dblclick();
    const cellSource = JSON.parse(readFileSync(join(WORKSPACE, 'train.ipynb'), 'utf8')).cells[0].source.join('');
    const cellLine = lineOf(cellSource, 'loss.backward()');
    // Only the notebook's markers (the panel renders only the rows that fit).
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('**/*.ipynb');
    await poll('TM001 in the notebook cell', async () => {
      const r = await tm001Rows();
      return r.length === 1 && r[0].includes(`[Ln ${cellLine},`);
    }, SERVER_WAIT_MS);
    await screenshot('notebook');

    console.log(`   workbench test passed in ${seconds()} s`);
  } catch (err) {
    await page.screenshot({ path: join(ARTIFACTS, 'failure.png') }).catch(() => undefined);
    console.error(`   workbench test FAILED at ${seconds()} s (screenshot: ${join(ARTIFACTS, 'failure.png')})`);
    throw err;
  } finally {
    await browser.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

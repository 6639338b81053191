// Drives the real VS Code workbench (code-server) in headless Chromium with the torchmode .vsix
// installed: TM001 shows in the Problems panel on the right line, Ctrl+. offers the `.train()` fix
// first, applying and saving writes it to disk, the problem goes away, and `torchmode.fixAll` fixes a
// file with two findings at once. Then the extension's own behaviour: language status, interpreter
// errors and restarts, importStrategy fromEnvironment, its commands, live settings, and a multi-cell notebook: its finding on the
// loop cell, the quick fix applied there and saved, the saved notebook valid and clean under the guard.
// A screenshot per step (and of a failure) goes to $ARTIFACTS.
// Started by tests_e2e/run_workbench.sh, which provides the environment variables below.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { poll, steps } from './steps.mjs';

const { WORKBENCH_URL, WORKSPACE, ARTIFACTS, PLAYWRIGHT_CORE, CHROMIUM, LOGS_DIR, VENV_PYTHON } = process.env;
const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_CORE);
const SERVER_WAIT_MS = 90000; // cold start: interpreter probe, server start, jedi's first inference

const { seconds, screenshot: screenshotOf } = steps(ARTIFACTS);
let page;
const screenshot = (name) => screenshotOf(page, name);

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

/** `python -m torchmode.guard file` with the project's venv and this checkout's torchmode: its exit
 *  code and stderr. Asynchronous, so torch's import overlaps the workbench steps. */
function runGuard(file) {
  const env = { ...process.env, PYTHONPATH: join(import.meta.dirname, '..', 'server') };
  return new Promise((resolve) => {
    execFile(VENV_PYTHON, ['-m', 'torchmode.guard', file], { env, timeout: 180000 }, (err, _stdout, stderr) =>
      resolve({ code: err ? (err.code ?? err.signal) : 0, stderr }));
  });
}

/** The extension's output channel as the workbench wrote it to disk. */
function outputLog() {
  const found = execFileSync('find', [LOGS_DIR, '-name', '*torchmode.log']).toString().trim().split('\n').filter(Boolean);
  return found.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** Ctrl+. in the focused editor; pressed again when the menu has not come (the first press can land
 *  while the editor is still taking focus). Returns the menu's action rows. */
async function openQuickFix() {
  const actionRows = page.locator('.action-widget .monaco-list-row.action');
  for (let attempt = 1; ; attempt += 1) {
    await page.keyboard.press('Control+.');
    try {
      await actionRows.first().waitFor({ timeout: 5000 });
      return actionRows;
    } catch (err) {
      if (attempt === 3) throw err;
    }
  }
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
    const actionRows = await openQuickFix();
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

    // 10. Jupyter notebooks: the model in one cell, `model.eval()` in a validate() cell, the training loop
    //     in a later cell. The finding lands on the loop cell's backward line; its quick fix, applied in
    //     the cell and saved, gives a valid notebook that runs clean under the guard.
    //     The server the .vsix ships checks it (steps 7-9 ran the environment's): the settings go back to
    //     the defaults first.
    writeFileSync(settingsFile, JSON.stringify({}));
    await poll('the bundled server back', async () => /torchmode: ready\nPython [\d.]+ · bundled server/.test(await languageStatus()), 60000);
    await page.keyboard.press('Escape');
    const notebookPath = join(WORKSPACE, 'train.ipynb');
    copyFileSync(join(import.meta.dirname, 'fixtures', 'notebook', 'train.ipynb'), notebookPath);
    const notebookOriginal = JSON.parse(readFileSync(notebookPath, 'utf8'));
    // Run as it is, the notebook crashes under the guard (the fixed one must not): started now, awaited at the end.
    const originalRun = runGuard(join(import.meta.dirname, 'fixtures', 'notebook', 'train.ipynb'));
    const cellText = (cell) => [].concat(cell.source).join('');
    const loopCell = notebookOriginal.cells.findIndex((c) => c.cell_type === 'code' && cellText(c).includes('loss.backward()'));
    const evalCell = notebookOriginal.cells.findIndex((c) => cellText(c).includes('model.eval()'));
    assert.ok(evalCell >= 0 && loopCell > evalCell + 1, 'the fixture has eval and backward in different cells');
    const cellLine = lineOf(cellText(notebookOriginal.cells[loopCell]), 'loss.backward()');
    const notebookRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'train.ipynb' }).first();
    await notebookRow.waitFor({ timeout: 30000 });
    await notebookRow.dblclick();
    await page.locator('.tabs-container .tab.active', { hasText: 'train.ipynb' }).waitFor({ timeout: 15000 });
    // Only the notebook's markers (the panel renders only the rows that fit).
    await page.locator('.markers-panel-action-filter input, .viewpane-filter input').first().fill('**/*.ipynb');
    // (The filter applies after a moment: until then the .py files' rows show.)
    const notebookRows = await poll(`one TM001, on line ${cellLine} of a notebook cell`, async () => {
      const r = await tm001Rows();
      return r.length === 1 && new RegExp(`\\[Ln ${cellLine}, Col \\d+\\]`).test(r[0]) ? r : undefined;
    }, SERVER_WAIT_MS);
    // The message names the eval cell the way the notebook numbers it (1-based, markdown included).
    assert.match(notebookRows[0], new RegExp(`cell ${evalCell + 1}, line ${lineOf(cellText(notebookOriginal.cells[evalCell]), 'model.eval()')}`));

    // The squiggle is in the loop cell: go to it from the first code cell with F8 (next problem).
    await page.locator('.cell-list-container .code-cell-row .cell-editor-container .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F8');
    const focusedCell = page.locator('.cell-list-container .monaco-list-row.focused');
    await poll('the loop cell focused on its problem', async () =>
      Number(await focusedCell.getAttribute('data-index')) === loopCell &&
      (await focusedCell.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error').count()) === 1, 15000);
    assert.ok((await focusedCell.locator('.monaco-editor .view-lines').innerText()).includes('loss.backward()'));
    await screenshot('notebook');

    // Ctrl+. there: the preferred fix first; apply it and save.
    const notebookActions = await openQuickFix();
    const notebookTitles = await notebookActions.allInnerTexts();
    await screenshot('notebook-quick-fix');
    assert.match(notebookTitles[0], /model\.train\(\)/, `first notebook quick fix: ${JSON.stringify(notebookTitles)}`);
    await notebookActions.first().click();
    await saveAfterEdit();
    const savedText = await poll('the fixed notebook on disk', () => {
      const text = readFileSync(notebookPath, 'utf8');
      return text.includes('model.train()') ? text : undefined;
    }, 15000);
    copyFileSync(notebookPath, join(ARTIFACTS, 'saved-train.ipynb'));
    const saved = JSON.parse(savedText);
    assert.deepEqual([saved.nbformat, saved.nbformat_minor], [4, notebookOriginal.nbformat_minor]);
    assert.deepEqual(saved.metadata, notebookOriginal.metadata, 'notebook metadata kept');
    assert.deepEqual(saved.cells.map((c) => [c.cell_type, c.id]), notebookOriginal.cells.map((c) => [c.cell_type, c.id]), 'the same cells, ids kept');
    saved.cells.forEach((cell, i) => {
      if (i !== loopCell) assert.equal(cellText(cell), cellText(notebookOriginal.cells[i]), `cell ${i + 1} unchanged`);
    });
    const loopLines = cellText(saved.cells[loopCell]).split('\n');
    const header = loopLines.findIndex((l) => l.trim() === 'for epoch in range(2):');
    assert.equal(loopLines[header + 1], '    model.train()', `model.train() opens the epoch loop:\n${loopLines.join('\n')}`);
    assert.equal(loopLines.filter((_, i) => i !== header + 1).join('\n'), cellText(notebookOriginal.cells[loopCell]), 'the fix only adds the one line');
    await poll('TM001 to leave the notebook', async () => (await tm001Rows()).length === 0, 30000);
    await screenshot('notebook-fixed');
    // Under the guard (every code cell in order, the LSTM held to cuDNN's rule) the original crashes in
    // the loop cell's backward, and the saved notebook runs clean.
    const savedRun = runGuard(notebookPath);
    const [before, after] = [await originalRun, await savedRun];
    assert.notEqual(before.code, 0, 'the original notebook crashes under the guard');
    assert.match(before.stderr, new RegExp(`train\\.ipynb:cell ${loopCell + 1}", line ${cellLine}[^]*cudnn RNN backward can only be called in training mode`));
    assert.equal(after.code, 0, `the saved notebook runs clean under the guard:\n${after.stderr}`);

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

// Drives a real JupyterLab (jupyterlab + jupyterlab-lsp from PyPI, torchmode found through its
// jupyter_lsp_spec_v1 entry point) in headless Chromium: the notebook's TM001 shows as an underline
// on `loss.backward()` in the cell where it is, with torchmode's message on hover, in jupyterlab-lsp's
// diagnostics panel with its code and cell, and it goes away once `model.train()` is typed above.
// A screenshot per step (and of a failure) goes to $ARTIFACTS.
// Started by tests/test_jupyterlab.py, which starts JupyterLab and provides the variables below.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { poll, steps } from './steps.mjs';

const { LAB_URL, TOKEN, NOTEBOOK, ARTIFACTS, PLAYWRIGHT_CORE, CHROMIUM, BUGGY_CELL } = process.env;
const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_CORE);
const SERVER_WAIT_MS = 90000; // cold start: JupyterLab's front end, the server, jedi's first inference into torch
const buggyCell = Number(BUGGY_CELL); // 0-based among all cells, markdown included

const { seconds, screenshot: screenshotOf } = steps(ARTIFACTS);
const consoleLines = [];
let page;
const screenshot = (name) => screenshotOf(page, name);

const cells = () => page.locator('.jp-Notebook .jp-Cell');
const marks = () => page.locator('.jp-Notebook .jp-Cell .cm-lintRange');

/** Number of lint marks in each cell, in order. */
async function marksPerCell() {
  const count = await cells().count();
  const result = [];
  for (let i = 0; i < count; i += 1) result.push(await cells().nth(i).locator('.cm-lintRange').count());
  return result;
}

/** The diagnostics panel's rows as {message, code, severity, source, cell, position}. */
async function panelRows() {
  const rows = await page.locator('.lsp-diagnostics-listing tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
  return rows.map(([message, code, severity, source, cell, position]) => ({ message, code, severity, source, cell, position }));
}

async function main() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    try {
      await run();
    } catch (err) {
      await screenshot('failure').catch(() => {});
      throw err;
    }
  } finally {
    writeFileSync(join(ARTIFACTS, 'browser-console.log'), consoleLines.join('\n') + '\n');
    await browser.close();
  }
}

async function run() {
  await page.goto(`${LAB_URL}lab/tree/${NOTEBOOK}?token=${TOKEN}`);
  await page.locator('.jp-Notebook .jp-Cell').nth(buggyCell).waitFor({ timeout: 60000 });
  console.log(`   [${seconds()} s] notebook open (${await cells().count()} cells)`);

  // The finding: one underline, on `loss.backward()`, in the cell that runs the backward.
  await marks().first().waitFor({ timeout: SERVER_WAIT_MS });
  await screenshot('underline-in-cell');
  const perCell = await marksPerCell();
  assert.deepEqual(perCell, perCell.map((_, i) => (i === buggyCell ? 1 : 0)), `marks per cell: ${perCell}`);
  assert.equal(await marks().first().innerText(), 'loss.backward()');
  assert.match(await marks().first().getAttribute('class'), /cm-lintRange-error/);

  // Hovering shows torchmode's message, with no line number of JupyterLab's joined document.
  await marks().first().hover();
  const tooltip = page.locator('.cm-tooltip-lint');
  await tooltip.waitFor({ timeout: 10000 });
  const tip = await tooltip.innerText();
  assert.match(tip, /`model` ran its LSTM in eval mode \(`model\.eval\(\)`\); cuDNN cannot run this backward/, tip);
  assert.match(tip, /torchmode/, tip);
  assert.doesNotMatch(tip, /\bline \d+/, tip);
  await screenshot('message-on-hover');

  // jupyterlab-lsp's diagnostics panel (from the cell's context menu) lists it with its code and cell.
  await marks().first().click({ button: 'right' });
  await page.locator('.lm-Menu-item', { hasText: 'Show diagnostics panel' }).click();
  const rows = await poll('a TM001 row in the diagnostics panel', async () => {
    const found = await panelRows();
    return found.some((r) => r.code === 'TM001') && found;
  }, 15000);
  assert.equal(rows.length, 1, JSON.stringify(rows));
  assert.deepEqual(
    { ...rows[0], message: undefined },
    { message: undefined, code: 'TM001', severity: 'Error', source: 'torchmode', cell: String(buggyCell + 1), position: '2:0' },
  );
  await screenshot('diagnostics-panel');

  // Typing the fix into the cell: the finding goes, from the cell and from the panel.
  const editor = cells().nth(buggyCell).locator('.cm-content');
  await editor.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter'); // a new first line, typed last: no Enter can accept a completion
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('model.train()');
  assert.match(await editor.innerText(), /^model\.train\(\)\nout, _ = model/);
  await poll('the underline to go', async () => (await marks().count()) === 0, 30000);
  await poll('the panel row to go', async () => !(await panelRows()).some((r) => r.code === 'TM001'), 15000);
  await screenshot('fixed-no-finding');
  console.log(`   [${seconds()} s] done`);
}

main().catch((err) => {
  console.error(err.stack || String(err));
  process.exit(1);
});

// What both browser tests (workbench.mjs, jupyterlab.mjs) need: elapsed seconds, numbered screenshots
// in $ARTIFACTS, and polling for a condition the UI reaches asynchronously.
import { join } from 'node:path';

export function steps(artifacts) {
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  let shot = 0;
  async function screenshot(page, name) {
    shot += 1;
    const file = join(artifacts, `${String(shot).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`   [${seconds()} s] ${name} -> ${file}`);
  }
  return { seconds, screenshot };
}

export async function poll(what, fn, ms) {
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

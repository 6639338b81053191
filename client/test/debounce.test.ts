// Restart debouncing with real timers (short delays).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RestartScheduler } from '../src/debounce';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('a burst of requests gives one restart after the quiet period, with every reason', async () => {
  const runs: string[][] = [];
  const s = new RestartScheduler(async (reasons) => { runs.push(reasons); }, 40);
  s.request('interpreter');
  await sleep(10);
  s.request('importStrategy');
  await sleep(10);
  s.request('extraPaths');
  assert.equal(runs.length, 0, 'nothing runs during the burst');
  await sleep(70);
  assert.deepEqual(runs, [['interpreter', 'importStrategy', 'extraPaths']]);
});

test('requests apart by more than the delay give separate restarts', async () => {
  let count = 0;
  const s = new RestartScheduler(async () => { count++; }, 20);
  s.request('a');
  await sleep(60);
  s.request('b');
  await sleep(60);
  assert.equal(count, 2);
});

test('a request during a running restart runs once more afterwards, never concurrently', async () => {
  let active = 0;
  let maxActive = 0;
  const runs: string[][] = [];
  const s = new RestartScheduler(async (reasons) => {
    active++;
    maxActive = Math.max(maxActive, active);
    await sleep(50);
    runs.push(reasons);
    active--;
  }, 10);
  s.request('first');
  await sleep(25); // the first restart is now running
  s.request('second');
  s.request('third');
  await s.idle();
  assert.equal(maxActive, 1);
  assert.deepEqual(runs, [['first'], ['second', 'third']]);
});

test('a failing restart does not stop later ones; dispose cancels a pending one', async () => {
  let calls = 0;
  const s = new RestartScheduler(async () => { calls++; throw new Error('boom'); }, 10);
  s.request('x');
  await s.idle();
  s.request('y');
  await s.idle();
  assert.equal(calls, 2);
  s.request('z');
  s.dispose();
  await sleep(30);
  assert.equal(calls, 2);
});
